import fs from 'node:fs/promises';
import path from 'node:path';
import type { Graph } from '../graph';
import { extractFacts } from './extract';
import { listInputs, readArticles, ReadError } from './read';
import { splitSentences } from './read/splitSentences';
import { articleId } from './resolve/ids';
import type { ArticleInput, ExtractedFacts, ParsedArticle } from './types';
import { isArticleUnchanged, retractArticle, staleArticles, writeArticle, type WriteArticleResult } from './write';

export interface IngestOptions {
  /** Extract only; write nothing. */
  dryRun?: boolean;
  /** Retract articles ingested earlier from the given folders whose files are gone or changed. */
  prune?: boolean;
  maxArticleBytes?: number;
  /** Called once per input, after it was handled (for progress bars). */
  onArticle?: (outcome: ArticleOutcome) => void;
}

/**
 * What happened to one input. Only a dry run keeps the article and its facts
 * (to print them); a written article is summarised, so memory stays bounded.
 */
export type ArticleOutcome =
  | { origin: string; status: 'failed'; error: string }
  | { origin: string; status: 'extracted'; article: ParsedArticle; facts: ExtractedFacts }
  | { origin: string; status: WriteArticleResult['status']; articleId: string; title: string; write?: WriteArticleResult };

/** Totals over one ingest run, as the CLI prints them. */
export interface IngestResult {
  articles: { new: number; changed: number; unchanged: number; failed: number; extracted: number; pruned: number };
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Per input, in the order they were read. */
  outcomes: ArticleOutcome[];
}

/** Identifies and sentence-splits an article read from disk or a feed. */
export function parseArticle(input: ArticleInput): ParsedArticle {
  return { ...input, id: articleId(input.body), sentences: splitSentences(input.body) };
}

/**
 * Ingests one article given as data (the API's ingestArticle mutation):
 * split → extract → write in one transaction.
 */
export async function ingestArticleInput(graph: Graph, input: ArticleInput): Promise<{ article: ParsedArticle; facts: ExtractedFacts; write: WriteArticleResult }> {
  const article = parseArticle(input);
  const facts = extractFacts(article);
  const write = await writeArticle(graph, article, facts);
  return { article, facts, write };
}

function describeError(error: unknown): string {
  if (error instanceof ReadError) return error.message;
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`.split('\n')[0];
  return String(error);
}

/**
 * The ingest story, per input: read → split sentences → extract → resolve
 * (ids come out of extraction) → write in one transaction. One bad input
 * becomes a failed outcome with a one-line reason; the others still go in.
 */
export async function ingestArticles(graph: Graph | undefined, paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = {
    articles: { new: 0, changed: 0, unchanged: 0, failed: 0, extracted: 0, pruned: 0 },
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    outcomes: [],
  };
  const record = (outcome: ArticleOutcome) => {
    result.outcomes.push(outcome);
    result.articles[outcome.status] += 1;
    options.onArticle?.(outcome);
  };

  // One article is written while the next is read, checked and extracted:
  // a single writer keeps writes (and so the graph) in input order, and
  // outcomes are recorded in input order too (BENCHMARKS.md, ingest).
  let writing: Promise<void> = Promise.resolve();
  const recordInOrder = async (outcome: ArticleOutcome) => {
    await writing;
    record(outcome);
  };
  const write = async (origin: string, article: ParsedArticle, facts: ExtractedFacts, graphToWrite: Graph) => {
    try {
      const written = await writeArticle(graphToWrite, article, facts);
      result.nodesCreated += written.nodesCreated;
      result.nodesDeleted += written.nodesDeleted;
      result.relationshipsCreated += written.relationshipsCreated;
      result.relationshipsDeleted += written.relationshipsDeleted;
      record({ origin, status: written.status, articleId: article.id, title: article.title, write: written });
    } catch (error) {
      record({ origin, status: 'failed', error: describeError(error) });
    }
  };

  for await (const entry of listInputs(paths)) {
    if ('error' in entry) {
      await recordInOrder({ origin: entry.origin, status: 'failed', error: entry.error });
      continue;
    }
    // 1. read: bytes → checked text + front matter (a feed or JSON array gives several)
    for (const read of await readArticles(entry.source, options.maxArticleBytes)) {
      if ('error' in read) {
        await recordInOrder({ origin: read.origin, status: 'failed', error: read.error });
        continue;
      }
      const origin = read.article.origin;
      try {
        // 2. split: stable id + sentences (evidence points at these indexes)
        const article = parseArticle(read.article);
        if (graph && !options.dryRun && (await isArticleUnchanged(graph, article))) {
          await recordInOrder({ origin, status: 'unchanged', articleId: article.id, title: article.title });
          continue;
        }
        // 3. extract + resolve: entities and relations with stable ids
        const facts = extractFacts(article);
        if (options.dryRun || !graph) {
          await recordInOrder({ origin, status: 'extracted', article, facts });
          continue;
        }
        // 4. write: one transaction per article, after the one in flight
        await writing;
        writing = write(origin, article, facts, graph);
      } catch (error) {
        await recordInOrder({ origin, status: 'failed', error: describeError(error) });
      }
    }
  }
  await writing;
  // 5. prune: what was ingested from these folders before but is no longer there
  if (options.prune && graph && !options.dryRun) {
    const folders = await foldersOf(paths);
    // An input that failed this time keeps its earlier version: pruning is for files that are gone.
    const failed = result.outcomes.filter((o) => o.status === 'failed').map((o) => o.origin);
    const kept = result.outcomes.flatMap((o) => ('articleId' in o ? [o.articleId] : []));
    for (const articleId of await staleArticles(graph, folders, kept, failed)) {
      const removed = await retractArticle(graph, articleId);
      result.nodesDeleted += removed.nodesDeleted;
      result.relationshipsDeleted += removed.relationshipsDeleted;
      result.articles.pruned += 1;
    }
  }
  return result;
}

async function foldersOf(paths: string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (stat?.isDirectory()) folders.push(p.endsWith(path.sep) ? p : `${p}${path.sep}`);
  }
  return folders;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../src/graph';
import { extractFacts } from '../src/ingest/extract';
import { ingestArticles, parseArticle } from '../src/ingest/ingestArticles';
import { writeArticle } from '../src/ingest/write';
import type { ExtractedFacts } from '../src/ingest/types';
import { generateCorpus, toMarkdown } from './synthCorpus';
import { generateGraph, type SynthArticle } from './synthGraph';

/** What the ingest benchmarks measured. */
export interface IngestBenchResult {
  corpusArticles: number;
  extractArticlesPerSec: number;
  extractFactsPerArticle: number;
  endToEndArticlesPerSec: number;
  endToEndFailed: number;
  writeArticles: number;
  writeFacts: number;
  writeArticleFactsPerSec: number;
  rawPerArticleFactsPerSec: number;
  rawBulkFactsPerSec: number;
}

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Deletes every node in batches (outside a managed transaction, as CALL … IN TRANSACTIONS needs). */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

function factCount(facts: ExtractedFacts): number {
  return facts.entities.length + facts.relations.length;
}

/**
 * The plain way to load the same facts: UNWIND … MERGE per label and per
 * relationship shape, sources and evidence set outright (no list arithmetic,
 * no redirects, no change detection).
 */
async function rawWrite(tx: ManagedTransaction, batch: SynthArticle[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title, a.url = row.url, a.sentences = row.sentences`,
    { rows: batch.map((b) => ({ id: b.article.id, title: b.article.title, url: b.article.url, sentences: b.article.sentences })) },
  );
  const byLabel = new Map<string, unknown[]>();
  const rels = new Map<string, unknown[]>();
  for (const { article, facts } of batch) {
    const labelOf = new Map(facts.entities.map((e) => [e.id, e.label]));
    for (const e of facts.entities) {
      const rows = byLabel.get(e.label) ?? [];
      rows.push({ id: e.id, name: e.name, aliases: e.aliases, props: e.props, articleId: article.id, evidence: e.sentences.map((s) => `${article.id}:${s}`) });
      byLabel.set(e.label, rows);
    }
    for (const r of facts.relations) {
      const key = `${r.type}|${labelOf.get(r.from)}|${labelOf.get(r.to)}`;
      const rows = rels.get(key) ?? [];
      rows.push({ from: r.from, to: r.to, props: r.props ?? {}, articleId: article.id, evidence: r.sentences.map((s) => `${article.id}:${s}`) });
      rels.set(key, rows);
    }
  }
  for (const [label, rows] of byLabel) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:${label} {id: row.id})
       SET n += row.props, n.name = row.name, n.nameKey = toLower(row.name), n.aliases = row.aliases,
           n.sources = [row.articleId], n.evidence = row.evidence
       WITH n, row MATCH (a:Article {id: row.articleId}) MERGE (a)-[:MENTIONS]->(n)`,
      { rows },
    );
  }
  for (const [key, rows] of rels) {
    const [type, from, to] = key.split('|');
    await tx.run(
      `UNWIND $rows AS row
       MATCH (f:${from} {id: row.from}) MATCH (t:${to} {id: row.to})
       MERGE (f)-[r:${type}]->(t)
       SET r += row.props, r.sources = [row.articleId], r.evidence = row.evidence`,
      { rows },
    );
  }
}

async function writeAllRaw(driver: Driver, articles: SynthArticle[], articlesPerTx: number): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (let i = 0; i < articles.length; i += articlesPerTx) {
      const batch = articles.slice(i, i + articlesPerTx);
      await session.executeWrite((tx) => rawWrite(tx, batch));
    }
  } finally {
    await session.close();
  }
}

/**
 * Ingest throughput on an empty, migrated graph: extraction alone, the whole
 * ingest of a synthetic corpus from .md files, and facts written per second by
 * writeArticle against raw UNWIND … MERGE on the same synthetic facts. Leaves
 * the graph empty.
 */
export async function runIngestBench(graph: Graph, corpusSize: number, writeNodes: number, log: (m: string) => void): Promise<IngestBenchResult> {
  // 1. extraction alone (in memory: split + extract)
  const corpus = generateCorpus(corpusSize);
  for (const input of corpus.slice(0, 20)) extractFacts(parseArticle(input)); // warm up (lexicons, JIT)
  let facts = 0;
  let t0 = process.hrtime.bigint();
  for (const input of corpus) facts += factCount(extractFacts(parseArticle(input)));
  const extractSeconds = seconds(t0);
  log(`extract: ${corpus.length} articles in ${extractSeconds.toFixed(1)}s`);

  // 2. end to end: read .md files → extract → writeArticle into Neo4j
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-bench-corpus-'));
  corpus.forEach((a, k) => fs.writeFileSync(path.join(dir, `${String(k).padStart(5, '0')}.md`), toMarkdown(a)));
  t0 = process.hrtime.bigint();
  const ingested = await ingestArticles(graph, [dir]);
  const e2eSeconds = seconds(t0);
  fs.rmSync(dir, { recursive: true, force: true });
  log(`ingest: ${corpus.length} articles in ${e2eSeconds.toFixed(1)}s (${ingested.articles.failed} failed)`);
  await wipe(graph.driver);

  // 3. writes: writeArticle vs raw UNWIND MERGE, same synthetic facts (a small graph of writeNodes nodes).
  // Two rounds in opposite orders, so a warming JVM or a busy neighbour favours no variant.
  const articles = [...generateGraph(writeNodes, 99)];
  const writeFacts = articles.reduce((a, b) => a + factCount(b.facts), 0);
  const variants: Record<'ours' | 'rawPerArticle' | 'rawBulk', () => Promise<void>> = {
    ours: async () => {
      for (const a of articles) await writeArticle(graph, a.article, a.facts);
    },
    rawPerArticle: () => writeAllRaw(graph.driver, articles, 1),
    rawBulk: () => writeAllRaw(graph.driver, articles, Math.max(1, Math.round(articles.length / 10))),
  };
  const spent = { ours: 0, rawPerArticle: 0, rawBulk: 0 };
  const order = Object.keys(variants) as (keyof typeof variants)[];
  for (const round of [order, [...order].reverse()]) {
    for (const name of round) {
      t0 = process.hrtime.bigint();
      await variants[name]();
      spent[name] += seconds(t0);
      await wipe(graph.driver);
    }
  }
  const [oursSeconds, rawPerArticleSeconds, rawBulkSeconds] = [spent.ours / 2, spent.rawPerArticle / 2, spent.rawBulk / 2];
  log(`writes: ${writeFacts} facts: writeArticle ${oursSeconds.toFixed(1)}s, raw per article ${rawPerArticleSeconds.toFixed(1)}s, raw bulk ${rawBulkSeconds.toFixed(1)}s (mean of 2 rounds)`);

  return {
    corpusArticles: corpus.length,
    extractArticlesPerSec: corpus.length / extractSeconds,
    extractFactsPerArticle: facts / corpus.length,
    endToEndArticlesPerSec: corpus.length / e2eSeconds,
    endToEndFailed: ingested.articles.failed,
    writeArticles: articles.length,
    writeFacts,
    writeArticleFactsPerSec: writeFacts / oursSeconds,
    rawPerArticleFactsPerSec: writeFacts / rawPerArticleSeconds,
    rawBulkFactsPerSec: writeFacts / rawBulkSeconds,
  };
}

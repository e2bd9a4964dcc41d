import cliProgress from 'cli-progress';
import type { Config } from '../../config';
import { ingestArticles, listInputs, type ArticleOutcome, type IngestResult } from '../../ingest';
import type { CliOutput } from '../output';
import { withGraph } from '../withGraph';

export interface IngestCommandOptions {
  dryRun?: boolean;
  json?: boolean;
  prune?: boolean;
  /** Show a progress bar (the CLI sets it when stderr is a terminal). */
  progress?: boolean;
}

function summaryLines(result: IngestResult): string[] {
  const a = result.articles;
  const total = a.new + a.changed + a.unchanged + a.failed + a.extracted;
  const lines = [
    `articles: ${total} read, ${a.new} new, ${a.changed} changed, ${a.unchanged} unchanged, ${a.failed} failed` +
      (a.extracted ? `, ${a.extracted} extracted (dry run)` : '') +
      (a.pruned ? `, ${a.pruned} pruned` : ''),
  ];
  if (!a.extracted) {
    lines.push(
      `graph: +${result.nodesCreated} / -${result.nodesDeleted} nodes, +${result.relationshipsCreated} / -${result.relationshipsDeleted} relationships`,
    );
  }
  return lines;
}

/** One outcome for --json; a dry run's carries the extracted facts. */
function jsonOutcome(outcome: ArticleOutcome): unknown {
  if (outcome.status !== 'extracted') return outcome;
  const { article, facts } = outcome;
  return { origin: outcome.origin, status: outcome.status, articleId: article.id, title: article.title, sentences: article.sentences, ...facts };
}

async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of listInputs(paths)) n += 1;
  return n;
}

/** `sovgraph ingest`: reads articles into the graph; exit 1 when any input failed. */
export async function runIngest(config: Config, paths: string[], options: IngestCommandOptions, output: CliOutput): Promise<number> {
  const bar = options.progress && !options.json ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stopOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  if (bar) bar.start(await countInputs(paths), 0, { file: '' });
  const onArticle = (outcome: ArticleOutcome) => {
    bar?.increment({ file: outcome.origin.slice(-40) });
    if (outcome.status === 'failed' && !options.json) output.err(`error: ${outcome.origin}: ${outcome.error}`);
  };
  const ingest = (graph?: Parameters<typeof ingestArticles>[0]) =>
    ingestArticles(graph, paths, { dryRun: options.dryRun, prune: options.prune, maxArticleBytes: config.maxArticleBytes, onArticle });

  const result = options.dryRun ? await ingest(undefined) : await withGraph(config, output, (graph) => ingest(graph));
  bar?.stop();

  if (options.json) {
    output.out(
      JSON.stringify(
        {
          articles: result.articles,
          nodesCreated: result.nodesCreated,
          nodesDeleted: result.nodesDeleted,
          relationshipsCreated: result.relationshipsCreated,
          relationshipsDeleted: result.relationshipsDeleted,
          outcomes: result.outcomes.map(jsonOutcome),
        },
        null,
        2,
      ),
    );
  } else {
    for (const line of summaryLines(result)) output.out(line);
  }
  return result.articles.failed > 0 ? 1 : 0;
}

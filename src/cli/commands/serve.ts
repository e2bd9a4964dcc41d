import path from 'node:path';
import pino from 'pino';
import { createServer } from '../../api';
import type { Config } from '../../config';
import { findProjectRoot, migrate, openGraph } from '../../graph';
import { ingestArticles } from '../../ingest';
import type { CliOutput } from '../output';

/** The seed corpus shipped in the repository. */
export function seedArticlesDir(): string {
  return path.join(findProjectRoot(), 'seeds', 'articles');
}

/**
 * `sovgraph serve`: migrate, ingest the seed corpus (unchanged articles are
 * skipped), then serve until SIGINT/SIGTERM.
 */
export async function runServe(config: Config, output: CliOutput, options: { seeds?: boolean } = {}): Promise<number> {
  const logger = pino({ level: config.logLevel });
  const graph = await openGraph(config, { onProgress: (m) => logger.info(m) });
  try {
    const migrated = await migrate(graph);
    logger.info({ statements: migrated.statements, neo4j: graph.describe }, 'schema applied');
    if (options.seeds !== false) {
      const seeded = await ingestArticles(graph, [seedArticlesDir()], {
        maxArticleBytes: config.maxArticleBytes,
        onArticle: (o) => {
          if (o.status === 'failed') logger.warn({ origin: o.origin, error: o.error }, 'seed article failed');
        },
      });
      logger.info({ articles: seeded.articles }, 'seed corpus ingested');
    }
    const server = await createServer({
      graph,
      port: config.port,
      host: config.host,
      queryTimeoutMs: config.queryTimeoutMs,
      logger,
      security: config.security,
    });
    output.out(`sovereign-graph ready: GraphQL at ${server.url}/graphql`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    logger.info('shutting down');
    await server.close();
    return 0;
  } finally {
    await graph.close();
  }
}

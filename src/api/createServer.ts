import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { Graph } from '../graph';
import { buildSchema } from './buildSchema';
import { createContext, type ApiContext } from './context';
import { queryLimitsPlugin } from './limits';
import { createMetrics } from './metrics';

export interface CreateServerOptions {
  graph: Graph;
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Per-request Neo4j transaction timeout. */
  queryTimeoutMs: number;
  logger?: Logger;
  /** Max request body size, e.g. "100kb". */
  maxBodySize?: string;
}

/** Apollo's logger interface on top of pino. */
function apolloLogger(logger: Logger) {
  return {
    debug: (m: string) => logger.debug(m),
    info: (m: string) => logger.info(m),
    warn: (m: string) => logger.warn(m),
    error: (m: string) => logger.error(m),
  };
}

/** A running API server. */
export interface ApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves GraphQL at /graphql, /healthz (process up) and /readyz (Neo4j
 * answers) on one HTTP server; resolves once it listens.
 */
export async function createServer(options: CreateServerOptions): Promise<ApiServer> {
  const { graph, logger } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const schema = buildSchema();
  const metrics = createMetrics(graph);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryLimitsPlugin(schema), metrics.plugin],
    introspection: true,
    logger: logger ? apolloLogger(logger) : undefined,
    formatError: (formatted, error) => {
      const cause = (error as { originalError?: { cause?: unknown } }).originalError?.cause;
      if (cause) logger?.error({ err: cause }, 'database error behind a masked GraphQL error');
      return formatted;
    },
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await graph.read('RETURN 1 AS ok', {}, { timeoutMs: 2000 });
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message.split('\n')[0] });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: options.maxBodySize ?? '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(graph, options.queryTimeoutMs) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  logger?.info({ port }, 'API listening');
  return {
    url: `http://localhost:${port}`,
    port,
    close: async () => {
      await apollo.stop();
    },
  };
}

import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { SecurityConfig } from '../config';
import type { Graph } from '../graph';
import { buildSchema } from './buildSchema';
import { createContext, type ApiContext } from './context';
import { isValidKey, presentedKey } from './auth';
import { ErrorCode } from './errors';
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
  /** Folder of the bundled web explorer and GraphiQL (default: dist/explorer, built by `npm run build:explorer`). */
  explorerDir?: string;
  /** Keys, rate limit, CORS, introspection, error masking (default: open reads, no writes). */
  security?: Partial<SecurityConfig>;
}

const OPEN: SecurityConfig = {
  apiKeyHashes: [],
  readsRequireKey: false,
  rateLimitPerMinute: 0,
  rateLimitLocalhost: false,
  corsOrigins: [],
  introspection: true,
  production: false,
};

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

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
 * Serves GraphQL at /graphql, /healthz (process up), /readyz (Neo4j
 * answers), the web explorer at / and GraphiQL at /graphiql on one HTTP
 * server; resolves once it listens.
 */
export async function createServer(options: CreateServerOptions): Promise<ApiServer> {
  const { graph, logger } = options;
  const security: SecurityConfig = { ...OPEN, ...options.security };
  const app = express();
  const httpServer = http.createServer(app);
  const schema = buildSchema();
  const metrics = createMetrics(graph);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryLimitsPlugin(schema), metrics.plugin],
    introspection: security.introspection,
    includeStacktraceInErrorResponses: !security.production,
    logger: logger ? apolloLogger(logger) : undefined,
    formatError: (formatted, error) => {
      const cause = (error as { originalError?: { cause?: unknown } }).originalError?.cause;
      if (cause) logger?.error({ err: cause }, 'database error behind a masked GraphQL error');
      // In production an error we did not raise on purpose says nothing about our internals.
      const code = formatted.extensions?.code;
      if (security.production && (!code || code === ErrorCode.INTERNAL_SERVER_ERROR)) {
        return { message: 'internal error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      }
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
  const graphqlGuards: express.RequestHandler[] = [];
  if (security.corsOrigins.length > 0) graphqlGuards.push(cors({ origin: security.corsOrigins }));
  if (security.rateLimitPerMinute > 0) {
    graphqlGuards.push(
      rateLimit({
        windowMs: 60_000,
        limit: security.rateLimitPerMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        skip: (req) => !security.rateLimitLocalhost && LOOPBACK.has(req.socket.remoteAddress ?? ''),
        handler: (_req, res, _next, opts) => {
          res.setHeader('Retry-After', String(Math.ceil(opts.windowMs / 1000)));
          res.status(429).json({ errors: [{ message: `too many requests: at most ${opts.limit} a minute`, extensions: { code: 'RATE_LIMITED' } }] });
        },
      }),
    );
  }
  if (security.readsRequireKey) {
    graphqlGuards.push((req, res, next) => {
      if (req.method === 'OPTIONS' || isValidKey(presentedKey(req.headers), security.apiKeyHashes)) return next();
      res.status(401).json({ errors: [{ message: 'an API key is required: send `Authorization: Bearer <key>`', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
    });
  }
  app.use(
    '/graphql',
    ...graphqlGuards,
    express.json({ limit: options.maxBodySize ?? '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(graph, options.queryTimeoutMs, isValidKey(presentedKey(req.headers), security.apiKeyHashes)),
    }),
  );
  // The web explorer at / and GraphiQL at /graphiql: static bundles that use only /graphql over HTTP.
  const explorerDir = options.explorerDir ?? path.resolve(__dirname, '../../dist/explorer');
  const notBuilt = (res: express.Response) => res.status(404).type('text/plain').send('The explorer is not built: run `npm run build:explorer`.\n');
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(explorerDir, 'graphiql.html'), (err) => err && notBuilt(res)));
  app.use(express.static(explorerDir));
  app.get('/', (_req, res) => notBuilt(res));

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

import path from 'node:path';
import { z } from 'zod';

/** Log levels pino understands. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  NEO4J_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j+s://host')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyToUndefined, z.string().default('neo4j')),
  NEO4J_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(emptyToUndefined, z.string().optional()),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(4000)),
  SOVGRAPH_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(LOG_LEVELS).default('info')),
  SOVGRAPH_NEO4J_HEAP: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^\d+[mg]$/i, 'must be a JVM size such as 512m or 1g').default('768m'),
  ),
  SOVGRAPH_MAX_ARTICLE_BYTES: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(2 * 1024 * 1024)),
  SOVGRAPH_API_KEY_HASHES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[0-9a-f]{64}(,[0-9a-f]{64})*$/i, 'must be comma-separated SHA-256 hex digests (sovgraph hash-key KEY prints one)')
      .optional(),
  ),
  SOVGRAPH_READS_REQUIRE_KEY: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  SOVGRAPH_RATE_LIMIT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(0)),
  SOVGRAPH_RATE_LIMIT_LOCALHOST: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  SOVGRAPH_CORS_ORIGINS: z.preprocess(emptyToUndefined, z.string().optional()),
  SOVGRAPH_INTROSPECTION: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  NODE_ENV: z.preprocess(emptyToUndefined, z.string().default('development')),
  SOVGRAPH_QUERY_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(10000)),
});

/** Settings of one process, read from the environment once (DESIGN.md → Runtime). */
export interface Config {
  /** An external Neo4j, or undefined to run the embedded local one. */
  neo4j: { uri: string; user: string; password?: string; database?: string } | undefined;
  port: number;
  /** Interface the API listens on (0.0.0.0 in a container). */
  host: string;
  /** Absolute path of the data folder; the local Neo4j keeps its store under it. */
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Max heap of the local Neo4j JVM. */
  localNeo4jHeap: string;
  /** Per-transaction timeout for reads served to API clients. */
  queryTimeoutMs: number;
  /** Largest article ingest accepts, in bytes. */
  maxArticleBytes: number;
  /** Who may do what over the API. */
  security: SecurityConfig;
}

/** Access rules of the API (DESIGN: reads open by default, writes keyed). */
export interface SecurityConfig {
  /** SHA-256 digests of the accepted API keys; the keys themselves are never configured. */
  apiKeyHashes: string[];
  /** Reads need a key too (keys must be configured). */
  readsRequireKey: boolean;
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Apply the rate limit to loopback clients too (off by default). */
  rateLimitLocalhost: boolean;
  /** Allowed browser origins for CORS; empty: same-origin only. */
  corsOrigins: string[];
  introspection: boolean;
  /** Production mode: internal error details are masked. */
  production: boolean;
}

/** Thrown for a bad setting; the CLI prints its message as one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the settings from `env` (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.SOVGRAPH_READS_REQUIRE_KEY === 'true' && !e.SOVGRAPH_API_KEY_HASHES) {
    throw new ConfigError('invalid configuration: SOVGRAPH_READS_REQUIRE_KEY=true needs SOVGRAPH_API_KEY_HASHES');
  }
  return {
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SOVGRAPH_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    localNeo4jHeap: e.SOVGRAPH_NEO4J_HEAP,
    queryTimeoutMs: e.SOVGRAPH_QUERY_TIMEOUT_MS,
    maxArticleBytes: e.SOVGRAPH_MAX_ARTICLE_BYTES,
    security: {
      apiKeyHashes: e.SOVGRAPH_API_KEY_HASHES ? e.SOVGRAPH_API_KEY_HASHES.toLowerCase().split(',') : [],
      readsRequireKey: e.SOVGRAPH_READS_REQUIRE_KEY === 'true',
      rateLimitPerMinute: e.SOVGRAPH_RATE_LIMIT,
      rateLimitLocalhost: e.SOVGRAPH_RATE_LIMIT_LOCALHOST === 'true',
      corsOrigins: e.SOVGRAPH_CORS_ORIGINS ? e.SOVGRAPH_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : [],
      introspection: e.SOVGRAPH_INTROSPECTION === 'true',
      production: e.NODE_ENV === 'production',
    },
  };
}

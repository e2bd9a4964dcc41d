import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config';
import { startLocalNeo4j } from './local';
import { translateDriverError } from './errors';

/** Parameters of a Cypher statement: always passed separately, never spliced. */
export type CypherParams = Record<string, unknown>;

export interface ReadOptions {
  /** Transaction timeout in ms (per request in the API). */
  timeoutMs?: number;
}

/** An open connection to the graph: the only way the rest of the code reaches Neo4j. */
export interface Graph {
  driver: Driver;
  database?: string;
  /** Where it points, for messages ("bolt://127.0.0.1:41234 (local)"). */
  describe: string;
  /** Runs a read in a managed read transaction (routed to secondaries on a cluster). */
  read<T extends RecordShape = RecordShape>(cypher: string, params?: CypherParams, options?: ReadOptions): Promise<T[]>;
  /** Runs a single write statement in its own transaction. */
  write<T extends RecordShape = RecordShape>(cypher: string, params?: CypherParams): Promise<T[]>;
  /** Runs `work` in one write transaction: all of it commits or none. */
  writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R>;
  /** Number of Cypher statements sent so far (for round-trip tests and metrics). */
  queryCount(): number;
  /** Calls `listener` after every read or write with its duration (metrics). */
  onQuery(listener: QueryListener): void;
  close(): Promise<void>;
}

/** Told about each finished statement: its access mode, duration and outcome. */
export type QueryListener = (event: { mode: 'read' | 'write'; seconds: number; ok: boolean }) => void;

export interface OpenGraphOptions {
  onProgress?: (message: string) => void;
  /** Start the local Neo4j detached (outliving this process), for `db start`. */
  detachedLocal?: boolean;
}

function records<T extends RecordShape>(result: QueryResult): T[] {
  return result.records.map((r) => r.toObject() as T);
}

/**
 * Connects to the Neo4j named by the config, or to the local one (starting it
 * for this process's lifetime when it is not already running).
 */
export async function openGraph(config: Config, options: OpenGraphOptions = {}): Promise<Graph> {
  let uri: string;
  let auth = neo4j.auth.basic('neo4j', 'neo4j');
  let stopLocal: () => Promise<void> = async () => {};
  let describe: string;
  if (config.neo4j) {
    uri = config.neo4j.uri;
    auth = neo4j.auth.basic(config.neo4j.user, config.neo4j.password ?? '');
    describe = uri;
  } else {
    const local = await startLocalNeo4j({
      dataDir: config.dataDir,
      heap: config.localNeo4jHeap,
      detached: options.detachedLocal,
      onProgress: options.onProgress,
    });
    uri = local.uri;
    stopLocal = local.started && !options.detachedLocal ? local.stop : async () => {};
    describe = `${uri} (local, ${local.started ? 'started' : 'already running'})`;
  }
  const driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Short retries: an API request during an outage should fail fast, not hang.
    maxTransactionRetryTime: 2_000,
  });
  const database = config.neo4j?.database;
  let count = 0;
  const listeners: QueryListener[] = [];

  async function guard<R>(mode: 'read' | 'write', run: () => Promise<R>): Promise<R> {
    const started = process.hrtime.bigint();
    let ok = false;
    try {
      const result = await run();
      ok = true;
      return result;
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      for (const listener of listeners) listener({ mode, seconds, ok });
    }
  }

  return {
    driver,
    database,
    describe,
    read: (cypher, params = {}, opts = {}) =>
      guard('read', async () => {
        count += 1;
        const transactionConfig = opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
        // An auto-commit read is one round trip (RUN+PULL); a managed one adds
        // a COMMIT round trip, which measured ~1 ms more per statement here
        // (BENCHMARKS.md). Only a retryable failure (a cluster member going
        // away, a leader switch) falls back to the managed, retrying form.
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          return records(await session.run(cypher, params, transactionConfig));
        } catch (error) {
          if (!neo4j.isRetryableError(error as Error)) throw error;
          return records(await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ, transactionConfig }));
        } finally {
          await session.close();
        }
      }),
    write: (cypher, params = {}) =>
      guard('write', async () => {
        count += 1;
        return records(await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.WRITE }));
      }),
    writeTransaction: (work) =>
      guard('write', async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
        try {
          return await session.executeWrite((tx) => {
            // Count each statement of the transaction, not the transaction.
            const counted: ManagedTransaction = Object.create(tx);
            counted.run = ((...args: Parameters<ManagedTransaction['run']>) => {
              count += 1;
              return tx.run(...args);
            }) as ManagedTransaction['run'];
            return work(counted);
          });
        } finally {
          await session.close();
        }
      }),
    queryCount: () => count,
    onQuery: (listener) => {
      listeners.push(listener);
    },
    close: async () => {
      await driver.close();
      await stopLocal();
    },
  };
}

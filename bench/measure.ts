import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CoreQuery, QueryForms } from './queries';

/** The three ways a question is asked. */
export type Variant = 'ours' | 'cypher' | 'neo';
export const VARIANTS: Variant[] = ['ours', 'cypher', 'neo'];

/** Where each variant is reached. */
export interface Endpoints {
  oursUrl: string;
  neoUrl: string;
  driver: Driver;
}

/** Latency percentiles in ms. */
export interface LatencyStats {
  n: number;
  p50: number;
  p99: number;
  mean: number;
}

/** Closed-loop load at a fixed concurrency. */
export interface ThroughputStats {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/** Thrown when a variant answers with errors: a fast wrong answer is not a result. */
export class BenchAnswerError extends Error {}

async function postGraphql(url: string, body: { query: string; variables: Record<string, unknown> }): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length) throw new BenchAnswerError(`${url}: ${json.errors[0].message}`);
  return json.data;
}

/**
 * The floor: one auto-commit read (RUN+PULL in one round trip), the cheapest
 * way neo4j-driver runs a statement and the way our API reads.
 */
export async function runCypher(driver: Driver, statement: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(statement, params);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Runs one request of `variant`; resolves to a small description of the answer (for sanity checks). */
export async function runOnce(variant: Variant, forms: QueryForms, endpoints: Endpoints): Promise<unknown> {
  switch (variant) {
    case 'ours':
      return postGraphql(endpoints.oursUrl, forms.ours);
    case 'neo':
      return postGraphql(endpoints.neoUrl, forms.neo);
    case 'cypher':
      return runCypher(endpoints.driver, forms.cypher.statement, forms.cypher.params);
    default: {
      const unreachable: never = variant;
      throw new Error(`unknown variant ${String(unreachable)}`);
    }
  }
}

export interface LatencyOptions {
  warmupRounds: number;
  minRounds: number;
  maxRounds: number;
  /** Stop after this much time once minRounds are done. */
  budgetMs: number;
}

/**
 * Concurrency 1, interleaved: each round asks the three variants once, in an
 * order that rotates every round, so machine noise hits all three alike.
 */
export async function measureLatency(query: CoreQuery, endpoints: Endpoints, options: LatencyOptions, onRound?: (variant: Variant) => void): Promise<Record<Variant, LatencyStats>> {
  const samples: Record<Variant, number[]> = { ours: [], cypher: [], neo: [] };
  const started = Date.now();
  for (let round = 0; round < options.warmupRounds + options.maxRounds; round += 1) {
    const measured = round >= options.warmupRounds;
    if (measured && round - options.warmupRounds >= options.minRounds && Date.now() - started > options.budgetMs) break;
    const forms = query.forms(round);
    for (let k = 0; k < VARIANTS.length; k += 1) {
      const variant = VARIANTS[(round + k) % VARIANTS.length];
      const t0 = process.hrtime.bigint();
      await runOnce(variant, forms, endpoints);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (measured) {
        samples[variant].push(ms);
        onRound?.(variant);
      }
    }
  }
  return { ours: stats(samples.ours), cypher: stats(samples.cypher), neo: stats(samples.neo) };
}

/** Throughput of an HTTP GraphQL endpoint with autocannon, cycling through the sample targets. */
export async function measureHttpThroughput(url: string, bodyOf: (i: number) => { query: string; variables: Record<string, unknown> }, connections: number, seconds: number): Promise<ThroughputStats> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, body: JSON.stringify(bodyOf((i += 1))) }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
  };
}

/** The same closed loop for the Cypher floor: `connections` workers on the driver's pool. */
export async function measureCypherThroughput(driver: Driver, query: CoreQuery, connections: number, seconds: number): Promise<ThroughputStats> {
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const forms = query.forms((i += 1));
      const t0 = process.hrtime.bigint();
      try {
        await runCypher(driver, forms.cypher.statement, forms.cypher.params);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch {
        errors += 1;
      }
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (Date.now() - t0) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors, requests: latencies.length };
}

interface ProfileNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: ProfileNode[];
}

/** PROFILE of a Cypher statement: total db hits and the operators with the most. */
export async function profileCypher(driver: Driver, statement: string, params: Record<string, unknown>): Promise<{ dbHits: number; top: string }> {
  const result = await driver.executeQuery(`PROFILE ${statement}`, params, { routing: neo4j.routing.READ });
  const ops: { op: string; hits: number; rows: number }[] = [];
  const walk = (n: ProfileNode) => {
    ops.push({ op: n.operatorType.replace(/@neo4j$/, ''), hits: n.dbHits, rows: n.rows });
    n.children.forEach(walk);
  };
  walk(result.summary.profile as unknown as ProfileNode);
  const dbHits = ops.reduce((a, o) => a + o.hits, 0);
  const top = ops
    .sort((a, b) => b.hits - a.hits)
    .slice(0, 2)
    .map((o) => `${o.op} ${o.hits}`)
    .join(', ');
  return { dbHits, top };
}

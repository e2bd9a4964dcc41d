import type { ApiServer } from '../../src/api';
import { createServer } from '../../src/api';
import type { Graph } from '../../src/graph';
import { openTestGraph, resetGraph } from '../helpers/testGraph';
import { gql } from '../helpers/testServer';

// The per-request Neo4j transaction timeout ends a slow query with QUERY_TIMEOUT.

describe('query timeout', () => {
  let graph: Graph;
  let server: ApiServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    // Enough commitments that the by-country summary takes well over the timeout.
    await graph.write(`UNWIND range(1, 40000) AS i CREATE (:Funding {id: 'funding:t' + i, amount: i, currency: 'EUR', amountUsd: i * 1.1})`);
    server = await createServer({ graph, port: 0, queryTimeoutMs: 50 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await resetGraph(graph);
    await graph.close();
  });

  it('answers QUERY_TIMEOUT soon after the configured timeout instead of running on', async () => {
    const started = Date.now();
    const res = await gql(server, `{ fundingSummary(groupBy: COUNTRY) { key totalUsd } }`);
    const ms = Date.now() - started;
    console.log(`query timeout: 50 ms configured, request ended after ${ms} ms with ${res.errors?.[0].extensions?.code}`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
    expect(ms).toBeLessThan(3000);
  });
});

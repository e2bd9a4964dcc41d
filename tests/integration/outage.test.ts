import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiServer } from '../../src/api';
import { loadConfig } from '../../src/config';
import { migrate, openGraph, startLocalNeo4j, stopLocalNeo4j, type Graph } from '../../src/graph';
import { gql, startTestServer } from '../helpers/testServer';

// Neo4j stopped and restarted under a serving API: fail fast, then recover by itself.

async function until<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('Neo4j outage while serving', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-outage-'));
  let graph: Graph;
  let server: ApiServer;
  let port: number;

  beforeAll(async () => {
    const local = await startLocalNeo4j({ dataDir, heap: '512m', detached: true });
    port = Number(new URL(local.uri.replace('bolt', 'http')).port);
    graph = await openGraph(loadConfig({ NEO4J_URI: local.uri }));
    await migrate(graph);
    server = await startTestServer(graph);
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await graph.close();
    await stopLocalNeo4j(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers DATABASE_UNAVAILABLE fast during the outage, turns /readyz 503, and recovers without a restart', async () => {
    expect((await gql(server, '{ stats { articles } }')).data.stats.articles).toBe(0);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await stopLocalNeo4j(dataDir);
    const started = Date.now();
    const during = await gql(server, '{ stats { articles } }');
    const failedAfterMs = Date.now() - started;
    console.log(`outage: request failed after ${failedAfterMs} ms with ${during.errors?.[0].extensions?.code}`);
    expect(during.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(during)).not.toMatch(/at .*\.js|Neo4jError/);
    expect(failedAfterMs).toBeLessThan(10_000); // the configured per-request timeout
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);

    const restartedAt = Date.now();
    await startLocalNeo4j({ dataDir, heap: '512m', detached: true, port });
    await until(async () => ((await fetch(`${server.url}/readyz`)).status === 200 ? true : undefined), 30_000);
    const after = await gql(server, '{ stats { articles } }');
    console.log(`outage: API answered again ${Date.now() - restartedAt} ms after Neo4j was restarted`);
    expect(after.errors).toBeUndefined();
  }, 180_000);
});

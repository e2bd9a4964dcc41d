import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import type { Graph } from '../../src/graph';
import { ArticleBuilder } from '../helpers/buildFacts';
import { openTestGraph, resetGraph } from '../helpers/testGraph';

// 200 concurrent clients for 60 s against the real server process on loopback.

const cli = path.join(__dirname, '../../dist/cli/main.js');
const CONNECTIONS = 200;
const SECONDS = 60;

const QUERIES = [
  `{ consortium(name: "Soak consortium 1") { name members(first: 10) { edges { role node { name } evidence { sentence article { title } } } } } }`,
  `{ organization(name: "Soak member 3") { consortia { role consortium { name } } } }`,
  `{ search(text: "soak", first: 10) { totalCount edges { node { id name } } } }`,
  `{ fundingSummary(groupBy: COUNTRY) { key totalUsd count } }`,
  `{ neighborhood(id: "consortium:soak-1", depth: 2, limit: 50) { nodes { id } edges { type } } }`,
];

const REQUESTS = QUERIES.map((q) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) }));

async function rssMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)![1]) / 1024 / 1024;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', '--no-seeds'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /GraphQL at (http:\/\/\S+)\/graphql/.exec(line);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

describe('soak', () => {
  let graph: Graph;
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    const article = new ArticleBuilder('soak', { title: 'Soak test article' });
    article.entity('Government', 'gov:FR', 'France', { country: 'FR' });
    for (let c = 1; c <= 20; c += 1) {
      article.sentence(`Soak consortium ${c} is led by Soak member ${c} with Soak member ${c + 1} and Soak member ${c + 2}.`);
      article.entity('Consortium', `consortium:soak-${c}`, `Soak consortium ${c}`);
      for (const m of [c, c + 1, c + 2]) article.entity('Organization', `org:soak-member-${m}`, `Soak member ${m}`).relate('MEMBER_OF', `org:soak-member-${m}`, `consortium:soak-${c}`);
      article.relate('LEADS', `org:soak-member-${c}`, `consortium:soak-${c}`);
      article.entity('Funding', `funding:soak-${c}`, `€${c} million`, { amount: c * 1e6, currency: 'EUR', amountUsd: c * 1.1e6, usdSource: 'fx:2025-01-01' })
        .relate('PROVIDED', 'gov:FR', `funding:soak-${c}`)
        .relate('TO', `funding:soak-${c}`, `consortium:soak-${c}`);
    }
    await article.write(graph);
    server = await startServer();
  }, 120_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await graph.close();
  });

  it(`serves ${CONNECTIONS} concurrent clients for ${SECONDS} s with no errors and flat memory`, async () => {
    // Warm up at full concurrency (pools, JIT, caches grow to size), then take the baseline.
    await autocannon({ url: `${server.url}/graphql`, connections: CONNECTIONS, duration: 10, timeout: 20, requests: REQUESTS });
    const rssStart = await rssMb(server.url);
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 20,
      requests: REQUESTS,
    });
    const rssEnd = await rssMb(server.url);
    console.log(
      `soak: ${result.requests.total} requests in ${SECONDS} s (${result.requests.average}/s), ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, ` +
        `latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms, RSS ${rssStart.toFixed(0)} MB → ${rssEnd.toFixed(0)} MB`,
    );
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThan(1000);
    // Flat: a leak would keep growing after the warm-up at the same load.
    expect(rssEnd).toBeLessThan(rssStart * 1.3);
  }, 180_000);
});

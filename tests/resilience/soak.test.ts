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
    // Warm up at full concurrency (pools, JIT and the heap grow to their working size).
    await autocannon({ url: `${server.url}/graphql`, connections: CONNECTIONS, duration: 15, timeout: 20, requests: REQUESTS });
    const rssStart = await rssMb(server.url);
    // Two halves at the same load: a leak keeps growing in the second half, a warm heap does not.
    const halves: autocannon.Result[] = [];
    const rss: number[] = [];
    for (let half = 0; half < 2; half += 1) {
      halves.push(await autocannon({ url: `${server.url}/graphql`, connections: CONNECTIONS, duration: SECONDS / 2, timeout: 20, requests: REQUESTS }));
      rss.push(await rssMb(server.url));
    }
    const total = (key: 'errors' | 'timeouts' | 'non2xx') => halves.reduce((sum, h) => sum + h[key], 0);
    const requests = halves.reduce((sum, h) => sum + h.requests.total, 0);
    console.log(
      `soak: ${CONNECTIONS} clients, ${requests} requests in ${SECONDS} s (${(requests / SECONDS).toFixed(0)}/s), ` +
        `errors ${total('errors')}, timeouts ${total('timeouts')}, non-2xx ${total('non2xx')}, ` +
        `latency p50 ${halves[1].latency.p50} ms p99 ${halves[1].latency.p99} ms, ` +
        `RSS ${rssStart.toFixed(0)} MB after warm-up → ${rss[0].toFixed(0)} MB at ${SECONDS / 2} s → ${rss[1].toFixed(0)} MB at ${SECONDS} s`,
    );
    expect(total('errors')).toBe(0);
    expect(total('timeouts')).toBe(0);
    expect(total('non2xx')).toBe(0);
    expect(requests).toBeGreaterThan(1000);
    expect(rss[1]).toBeLessThan(rss[0] * 1.15);
  }, 180_000);
});

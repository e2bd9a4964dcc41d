import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { percentile } from '../../bench/measure';
import type { Graph } from '../../src/graph';
import { ArticleBuilder } from '../helpers/buildFacts';
import { connectClients, send, type Outcome } from '../helpers/keepAliveClients';
import { openTestGraph, resetGraph } from '../helpers/testGraph';

// 200 concurrent clients for 60 s against the real server process on loopback.

const cli = path.join(__dirname, '../../dist/cli/main.js');
const CONNECTIONS = 200;
const SECONDS = 60;
const WARM_UP_SECONDS = 15;
const TIMEOUT_MS = 20_000;

const QUERIES = [
  `{ consortium(name: "Soak consortium 1") { name members(first: 10) { edges { role node { name } evidence { sentence article { title } } } } } }`,
  `{ organization(name: "Soak member 3") { consortia { role consortium { name } } } }`,
  `{ search(text: "soak", first: 10) { totalCount edges { node { id name } } } }`,
  `{ fundingSummary(groupBy: COUNTRY) { key totalUsd count } }`,
  `{ neighborhood(id: "consortium:soak-1", depth: 2, limit: 50) { nodes { id } edges { type } } }`,
];

const BODIES = QUERIES.map((query) => JSON.stringify({ query }));

/** Resident memory of a process in MB, read by `ps` (no request to the loaded server). */
function rssMb(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

interface Phase {
  responses: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencies: number[];
}

const newPhase = (): Phase => ({ responses: 0, non2xx: 0, errors: 0, timeouts: 0, latencies: [] });

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
    // The 200 clients connect one after another while the server is idle and
    // keep their connection to the end (a client reconnects only after an
    // error). The test used to open 200 connections at the same instant, three
    // times: on a sandboxed network stack (gVisor) some of such a burst sat in
    // the listener's accept queue (`ss`: 17-24 waiting), handed to the busy
    // server about one a second, so their first request timed out at 20 s
    // without ever reaching it. A warm-up grows pools, JIT and the heap to
    // their working size; two halves at the same load follow: a leak keeps
    // growing in the second half, a warm heap does not.
    const agents = await connectClients(CONNECTIONS, `${server.url}/healthz`, TIMEOUT_MS);
    const phases = [newPhase(), newPhase(), newPhase()];
    const rss: number[] = [];
    const started = Date.now();
    let firstError: string | undefined;
    // Each outcome counts in the phase in which it came.
    const record = (outcome: Outcome) => {
      const seconds = (Date.now() - started) / 1000;
      const phase = phases[seconds < WARM_UP_SECONDS ? 0 : seconds < WARM_UP_SECONDS + SECONDS / 2 ? 1 : 2];
      if ('error' in outcome) {
        firstError ??= outcome.error.message;
        phase.errors += 1;
        if (outcome.timedOut) phase.timeouts += 1;
        return;
      }
      phase.responses += 1;
      if (outcome.status < 200 || outcome.status >= 300) phase.non2xx += 1;
      phase.latencies.push(outcome.ms);
    };
    const until = started + (WARM_UP_SECONDS + SECONDS) * 1000;
    const finished = Promise.all(
      agents.map(async (agent, client) => {
        for (let i = client; Date.now() < until; i += 1) record(await send(agent, `${server.url}/graphql`, BODIES[i % BODIES.length], TIMEOUT_MS));
      }),
    );
    const samplers = [WARM_UP_SECONDS, WARM_UP_SECONDS + SECONDS / 2].map((at) => setTimeout(() => rss.push(rssMb(server.child.pid!)), at * 1000));
    try {
      await finished;
    } finally {
      samplers.forEach(clearTimeout);
      agents.forEach((agent) => agent.destroy());
    }
    rss.push(rssMb(server.child.pid!));

    const measured = phases.slice(1);
    const total = (key: 'errors' | 'timeouts' | 'non2xx' | 'responses') => measured.reduce((sum, p) => sum + p[key], 0);
    const latencies = [...phases[2].latencies].sort((x, y) => x - y);
    console.log(
      `soak: ${CONNECTIONS} clients, ${total('responses')} responses in ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up (${(total('responses') / SECONDS).toFixed(0)}/s), ` +
        `errors ${total('errors')}, timeouts ${total('timeouts')}, non-2xx ${total('non2xx')} (warm-up: errors ${phases[0].errors}, timeouts ${phases[0].timeouts}; first error: ${firstError ?? 'none'}), ` +
        `latency p50 ${percentile(latencies, 50).toFixed(0)} ms p99 ${percentile(latencies, 99).toFixed(0)} ms, ` +
        `RSS ${rss[0].toFixed(0)} MB after warm-up → ${rss[1].toFixed(0)} MB at ${SECONDS / 2} s → ${rss[2].toFixed(0)} MB at ${SECONDS} s`,
    );
    expect(rss).toHaveLength(3);
    expect(total('errors')).toBe(0);
    expect(total('timeouts')).toBe(0);
    expect(total('non2xx')).toBe(0);
    expect(total('responses')).toBeGreaterThan(1000);
    expect(rss[2]).toBeLessThan(rss[1] * 1.15);
  }, 180_000);
});

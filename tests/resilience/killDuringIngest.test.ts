import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportGraph, type Graph } from '../../src/graph';
import { seededRandom, writeSyntheticArticles } from '../helpers/syntheticArticles';
import { openTestGraph, resetGraph } from '../helpers/testGraph';

// kill -9 of the ingest process at random points, then a rerun: the graph must
// equal a clean ingest of the same articles (one transaction per article).

const cli = path.join(__dirname, '../../dist/cli/main.js');
const ARTICLES = 500;
const TRIALS = 10;
/** Properties that record when, not what: they differ between any two runs. */
const VOLATILE = new Set(['ingestedAt', 'createdAt']);

async function snapshot(graph: Graph): Promise<string> {
  const lines: string[] = [];
  for await (const item of exportGraph(graph)) {
    const properties = Object.fromEntries(Object.entries(item.properties).filter(([k]) => !VOLATILE.has(k)));
    lines.push(JSON.stringify({ ...item, properties }));
  }
  return lines.join('\n');
}

function ingest(dir: string, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, 'ingest', dir], { env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

describe('kill -9 during ingest', () => {
  let graph: Graph;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-kill-'));
  beforeAll(async () => {
    graph = await openTestGraph();
    writeSyntheticArticles(dir, ARTICLES);
  });
  afterAll(async () => {
    await graph.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`leaves a graph that a rerun completes to exactly the clean result, over ${TRIALS} random kill points`, async () => {
    expect(fs.existsSync(cli)).toBe(true);
    await resetGraph(graph);
    const clean = await ingest(dir);
    expect(clean.code).toBe(0);
    const expected = await snapshot(graph);
    const articles = await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    expect(articles[0].n).toBe(ARTICLES);

    const random = seededRandom(42);
    const report: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      await resetGraph(graph);
      // Somewhere between process start-up and the end of a clean run.
      const killAt = Math.round(300 + random() * clean.ms * 0.9);
      const killed = await ingest(dir, killAt);
      const partial = (await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0].n;
      const rerun = await ingest(dir);
      expect(rerun.code).toBe(0);
      const actual = await snapshot(graph);
      report.push(`trial ${trial + 1}: killed at ${killAt} ms (${killed.signal ?? `exit ${killed.code}`}) after ${partial} articles; rerun ${rerun.ms} ms; identical: ${actual === expected}`);
      expect(actual).toBe(expected);
    }
    console.log(`clean ingest of ${ARTICLES} articles: ${clean.ms} ms\n${report.join('\n')}`);
  }, 900_000);
});

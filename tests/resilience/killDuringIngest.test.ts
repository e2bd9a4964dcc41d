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

async function articleCount(graph: Graph): Promise<number> {
  return (await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0].n;
}

/**
 * Runs `sovgraph ingest dir` in a child process; with `killAt`, sends it
 * SIGKILL as soon as that many articles are in the graph (mid-run, wherever
 * its next transaction happens to be).
 */
function ingest(graph: Graph, dir: string, killAt?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, 'ingest', dir], { env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
    let done = false;
    const watch = async () => {
      while (!done && killAt !== undefined) {
        if ((await articleCount(graph)) >= killAt) {
          child.kill('SIGKILL');
          return;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    void watch();
    child.on('exit', (code, signal) => {
      done = true;
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
    const clean = await ingest(graph, dir);
    expect(clean.code).toBe(0);
    const expected = await snapshot(graph);
    expect(await articleCount(graph)).toBe(ARTICLES);

    const random = seededRandom(42);
    const report: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      await resetGraph(graph);
      // A random point of the run, counted in articles already committed.
      const killAt = 1 + Math.floor(random() * (ARTICLES - 2));
      const killed = await ingest(graph, dir, killAt);
      const partial = await articleCount(graph);
      expect(killed.signal).toBe('SIGKILL');
      const rerun = await ingest(graph, dir);
      expect(rerun.code).toBe(0);
      const actual = await snapshot(graph);
      report.push(`trial ${trial + 1}: SIGKILL after ${killed.ms} ms with ${partial} of ${ARTICLES} articles in; rerun ${rerun.ms} ms; identical: ${actual === expected}`);
      expect(actual).toBe(expected);
    }
    console.log(`clean ingest of ${ARTICLES} articles: ${clean.ms} ms\n${report.join('\n')}`);
  }, 900_000);
});

/**
 * `npm run bench`: ingest and query benchmarks of sovereign-graph, side by side
 * with hand-written Cypher and an @neo4j/graphql API over the same Neo4j, at
 * three graph sizes; writes BENCHMARKS.md (and JSON with --json).
 *
 *   node dist-bench/bench/main.js [--quick] [--json] [--scales 10k,100k,1m] [--corpus N] [--out FILE] [--skip-ingest] [--render REPORT.json]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { migrate, openGraph, startLocalNeo4j, type Graph } from '../src/graph';
import { writeArticle } from '../src/ingest/write';
import { runIngestBench, type IngestBenchResult } from './ingestBench';
import { measureCypherThroughput, measureHttpThroughput, measureLatency, profileCypher, runOnce, VARIANTS, type LatencyStats, type ThroughputStats, type Variant } from './measure';
import { coreQueries } from './queries';
import { machineInfo, renderMarkdown, type BenchReport, type QueryResult, type ScaleResult } from './report';
import { spawnApi } from './servers/spawnApi';
import { generateGraph, planGraph, sampleTargets } from './synthGraph';

interface Args {
  quick: boolean;
  json: boolean;
  scales: number[];
  corpus: number;
  out: string;
  /** Skip the ingest benchmarks (for working on the query part). */
  skipIngest: boolean;
  /** Re-render the Markdown from a saved --json report instead of running. */
  render?: string;
}

function parseScale(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad scale "${s}": use 10k, 100k, 1m`);
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, json: false, scales: [10_000, 100_000, 1_000_000], corpus: 5000, out: 'BENCHMARKS.md', skipIngest: false };
  let corpusSet = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--json') args.json = true;
    else if (a === '--scales') args.scales = argv[(i += 1)].split(',').map(parseScale);
    else if (a === '--corpus') ((args.corpus = Number(argv[(i += 1)])), (corpusSet = true));
    else if (a === '--out') args.out = argv[(i += 1)];
    else if (a === '--skip-ingest') args.skipIngest = true;
    else if (a === '--render') args.render = argv[(i += 1)];
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.quick) {
    args.scales = [10_000];
    if (!corpusSet) args.corpus = 100;
  }
  return args;
}

const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

async function countGraph(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [n] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const [r] = await graph.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  return { nodes: n.n, relationships: r.n };
}

async function loadScale(graph: Graph, nodes: number): Promise<{ seconds: number; facts: number }> {
  const t0 = Date.now();
  let facts = 0;
  let k = 0;
  const total = planGraph(nodes).articles;
  for (const { article, facts: f } of generateGraph(nodes)) {
    await writeArticle(graph, article, f);
    facts += f.entities.length + f.relations.length;
    k += 1;
    if (k % Math.max(1, Math.round(total / 10)) === 0) log(`  loaded ${k}/${total} articles (${Math.round(facts / ((Date.now() - t0) / 1000))} facts/s)`);
  }
  return { seconds: (Date.now() - t0) / 1000, facts };
}

async function runScale(nodes: number, args: Args, ingest: { run: boolean; result?: IngestBenchResult }): Promise<ScaleResult> {
  const big = nodes >= 500_000;
  const heap = big ? '4g' : '1g';
  const pageCache = big ? '4g' : '1g';
  // The launcher reads its page cache size from this system property; JAVA_TOOL_OPTIONS reaches the child JVM.
  process.env.JAVA_TOOL_OPTIONS = `-Dsovgraph.pagecache=${pageCache}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-bench-'));
  log(`scale ${nodes}: starting Neo4j (heap ${heap}, page cache ${pageCache}) in ${dataDir}`);
  const local = await startLocalNeo4j({ dataDir, heap, onProgress: log });
  const graph = await openGraph(loadConfig({ ...process.env, NEO4J_URI: local.uri, LOG_LEVEL: 'silent' }));
  const children: { stop(): Promise<void> }[] = [];
  try {
    await migrate(graph);
    if (ingest.run) {
      log('ingest benchmarks…');
      ingest.result = await runIngestBench(graph, args.corpus, args.quick ? 1_000 : 10_000, log);
      await migrate(graph);
    }
    log(`loading ${nodes} nodes through writeArticle…`);
    const load = await loadScale(graph, nodes);
    await graph.write('CALL db.awaitIndexes(300)');
    const counts = await countGraph(graph);
    log(`  ${counts.nodes} nodes, ${counts.relationships} relationships in ${load.seconds.toFixed(0)}s`);

    const ours = await spawnApi('ourApi', local.uri);
    children.push(ours);
    const neo = await spawnApi('neo4jGraphqlApi', local.uri);
    children.push(neo);
    const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true, maxConnectionPoolSize: 64 });
    const endpoints = { oursUrl: ours.url, neoUrl: neo.url, driver };
    const queries = coreQueries(sampleTargets(nodes, 64));
    const results: QueryResult[] = [];
    const rss = { ours: 0, neo: 0 };
    const sampleRss = async () => {
      rss.ours = Math.max(rss.ours, (await ours.stats()).rss);
      rss.neo = Math.max(rss.neo, (await neo.stats()).rss);
    };
    try {
      for (const q of queries) {
        // Sanity: every variant answers without errors before it is timed.
        const answers = await Promise.all(VARIANTS.map((v) => runOnce(v, q.forms(0), endpoints)));
        const size = (x: unknown) => JSON.stringify(x).length;
        log(`${q.key}: answer sizes ours ${size(answers[0])} B, cypher ${size(answers[1])} B, neo ${size(answers[2])} B`);

        const before = { ours: (await ours.stats()).queryCount, neo: (await neo.stats()).queryCount };
        const counted = { ours: 0, neo: 0, cypher: 0 };
        const latency = await measureLatency(
          q,
          endpoints,
          { warmupRounds: 5, minRounds: args.quick ? 15 : 30, maxRounds: args.quick ? 60 : 300, budgetMs: args.quick ? 2500 : 15000 },
          (v) => (counted[v] += 1),
        );
        const after = { ours: (await ours.stats()).queryCount, neo: (await neo.stats()).queryCount };
        // warm-up rounds hit the servers too: subtract them from the request count
        const roundTrips = {
          ours: (after.ours - before.ours) / (counted.ours + 5),
          neo: (after.neo - before.neo) / (counted.neo + 5),
          cypher: 1,
        };

        const seconds = args.quick ? 2 : 8;
        const throughput = {} as Record<Variant, ThroughputStats>;
        for (let k = 0; k < VARIANTS.length; k += 1) {
          const v = VARIANTS[(k + queries.indexOf(q)) % VARIANTS.length];
          if (v === 'cypher') throughput.cypher = await measureCypherThroughput(driver, q, 32, seconds);
          else {
            const url = v === 'ours' ? ours.url : neo.url;
            throughput[v] = await measureHttpThroughput(url, (i) => (v === 'ours' ? q.forms(i).ours : q.forms(i).neo), 32, seconds);
          }
          await sampleRss();
        }
        const forms = q.forms(0);
        const profile = await profileCypher(driver, forms.cypher.statement, forms.cypher.params);
        results.push({ key: q.key, title: q.title, indexed: q.indexed, latency: latency as Record<Variant, LatencyStats>, throughput, roundTrips, profile });
        log(
          `${q.key}: p50 ours ${latency.ours.p50.toFixed(1)} / cypher ${latency.cypher.p50.toFixed(1)} / neo ${latency.neo.p50.toFixed(1)} ms; ` +
            `c32 rps ${throughput.ours.rps.toFixed(0)} / ${throughput.cypher.rps.toFixed(0)} / ${throughput.neo.rps.toFixed(0)}; round trips ${roundTrips.ours.toFixed(1)}`,
        );
      }
    } finally {
      await driver.close();
    }
    return { targetNodes: nodes, ...counts, loadSeconds: load.seconds, loadFactsPerSec: load.facts / load.seconds, heap, pageCache, rssOurs: rss.ours, rssNeo: rss.neo, queries: results };
  } finally {
    for (const child of children) await child.stop().catch(() => {});
    await graph.close();
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * src/ compiled into dist-bench/src finds seeds/ two folders up from its
 * modules (loadSeed), i.e. in dist-bench/seeds: point that at the real one.
 */
function linkSeeds(): void {
  const link = path.resolve(__dirname, '..', 'seeds');
  if (!fs.existsSync(link)) fs.symlinkSync(path.resolve(__dirname, '..', '..', 'seeds'), link, 'dir');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.render) {
    fs.writeFileSync(args.out, renderMarkdown(JSON.parse(fs.readFileSync(args.render, 'utf8')) as BenchReport));
    return;
  }
  linkSeeds();
  const started = new Date();
  const report: BenchReport = {
    machine: machineInfo(),
    date: started.toISOString(),
    command: `node dist-bench/bench/main.js ${process.argv.slice(2).join(' ')}`.trim(),
    quick: args.quick,
    ingest: undefined,
    scales: [],
  };
  const ingest: { run: boolean; result?: IngestBenchResult } = { run: !args.skipIngest };
  for (const nodes of args.scales) {
    report.scales.push(await runScale(nodes, args, ingest));
    ingest.run = false;
    report.ingest = ingest.result;
    report.durationSeconds = (Date.now() - started.getTime()) / 1000;
    // Written after every scale, so a long run that is stopped keeps what it measured.
    fs.writeFileSync(args.out, renderMarkdown(report));
    fs.mkdirSync('dist-bench', { recursive: true });
    fs.writeFileSync('dist-bench/last-run.json', JSON.stringify(report, null, 2));
  }
  log(`done in ${((Date.now() - started.getTime()) / 1000).toFixed(0)}s → ${args.out}`);
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

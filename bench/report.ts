import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { IngestBenchResult } from './ingestBench';
import type { LatencyStats, ThroughputStats, Variant } from './measure';

/** One core question at one scale, three ways. */
export interface QueryResult {
  key: string;
  title: string;
  indexed: boolean;
  latency: Record<Variant, LatencyStats>;
  throughput: Record<Variant, ThroughputStats>;
  roundTrips: Record<Variant, number>;
  profile: { dbHits: number; top: string };
}

/** Everything measured at one graph size. */
export interface ScaleResult {
  targetNodes: number;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  loadFactsPerSec: number;
  heap: string;
  pageCache: string;
  rssOurs: number;
  rssNeo: number;
  queries: QueryResult[];
}

/** The whole run, as --json prints it. */
export interface BenchReport {
  machine: Record<string, string>;
  date: string;
  command: string;
  quick: boolean;
  durationSeconds?: number;
  ingest: IngestBenchResult | undefined;
  scales: ScaleResult[];
}

function java(): string {
  try {
    return execFileSync('java', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] || 'unknown';
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? '').split('\n')[0] || 'unknown';
  }
}

function javaVersion(): string {
  // java -version prints to stderr
  const out = execFileSync('sh', ['-c', 'java -version 2>&1 | head -1'], { encoding: 'utf8' }).trim();
  return out || java();
}

/** What the numbers were measured on. */
export function machineInfo(): Record<string, string> {
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: '5.26 Community (embedded launcher, child JVM)',
  };
}

const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const mib = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
const yes = (ok: boolean) => (ok ? 'met' : '**missed**');
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${Math.round(n / 1e3)}k`);

function queryTable(scale: ScaleResult): string {
  const rows = scale.queries.map((q) => {
    const l = q.latency;
    const t = q.throughput;
    return `| ${q.key} ${q.title} | ${ms(l.ours.p50)} / ${ms(l.ours.p99)} | ${ms(l.cypher.p50)} / ${ms(l.cypher.p99)} | ${ms(l.neo.p50)} / ${ms(l.neo.p99)} | ${ratio(l.ours.p50, l.cypher.p50)} | ${ratio(l.ours.p50, l.neo.p50)} | ${int(t.ours.rps)} (p99 ${ms(t.ours.p99)}) | ${int(t.cypher.rps)} (p99 ${ms(t.cypher.p99)}) | ${int(t.neo.rps)} (p99 ${ms(t.neo.p99)}) | ${q.roundTrips.ours.toFixed(1)} / 1 / ${q.roundTrips.neo.toFixed(1)} | ${int(q.profile.dbHits)} |`;
  });
  return [
    '| question | ours p50 / p99 ms | Cypher p50 / p99 | @neo4j/graphql p50 / p99 | ours ÷ Cypher p50 | ours ÷ neo p50 | ours req/s @32 | Cypher req/s @32 | neo req/s @32 | Cypher statements per request (ours / floor / neo) | floor db hits |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function targets(report: BenchReport): string {
  const lines: string[] = [];
  const first = report.scales[0];
  for (const scale of report.scales) {
    for (const q of scale.queries) {
      const vsCypher = q.latency.ours.p50 / q.latency.cypher.p50;
      const vsNeo = q.latency.ours.p50 / q.latency.neo.p50;
      lines.push(`| ${label(scale.targetNodes)} ${q.key}: ours p50 ≤ 1.2× Cypher | ${vsCypher.toFixed(2)}× | ${yes(vsCypher <= 1.2)} |`);
      lines.push(`| ${label(scale.targetNodes)} ${q.key}: ours p50 < @neo4j/graphql | ${vsNeo.toFixed(2)}× | ${yes(vsNeo < 1)} |`);
    }
  }
  const largest = report.scales.at(-1);
  if (largest && largest.targetNodes >= 1e6) {
    for (const key of ['q1', 'q2', 'q4']) {
      const q = largest.queries.find((x) => x.key === key)!;
      lines.push(`| 1M ${key}: ours p99 < 50 ms at concurrency 32 | ${ms(q.throughput.ours.p99)} ms | ${yes(q.throughput.ours.p99 < 50)} |`);
    }
  }
  if (first && report.scales.length > 1) {
    for (const scale of report.scales.slice(1)) {
      for (const q of scale.queries.filter((x) => x.indexed)) {
        const base = first.queries.find((x) => x.key === q.key)!;
        const r = q.latency.ours.p50 / base.latency.ours.p50;
        lines.push(`| ${label(scale.targetNodes)} ${q.key} (indexed): ours p50 within 1.5× of ${label(first.targetNodes)} | ${r.toFixed(2)}× | ${yes(r <= 1.5)} |`);
      }
    }
  }
  const ing = report.ingest;
  if (ing) {
    lines.push(`| ingest ≥ 100 articles/s end to end | ${ing.endToEndArticlesPerSec.toFixed(1)}/s | ${yes(ing.endToEndArticlesPerSec >= 100)} |`);
    const w = ing.writeArticleFactsPerSec / ing.rawPerArticleFactsPerSec;
    const wb = ing.writeArticleFactsPerSec / ing.rawBulkFactsPerSec;
    lines.push(`| writeArticle ≥ 0.8× raw UNWIND (same one-transaction-per-article batching) | ${w.toFixed(2)}× | ${yes(w >= 0.8)} |`);
    lines.push(`| writeArticle ≥ 0.8× raw UNWIND (bulk: 10 transactions in all) | ${wb.toFixed(2)}× | ${yes(wb >= 0.8)} |`);
  }
  return ['| target | measured | |', '| --- | --- | --- |', ...lines].join('\n');
}

function scaleCurve(report: BenchReport): string {
  if (report.scales.length < 2) return '_One scale only (`--quick`): run `npm run bench` for the curve._';
  const header = `| question | ${report.scales.map((s) => `${label(s.targetNodes)} ours p50 / Cypher p50 / neo p50 (ms)`).join(' | ')} |`;
  const sep = `| --- | ${report.scales.map(() => '---').join(' | ')} |`;
  const rows = report.scales[0].queries.map((q) => {
    const cells = report.scales.map((s) => {
      const x = s.queries.find((y) => y.key === q.key)!;
      return `${ms(x.latency.ours.p50)} / ${ms(x.latency.cypher.p50)} / ${ms(x.latency.neo.p50)}`;
    });
    return `| ${q.key} ${q.title} | ${cells.join(' | ')} |`;
  });
  return [header, sep, ...rows].join('\n');
}

/** BENCHMARKS.md from a run. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const ing = report.ingest;
  const parts: string[] = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (`bench/main.ts`); do not edit by hand — rerun instead.',
    '',
    `- **Run:** ${report.date}, \`${report.command}\`${report.durationSeconds ? `, ${Math.round(report.durationSeconds)} s` : ''}`,
    '- **Commands:** `npm run bench` (builds `tsconfig.bench.json` into `dist-bench/`, then runs 10k, 100k and 1M; long: run it under `nohup … > bench.log &`), `npm run bench -- --quick` (10k only, under 3 minutes), `-- --json` (the report as JSON on stdout), `-- --scales 10k,100k`, `-- --corpus N`, `-- --render report.json` (Markdown from a saved JSON report).',
    `- **Machine:** ${m.cpus}; ${m.memory}; ${m.os}`,
    `- **Software:** Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}`,
    '- **Noise:** a shared 2-core machine (other test runs were going on); the three variants are interleaved (rotating order every round at concurrency 1, rotating order per question at concurrency 32) so noise hits them alike. Compare ratios within a row more than absolute numbers across runs.',
    '',
    '## How it is measured',
    '',
    '- **Graph:** a deterministic synthetic sovereign-AI graph (seeded PRNG): ~66% organisations, 15% funding commitments, 8% models, 4% consortia, 3% initiatives, 2% agencies, 2% articles with their sentences, up to 250 governments and ~30–55 focus areas; ~5–6 relationships per node counting MENTIONS; every relationship has sources and evidence. Loaded through `writeArticle` (the project\'s own write path; each synthetic article carries many facts) into a fresh embedded Neo4j per scale (temp data dir).',
    '- **Variants:** *ours* = our GraphQL API (`createServer`, child process) over HTTP; *Cypher* = an equivalent hand-written statement through neo4j-driver (the floor: one round trip, no GraphQL); *neo* = an `@neo4j/graphql` 7 API (`@apollo/server` standalone, child process) with a schema written for this graph: q1/q2 use its generated traversals, q3–q5 are `@cypher` fields (it has no generated shortest path, neighbourhood or group-by). The @neo4j/graphql answers are lighter: evidence comes back as `articleId:sentence` keys, not sentence text, and q1\'s role comes from a separate `leaders` list.',
    '- **Latency:** concurrency 1, p50/p99 over rotating sample targets (64 consortia / organisations / pairs). **Throughput:** 32 concurrent connections (autocannon for HTTP, 32 async workers on the driver for Cypher), requests/s and p99.',
    '- **Statements per request:** `graph.queryCount()` deltas in our API process; the @neo4j/graphql process counts statements through a wrapped driver. **RSS:** peak of each API process while under load.',
    '',
  ];
  if (ing) {
    parts.push(
      '## Ingest',
      '',
      '| measure | value |',
      '| --- | --- |',
      `| extraction alone (\`extractFacts\`, synthetic corpus of ${int(ing.corpusArticles)} template articles, ${ing.extractFactsPerArticle.toFixed(1)} facts each) | ${ing.extractArticlesPerSec.toFixed(1)} articles/s |`,
      `| end to end (\`ingestArticles\` on .md files into Neo4j) | ${ing.endToEndArticlesPerSec.toFixed(1)} articles/s (${ing.endToEndFailed} failed) |`,
      `| \`writeArticle\` (${int(ing.writeArticles)} synthetic articles, ${int(ing.writeFacts)} facts; each write variant: mean of two rounds in opposite orders, on an emptied graph) | ${int(ing.writeArticleFactsPerSec)} facts/s |`,
      `| raw \`UNWIND … MERGE\`, one transaction per article | ${int(ing.rawPerArticleFactsPerSec)} facts/s (writeArticle = ${ratio(ing.writeArticleFactsPerSec, ing.rawPerArticleFactsPerSec)}) |`,
      `| raw \`UNWIND … MERGE\`, 10 transactions in all | ${int(ing.rawBulkFactsPerSec)} facts/s (writeArticle = ${ratio(ing.writeArticleFactsPerSec, ing.rawBulkFactsPerSec)}) |`,
      '',
    );
  }
  for (const scale of report.scales) {
    parts.push(
      `## Queries at ${label(scale.targetNodes)} nodes`,
      '',
      `${int(scale.nodes)} nodes, ${int(scale.relationships)} relationships; loaded through writeArticle in ${Math.round(scale.loadSeconds)} s (${int(scale.loadFactsPerSec)} facts/s); Neo4j heap ${scale.heap}, page cache ${scale.pageCache}. API RSS under load: ours ${mib(scale.rssOurs)}, @neo4j/graphql ${mib(scale.rssNeo)}.`,
      '',
      queryTable(scale),
      '',
    );
  }
  parts.push('## Scale curve (p50 at concurrency 1)', '', scaleCurve(report), '', '## Targets', '', targets(report), '');
  // The analysis (PROFILE output, what bounds each missed target, suggested fixes) is
  // written by hand in bench/FINDINGS.md and carried into every regenerated report.
  const findings = path.resolve(__dirname, '..', '..', 'bench', 'FINDINGS.md');
  if (fs.existsSync(findings)) parts.push(fs.readFileSync(findings, 'utf8').trim(), '');
  return parts.join('\n');
}

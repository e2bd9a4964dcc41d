import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../src/graph';
import { HOSTILE_NAMES, writeHostileInputs } from '../helpers/hostileInputs';
import { graphCounts, openTestGraph, resetGraph } from '../helpers/testGraph';

// 200+ bad or hostile inputs through the real CLI process (built by `npm test`).

const cli = path.join(__dirname, '../../dist/cli/main.js');

describe('ingest of bad and hostile input', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    await graph.write('CREATE (:Organization {id: "org:sentinel", name: "Sentinel", sources: ["manual"]})');
  });
  afterAll(() => graph.close());

  it('gives each rejected input one error line, never crashes or hangs, stores hostile names verbatim, and still ingests good input', async () => {
    expect(fs.existsSync(cli)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-hostile-'));
    const inputs = writeHostileInputs(dir);
    const good = path.join(dir, 'good.md');
    fs.writeFileSync(good, '---\ntitle: Good\n---\nThe Japanese government will fund a consortium led by SoftBank, including Sony and NEC.\n');
    const before = await graphCounts(graph);

    const started = Date.now();
    const run = spawnSync(process.execPath, [cli, 'ingest', ...inputs.map((i) => i.file), good], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(run.error).toBeUndefined(); // no hang past the timeout
    expect(run.signal).toBeNull(); // no crash by signal
    expect(run.status).toBe(1);

    const errorLines = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    const failedFiles = new Set(errorLines.map((l) => l.slice('error: '.length).split(': ')[0].replace(/#\d+$|\[\d+\]$/, '')));
    const rejected = inputs.filter((i) => i.expect === 'reject');
    const wronglyAccepted = rejected.filter((i) => !failedFiles.has(i.file)).map((i) => `${i.kind}: ${path.basename(i.file)}`);
    const wronglyRejected = inputs.filter((i) => i.expect === 'accept' && failedFiles.has(i.file)).map((i) => path.basename(i.file));
    expect(wronglyAccepted).toEqual([]);
    expect(wronglyRejected).toEqual([]);
    // A multi-article file may name the item (file#2, file[0]); still one line per input.
    for (const i of rejected) expect(errorLines.filter((l) => /^[:#[]/.test(l.slice(`error: ${i.file}`.length)) && l.startsWith(`error: ${i.file}`))).toHaveLength(1);
    expect(errorLines.every((l) => !l.includes('\n') && l.length < 500)).toBe(true);

    const accepted = inputs.filter((i) => !failedFiles.has(i.file)).length + 1;
    const after = await graphCounts(graph);
    console.log(`hostile input: ${inputs.length} inputs tried, ${rejected.length} rejected as expected, ${accepted} ingested, ${seconds.toFixed(1)} s, exit ${run.status}`);
    expect(after.Article).toBe((before.Article ?? 0) + accepted);
    expect(inputs.length).toBeGreaterThanOrEqual(200);

    // Nothing the inputs said was executed, and what they said is kept as written.
    expect(await graph.read('MATCH (o:Organization {id: "org:sentinel"}) RETURN o.name AS name')).toEqual([{ name: 'Sentinel' }]);
    const titles = (await graph.read<{ title: string }>('MATCH (a:Article) RETURN a.title AS title')).map((r) => r.title);
    // Text is stored in Unicode NFC (decodeText), otherwise exactly as written.
    for (const name of HOSTILE_NAMES) expect(titles).toContain(name.normalize('NFC'));
    const scripted = await graph.read<{ s: string[] }>('MATCH (a:Article) WHERE a.origin CONTAINS "scripted-" RETURN a.sentences AS s');
    expect(scripted.length).toBe(12);
    for (const { s } of scripted) expect(s.join(' ')).not.toMatch(/INJECTED|fetch\(|steal/);
    const softbank = await graph.read('MATCH (:Organization {id: "org:softbank"})-[:LEADS]->(c:Consortium) RETURN c.id AS id');
    expect(softbank).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});

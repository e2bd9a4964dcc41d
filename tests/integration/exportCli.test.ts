import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Graph } from '../../src/graph';
import { runCli } from '../helpers/runCli';
import { openTestGraph, resetGraph } from '../helpers/testGraph';

describe('sovgraph export --format jsonl', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    await runCli('ingest', path.join(__dirname, '../fixtures/articles/japan-physical-ai-consortium.md'));
  });
  afterAll(() => graph.close());

  it('prints one APOC-shaped object per node and relationship', async () => {
    const chunks: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    const run = await runCli('export', '--format', 'jsonl').finally(() => write.mockRestore());
    expect(run.code).toBe(0);
    const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
    const node = lines.find((l) => l.type === 'node' && l.id === 'org:softbank');
    expect(node).toEqual({ type: 'node', id: 'org:softbank', labels: ['Organization'], properties: expect.objectContaining({ name: 'SoftBank' }) });
    const rel = lines.find((l) => l.type === 'relationship' && l.label === 'LEADS');
    expect(rel).toEqual({
      type: 'relationship',
      id: 'org:softbank-LEADS->consortium:softbank-consortium',
      label: 'LEADS',
      start: { id: 'org:softbank', labels: ['Organization'] },
      end: { id: 'consortium:softbank-consortium', labels: ['Consortium'] },
      properties: expect.objectContaining({ sources: [expect.any(String)], evidence: [expect.stringMatching(/^[0-9a-f]+:\d+$/)] }),
    });
    expect(lines.filter((l) => l.type === 'node').length).toBeGreaterThan(5);
  });

  it('writes GraphML that an XML parser reads back with every node and edge', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-export-')), 'graph.graphml');
    const run = await runCli('export', '--format', 'graphml', '--out', out);
    expect(run.code).toBe(0);
    const xml = fs.readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'node' || n === 'edge' }).parse(xml);
    const nodes = doc.graphml.graph.node;
    const edges = doc.graphml.graph.edge;
    const counts = await graph.read<{ n: number; r: number }>('MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r');
    expect([nodes.length, edges.length]).toEqual([counts[0].n, counts[0].r]);
    expect(edges.find((e: any) => e['@_id'] === 'org:softbank-LEADS->consortium:softbank-consortium')).toMatchObject({ '@_source': 'org:softbank', '@_target': 'consortium:softbank-consortium' });
  });

  it('writes CSV with one row per node and relationship, quoted where needed', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-export-')), 'graph.csv');
    expect((await runCli('export', '--format', 'csv', '--out', out)).code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('_id,_labels,name,properties,_start,_end,_type\n')).toBe(true);
    expect(text).toMatch(/^org:softbank,:Organization,SoftBank,"\{/m);
    expect(text).toMatch(/,org:softbank,consortium:softbank-consortium,LEADS$/m);
  });

  it('refuses an unknown format with a clear line', async () => {
    const run = await runCli('export', '--format', 'xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['unsupported export format "xlsx": use jsonl, graphml, csv']);
  });
});

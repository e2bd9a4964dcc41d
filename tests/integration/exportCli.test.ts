import path from 'node:path';
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

  it('refuses an unknown format with a clear line', async () => {
    const run = await runCli('export', '--format', 'xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['unsupported export format "xlsx": use jsonl']);
  });
});

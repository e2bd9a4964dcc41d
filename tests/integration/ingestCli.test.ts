import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../src/graph';
import { runCli } from '../helpers/runCli';
import { graphCounts, openTestGraph, resetGraph } from '../helpers/testGraph';

const japanArticle = path.join(__dirname, '../fixtures/articles/japan-physical-ai-consortium.md');

describe('sovgraph ingest', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
  });
  afterAll(() => graph.close());

  it('turns an article into a consortium with leader, members, funding and focus, each with evidence', async () => {
    const run = await runCli('ingest', japanArticle);
    expect(run.code).toBe(0);
    expect(run.out.join('\n')).toMatch(/1 new/);

    const [gov] = await graph.read('MATCH (g:Government {id: "gov:JP"}) RETURN g.name AS name, g.country AS country');
    expect(gov).toEqual({ name: 'Japan', country: 'JP' });

    const members = await graph.read<{ name: string; leads: boolean; evidence: string[] }>(
      `MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: "consortium:softbank-consortium"})
       RETURN o.name AS name, exists((o)-[:LEADS]->(c)) AS leads, m.evidence AS evidence ORDER BY name`,
    );
    expect(members.map((m) => [m.name, m.leads])).toEqual([
      ['Honda', false],
      ['NEC', false],
      ['SoftBank', true],
      ['Sony', false],
    ]);
    for (const m of members) expect(m.evidence.length).toBeGreaterThan(0);

    const [consortium] = await graph.read('MATCH (c:Consortium {id: "consortium:softbank-consortium"}) RETURN c.statedMemberCount AS n');
    expect(consortium).toEqual({ n: 9 });

    const funding = await graph.read(
      `MATCH (:Government {id: "gov:JP"})-[p:PROVIDED]->(f:Funding)-[t:TO]->(target)
       RETURN f.amount AS amount, f.currency AS currency, f.amountUsd AS usd, f.usdSource AS usdSource,
              labels(target)[0] AS target, size(p.evidence) > 0 AND size(t.evidence) > 0 AS cited`,
    );
    expect(funding).toEqual([{ amount: 1e12, currency: 'JPY', usd: 6.2e9, usdSource: 'article', target: expect.stringMatching(/Consortium|Initiative/), cited: true }]);

    const focus = await graph.read('MATCH (:Consortium)-[r:FOCUSES_ON]->(f:FocusArea) RETURN f.name AS name, size(r.evidence) AS n');
    expect(focus).toContainEqual({ name: 'Physical AI', n: expect.any(Number) });
  });

  it('changes no count when the same article is ingested again', async () => {
    const before = await graphCounts(graph);
    const run = await runCli('ingest', japanArticle);
    expect(run.code).toBe(0);
    expect(run.out.join('\n')).toMatch(/1 unchanged/);
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('gives one error line per bad file, exit 1, and still ingests the good file beside them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-bad-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    fs.writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nText about Korea.');
    fs.writeFileSync(
      path.join(dir, 'good.md'),
      '---\ntitle: Good\n---\nThe Korean government selected a consortium led by Upstage, including KT and Flitto.\n',
    );
    const before = await graphCounts(graph);
    const run = await runCli('ingest', dir);
    expect(run.code).toBe(1);
    expect(run.err.filter((l) => l.startsWith('error: '))).toHaveLength(3);
    expect(run.err.join('\n')).toMatch(/empty\.txt: empty/);
    expect(run.err.join('\n')).toMatch(/binary\.txt: binary content/);
    expect(run.err.join('\n')).toMatch(/broken\.md: malformed front matter/);
    expect(run.out.join('\n')).toMatch(/1 new/);
    const after = await graphCounts(graph);
    expect(after.Article).toBe(before.Article + 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes nothing with --dry-run --json and prints the extracted facts', async () => {
    const before = await graphCounts(graph);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-dry-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: T\n---\nA consortium led by Sarvam AI, including Gnani.ai and Soket AI, won support from India.\n');
    const run = await runCli('ingest', dir, '--dry-run', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out.join('\n'));
    expect(json.outcomes[0].entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Sarvam AI', 'India']));
    expect(await graphCounts(graph)).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('retracts exactly the facts only an edited article stated, keeping facts another article still states', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-edit-'));
    const a = path.join(dir, 'a.md');
    const b = path.join(dir, 'b.md');
    fs.writeFileSync(a, '---\ntitle: A\nurl: https://example.org/a\n---\nThe Uruguayan government selected a consortium led by Velora Labs, including Quarn Systems and Tessal Data.\n');
    fs.writeFileSync(b, '---\ntitle: B\nurl: https://example.org/b\n---\nUruguay backs a consortium led by Velora Labs, including Quarn Systems.\n');
    expect((await runCli('ingest', dir)).out[0]).toMatch(/2 new/);
    const members = () =>
      graph.read<{ name: string; sources: number }>(
        `MATCH (o:Organization)-[m:MEMBER_OF]->(:Consortium {id: "consortium:velora-labs-consortium"}) RETURN o.name AS name, size(m.sources) AS sources ORDER BY name`,
      );
    expect(await members()).toEqual([
      { name: 'Quarn Systems', sources: 2 },
      { name: 'Tessal Data', sources: 1 },
      { name: 'Velora Labs', sources: 2 },
    ]);

    fs.writeFileSync(a, '---\ntitle: A\nurl: https://example.org/a\n---\nThe Uruguayan government selected a consortium led by Velora Labs, including Quarn Systems.\n');
    const rerun = await runCli('ingest', dir);
    expect(rerun.out[0]).toMatch(/1 changed, 1 unchanged/);
    expect(await members()).toEqual([
      { name: 'Quarn Systems', sources: 2 },
      { name: 'Velora Labs', sources: 2 },
    ]);
    expect(await graph.read('MATCH (o:Organization {name: "Tessal Data"}) RETURN o')).toHaveLength(0);

    // --prune: b.md is gone, so what only it stated goes too.
    fs.rmSync(b);
    const pruned = await runCli('ingest', dir, '--prune');
    expect(pruned.out[0]).toMatch(/1 unchanged, 0 failed, 1 pruned/);
    expect(await members()).toEqual([
      { name: 'Quarn Systems', sources: 1 },
      { name: 'Velora Labs', sources: 1 },
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a missing path as a failed input', async () => {
    const run = await runCli('ingest', '/nonexistent/article.md');
    expect(run.code).toBe(1);
    expect(run.err).toEqual(['error: /nonexistent/article.md: no such file or folder']);
  });
});

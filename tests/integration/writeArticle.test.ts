import { writeArticle, retractArticle } from '../../src/ingest/write';
import type { ExtractedFacts, ParsedArticle } from '../../src/ingest/types';
import type { Graph } from '../../src/graph';
import { graphCounts, openTestGraph, resetGraph } from '../helpers/testGraph';

// The write path on hand-made facts: provenance, idempotence, retraction.

function article(id: string, sentences: string[], url?: string): ParsedArticle {
  return { id, origin: `${id}.md`, title: `Article ${id}`, url, body: sentences.join(' '), sentences };
}

const acme: ExtractedFacts = {
  entities: [
    { id: 'org:acme', label: 'Organization', name: 'Acme', aliases: ['Acme Corp'], props: { kind: 'company' }, sentences: [0] },
    { id: 'consortium:acme-consortium', label: 'Consortium', name: 'Acme consortium', aliases: [], props: { statedMemberCount: 3 }, sentences: [0] },
  ],
  relations: [
    { type: 'LEADS', from: 'org:acme', to: 'consortium:acme-consortium', sentences: [0] },
    { type: 'MEMBER_OF', from: 'org:acme', to: 'consortium:acme-consortium', sentences: [0, 1] },
  ],
};

describe('writeArticle', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
  });
  afterAll(() => graph.close());

  it('stores each relationship with its sources and sentence evidence', async () => {
    const result = await writeArticle(graph, article('a1', ['Acme leads a three-company consortium.', 'Acme is a member.']), acme);
    expect(result.status).toBe('new');
    const rows = await graph.read<{ sources: string[]; evidence: string[] }>(
      'MATCH (:Organization {id: "org:acme"})-[r:MEMBER_OF]->(:Consortium) RETURN r.sources AS sources, r.evidence AS evidence',
    );
    expect(rows).toEqual([{ sources: ['a1'], evidence: ['a1:0', 'a1:1'] }]);
  });

  it('skips an article it already has, changing nothing', async () => {
    const before = await graphCounts(graph);
    const result = await writeArticle(graph, article('a1', ['Acme leads a three-company consortium.', 'Acme is a member.']), acme);
    expect(result.status).toBe('unchanged');
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('keeps a fact that another article still states when one source is retracted', async () => {
    await writeArticle(graph, article('a2', ['Acme heads the Acme consortium.']), {
      entities: acme.entities,
      relations: [{ type: 'LEADS', from: 'org:acme', to: 'consortium:acme-consortium', sentences: [0] }],
    });
    expect((await retractArticle(graph, 'a1')).found).toBe(true);
    const leads = await graph.read<{ sources: string[] }>('MATCH (:Organization)-[r:LEADS]->(:Consortium) RETURN r.sources AS sources');
    expect(leads).toEqual([{ sources: ['a2'] }]);
    const members = await graph.read('MATCH ()-[r:MEMBER_OF]->() RETURN r');
    expect(members).toHaveLength(0);
  });

  it('removes entities whose last source is retracted', async () => {
    await retractArticle(graph, 'a2');
    const counts = await graphCounts(graph);
    expect(counts).toEqual({});
  });

  it('replaces the facts of a changed article (same url, new text)', async () => {
    await writeArticle(graph, article('v1', ['Acme leads a consortium.'], 'https://example.org/a'), acme);
    const result = await writeArticle(graph, article('v2', ['Beta leads nothing.'], 'https://example.org/a'), {
      entities: [{ id: 'org:beta', label: 'Organization', name: 'Beta', aliases: [], props: {}, sentences: [0] }],
      relations: [],
    });
    expect(result.status).toBe('changed');
    const names = await graph.read<{ name: string }>('MATCH (o:Organization) RETURN o.name AS name');
    expect(names).toEqual([{ name: 'Beta' }]);
    const articles = await graph.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id');
    expect(articles).toEqual([{ id: 'v2' }]);
  });

  it('keeps an entity\'s provenance on its MENTIONS, so a hub mentioned by many articles does not grow', async () => {
    const japan = (id: string): ExtractedFacts => ({
      entities: [{ id: 'gov:JP', label: 'Government', name: 'Japan', aliases: [], props: { country: 'JP' }, sentences: [1] }],
      relations: [],
    });
    for (const id of ['h1', 'h2', 'h3']) await writeArticle(graph, article(id, ['Intro.', 'Japan funds it.']), japan(id));
    const [hub] = await graph.read<{ keys: string[]; mentions: Array<{ article: string; evidence: string[] }> }>(
      `MATCH (g:Government {id: 'gov:JP'})
       RETURN keys(g) AS keys, COLLECT { MATCH (a:Article)-[m:MENTIONS]->(g) RETURN {article: a.id, evidence: m.evidence} ORDER BY a.id } AS mentions`,
    );
    expect(hub.keys).not.toContain('sources');
    expect(hub.keys).not.toContain('evidence');
    expect(hub.mentions).toEqual([
      { article: 'h1', evidence: ['h1:1'] },
      { article: 'h2', evidence: ['h2:1'] },
      { article: 'h3', evidence: ['h3:1'] },
    ]);
    await retractArticle(graph, 'h1');
    await retractArticle(graph, 'h2');
    expect(await graph.read('MATCH (g:Government {id: "gov:JP"}) RETURN g.id AS id')).toHaveLength(1);
    await retractArticle(graph, 'h3');
    expect(await graph.read('MATCH (g:Government {id: "gov:JP"}) RETURN g.id AS id')).toHaveLength(0);
  });

  it('stores names with quotes and Cypher syntax verbatim, never executing them', async () => {
    const hostile = "Evil'}) DETACH DELETE n //";
    await writeArticle(graph, article('h1', [`${hostile} joined.`]), {
      entities: [{ id: 'org:evil', label: 'Organization', name: hostile, aliases: ['\\"x'], props: {}, sentences: [0] }],
      relations: [],
    });
    const rows = await graph.read<{ name: string; aliases: string[] }>('MATCH (o:Organization {id: "org:evil"}) RETURN o.name AS name, o.aliases AS aliases');
    expect(rows).toEqual([{ name: hostile, aliases: ['\\"x'] }]);
    expect((await graphCounts(graph)).Organization).toBe(2);
  });
});

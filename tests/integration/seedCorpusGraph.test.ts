import path from 'node:path';
import type { ApiServer } from '../../src/api';
import type { Graph } from '../../src/graph';
import { runCli } from '../helpers/runCli';
import { graphCounts, openTestGraph, resetGraph } from '../helpers/testGraph';
import { gql, startTestServer } from '../helpers/testServer';

// The seed corpus as `npm start` ingests it, and the README's example queries on it.

const seeds = path.join(__dirname, '../../seeds/articles');

describe('seed corpus in the graph', () => {
  let graph: Graph;
  let server: ApiServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    const run = await runCli('ingest', seeds);
    expect(run.err.filter((l) => l.startsWith('error:'))).toEqual([]);
    expect(run.code).toBe(0);
    server = await startTestServer(graph);
  }, 300_000);
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('ingests every seed article and covers at least 30 countries or blocs', async () => {
    const stats = await gql(server, `{ stats { articles nodes { name count } relationships { name count } } }`);
    console.log(`seed corpus stats: ${JSON.stringify(stats.data.stats)}`);
    const countries = await graph.read<{ country: string }>('MATCH (g:Government) RETURN g.country AS country ORDER BY country');
    console.log(`countries in the graph (${countries.length}): ${countries.map((c) => c.country).join(' ')}`);
    expect(stats.data.stats.articles).toBeGreaterThanOrEqual(60);
    expect(countries.length).toBeGreaterThanOrEqual(30);
  });

  it('changes nothing when the whole corpus is ingested again', async () => {
    const before = await graphCounts(graph);
    const run = await runCli('ingest', seeds);
    expect(run.out[0]).toMatch(/0 new, 0 changed, \d+ unchanged, 0 failed/);
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('answers the researcher: organisations in more than one consortium', async () => {
    // Every consortium, page by page: the seed corpus has more than one page of them.
    const seen = new Map<string, Set<string>>();
    let after: string | null = null;
    do {
      const res: any = await gql(server, `query ($after: String) { consortia(first: 20, after: $after) { edges { node { name members(first: 100) { edges { node { name } } } } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      for (const edge of res.data.consortia.edges) {
        for (const m of edge.node.members.edges) seen.set(m.node.name, (seen.get(m.node.name) ?? new Set()).add(edge.node.name));
      }
      after = res.data.consortia.pageInfo.hasNextPage ? res.data.consortia.pageInfo.endCursor : null;
    } while (after);
    const multi = [...seen].filter(([, cs]) => cs.size > 1);
    console.log(`organisations in more than one consortium: ${multi.map(([n, cs]) => `${n} (${[...cs].join(', ')})`).join('; ')}`);
    expect(multi.length).toBeGreaterThan(0);
    const listed = await gql(server, `{ organizations(where: { minConsortia: 2 }) { edges { node { name } consortiumCount } } }`);
    expect(listed.data.organizations.edges.map((e: any) => e.node.name).sort()).toEqual(multi.map(([n]) => n).sort());
    const co = await gql(server, `query ($o: String!) { coMembers(organization: $o) { organization { name } consortium { name } } }`, { o: multi[0][0] });
    expect(co.data.coMembers.length).toBeGreaterThan(0);
  });

  it('answers the analyst: the members of the consortium SoftBank sits in, and the sentence that says so', async () => {
    const res = await gql(
      server,
      `{ organization(name: "softbank") { consortia { consortium { name members(first: 20) { edges { role node { name } evidence { sentence article { title url } } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const japanese = res.data.organization.consortia.find((c: any) => c.consortium.members.edges.some((e: any) => e.node.name === 'Honda'));
    const edges = japanese.consortium.members.edges;
    const names = edges.map((e: any) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['SoftBank', 'Honda', 'NEC']));
    for (const e of edges) expect(e.evidence[0].sentence).toContain(e.node.name.split(' ')[0]);
    expect(edges[0].evidence[0].article.url).toMatch(/^https:\/\//);
  });

  it('answers the dashboard: funding in USD by country', async () => {
    const res = await gql(server, `{ fundingSummary(groupBy: COUNTRY) { key label totalUsd count } }`);
    const buckets = res.data.fundingSummary;
    console.log(`funding by country: ${buckets.slice(0, 10).map((b: any) => `${b.key} $${(b.totalUsd / 1e9).toFixed(2)}bn (${b.count})`).join(', ')}`);
    expect(buckets.length).toBeGreaterThanOrEqual(10);
    for (const country of ['JP', 'KR', 'IN', 'CA', 'GB']) {
      expect(buckets.find((b: any) => b.key === country)?.totalUsd).toBeGreaterThan(0);
    }
  });

  it('answers every core query on the seed corpus', async () => {
    const lookups = await gql(
      server,
      `{
        entity(id: "gov:KR") { name entityKind }
        search(text: "upstage", kinds: [Organization, Consortium]) { totalCount edges { node { id entityKind } } }
        government(country: "Korea") { country initiatives { name } consortia { name } funding { funding { currency } } agencies { name } }
        organization(name: "lg ai research") { name consortia { role consortium { name } } models { name } }
        consortium(name: "LG AI Research consortium") { leader { name } members { totalCount } }
        initiatives(where: { country: "IN" }) { totalCount edges { node { name governments { country } } } }
        consortia(orderBy: { field: MEMBER_COUNT }, first: 3) { edges { node { name } memberCount } }
        articles(first: 2) { totalCount edges { node { id title sentences facts { type } } } }
      }`,
    );
    expect(lookups.errors).toBeUndefined();
    const d = lookups.data;
    expect(d.entity).toEqual({ name: 'South Korea', entityKind: 'Government' });
    expect(d.search.edges.map((e: any) => e.node.id)).toContain('org:upstage');
    expect(d.government.country).toBe('KR');
    expect(d.government.consortia.length).toBeGreaterThanOrEqual(3);
    expect(d.organization.consortia).toContainEqual({ role: 'LEADER', consortium: { name: 'LG AI Research consortium' } });
    expect(d.consortium.leader.name).toBe('LG AI Research');
    expect(d.initiatives.totalCount).toBeGreaterThan(0);
    const counts = d.consortia.edges.map((e: any) => e.memberCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(d.articles.totalCount).toBe(60);
    expect(d.articles.edges[0].node.sentences.length).toBeGreaterThan(3);

    const kaist = await gql(server, `{ organization(name: "KAIST") { id } }`);
    const graphView = await gql(
      server,
      `query ($from: ID!) {
        path(from: $from, to: "org:upstage", maxHops: 6) { length steps { type evidence { sentence } } }
        neighborhood(id: "consortium:lg-ai-research-consortium", depth: 2, limit: 50) { nodes { id label } edges { type } }
        coMembers(organization: "KAIST") { organization { name } consortium { name } }
        byFocus: fundingSummary(groupBy: FOCUS) { key count }
        byYear: fundingSummary(groupBy: YEAR) { key totalUsd }
        stats { articles }
      }`,
      { from: kaist.data.organization.id },
    );
    expect(graphView.errors).toBeUndefined();
    const g = graphView.data;
    expect(g.path.length).toBeGreaterThan(0);
    for (const step of g.path.steps) expect(step.evidence.length).toBeGreaterThan(0);
    expect(g.neighborhood.nodes.length).toBeGreaterThan(5);
    expect(g.coMembers.length).toBeGreaterThan(3);
    expect(g.byFocus.length).toBeGreaterThan(3);
    expect(g.byYear.map((b: any) => b.key)).toEqual(expect.arrayContaining(['2025']));
  });
});

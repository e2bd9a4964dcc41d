import type { ApiServer } from '../../src/api';
import type { Graph } from '../../src/graph';
import { ArticleBuilder } from '../helpers/buildFacts';
import { openTestGraph, resetGraph } from '../helpers/testGraph';
import { gql, startTestServer } from '../helpers/testServer';

// The relationship and dashboard queries on a small hand-made graph:
// two countries, two consortia sharing a member, funding in two years.

async function seed(graph: Graph): Promise<void> {
  const kr = new ArticleBuilder('kr1', { title: 'Korea picks teams', published: '2025-08-04' });
  kr.sentence('The Ministry of Science and ICT launched the Sovereign AI Model Project.');
  kr.entity('Government', 'gov:KR', 'South Korea', { country: 'KR' }, ['Korea'])
    .entity('Agency', 'agency:msit', 'Ministry of Science and ICT')
    .entity('Initiative', 'initiative:sovereign-ai-model-project', 'Sovereign AI Model Project', { startDate: '2025-08-04' })
    .relate('PART_OF', 'agency:msit', 'gov:KR')
    .relate('LAUNCHED', 'gov:KR', 'initiative:sovereign-ai-model-project');
  kr.sentence('A team led by Upstage includes Flitto and Lablup.');
  kr.entity('Organization', 'org:upstage', 'Upstage', { kind: 'company', country: 'KR' })
    .entity('Organization', 'org:flitto', 'Flitto', { kind: 'company' })
    .entity('Organization', 'org:lablup', 'Lablup', { kind: 'company' })
    .entity('Consortium', 'consortium:upstage-consortium', 'Upstage consortium', { statedMemberCount: 3, status: 'selected' }, ['team led by Upstage'])
    .relate('LEADS', 'org:upstage', 'consortium:upstage-consortium')
    .relate('MEMBER_OF', 'org:upstage', 'consortium:upstage-consortium')
    .relate('MEMBER_OF', 'org:flitto', 'consortium:upstage-consortium')
    .relate('MEMBER_OF', 'org:lablup', 'consortium:upstage-consortium')
    .relate('PART_OF', 'consortium:upstage-consortium', 'initiative:sovereign-ai-model-project');
  kr.sentence('A second team led by LG AI Research includes Lablup, LG Uplus and Hancom, with 200 billion won of support.');
  kr.entity('Organization', 'org:lg-ai-research', 'LG AI Research', { kind: 'research' })
    .entity('Organization', 'org:lg-uplus', 'LG Uplus', { kind: 'company' })
    .entity('Organization', 'org:hancom', 'Hancom', { kind: 'company' })
    .entity('Consortium', 'consortium:lg-ai-research-consortium', 'LG AI Research consortium', { statedMemberCount: 4 })
    .entity('Funding', 'funding:kr1', '200 billion won', { amount: 2e11, currency: 'KRW', amountUsd: 1.44e8, usdSource: 'fx:2025-08-01', announced: '2025-08-04', text: '200 billion won' })
    .entity('FocusArea', 'focus:llm-foundation-model', 'LLM / foundation model')
    .relate('LEADS', 'org:lg-ai-research', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:lg-ai-research', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:lablup', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:lg-uplus', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:hancom', 'consortium:lg-ai-research-consortium')
    .relate('PART_OF', 'consortium:lg-ai-research-consortium', 'initiative:sovereign-ai-model-project')
    .relate('PROVIDED', 'gov:KR', 'funding:kr1')
    .relate('TO', 'funding:kr1', 'consortium:lg-ai-research-consortium')
    .relate('FOCUSES_ON', 'consortium:lg-ai-research-consortium', 'focus:llm-foundation-model');
  kr.sentence('LG AI Research develops the EXAONE model.');
  kr.entity('Model', 'model:exaone', 'EXAONE').relate('DEVELOPS', 'org:lg-ai-research', 'model:exaone');
  await kr.write(graph);

  const jp = new ArticleBuilder('jp1', { title: 'Japan funds SoftBank venture', published: '2026-01-20' });
  jp.sentence('Japan will provide up to 1 trillion yen to a consortium led by SoftBank, including Sony.');
  jp.entity('Government', 'gov:JP', 'Japan', { country: 'JP' })
    .entity('Organization', 'org:softbank', 'SoftBank', { kind: 'company' }, ['SoftBank Group'])
    .entity('Organization', 'org:sony', 'Sony', { kind: 'company' })
    .entity('Consortium', 'consortium:softbank-consortium', 'SoftBank consortium', { statedMemberCount: 9 })
    .entity('Funding', 'funding:jp1', 'up to 1 trillion yen', { amount: 1e12, currency: 'JPY', amountUsd: 6.2e9, usdSource: 'article', announced: '2026-01-20', upTo: true, text: 'up to 1 trillion yen' })
    .relate('LEADS', 'org:softbank', 'consortium:softbank-consortium')
    .relate('MEMBER_OF', 'org:softbank', 'consortium:softbank-consortium')
    .relate('MEMBER_OF', 'org:sony', 'consortium:softbank-consortium')
    .relate('PROVIDED', 'gov:JP', 'funding:jp1')
    .relate('TO', 'funding:jp1', 'consortium:softbank-consortium');
  await jp.write(graph);
}

describe('GraphQL relationship and dashboard queries', () => {
  let graph: Graph;
  let server: ApiServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    await seed(graph);
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('finds entities by name prefix and alias, filtered by kind, best first', async () => {
    const res = await gql(server, `{ search(text: "softb", kinds: [Organization]) { totalCount edges { node { id name entityKind } } } }`);
    expect(res.data.search).toEqual({ totalCount: 1, edges: [{ node: { id: 'org:softbank', name: 'SoftBank', entityKind: 'Organization' } }] });
    const byAlias = await gql(server, `{ search(text: "SoftBank Group") { edges { node { id } } } }`);
    expect(byAlias.data.search.edges[0].node.id).toBe('org:softbank');
  });

  it('pages search results with after', async () => {
    const first = await gql(server, `{ search(text: "LG", first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(first.data.search.totalCount).toBeGreaterThanOrEqual(2);
    const next = await gql(server, `query ($after: String) { search(text: "LG", first: 1, after: $after) { edges { node { id } } } }`, {
      after: first.data.search.pageInfo.endCursor,
    });
    expect(next.data.search.edges[0].node.id).not.toBe(first.data.search.edges[0].node.id);
  });

  it('returns any entity by id with its type', async () => {
    const res = await gql(server, `{ entity(id: "model:exaone") { __typename name ... on Model { developers { name } } } }`);
    expect(res.data.entity).toEqual({ __typename: 'Model', name: 'EXAONE', developers: [{ name: 'LG AI Research' }] });
  });

  it("lists a government's agencies, initiatives, consortia and funding", async () => {
    const res = await gql(server, `{ government(country: "Korea") { agencies { name } initiatives { name } consortia { name } funding { funding { currency } } } }`);
    expect(res.data.government).toEqual({
      agencies: [{ name: 'Ministry of Science and ICT' }],
      initiatives: [{ name: 'Sovereign AI Model Project' }],
      consortia: [{ name: 'LG AI Research consortium' }, { name: 'Upstage consortium' }],
      funding: [{ funding: { currency: 'KRW' } }],
    });
  });

  it("lists an organisation's initiatives, governments via funding, and models", async () => {
    const res = await gql(server, `{ organization(name: "lg ai research") { initiatives { name } models { name } consortia { role } } }`);
    expect(res.data.organization).toEqual({ initiatives: [{ name: 'Sovereign AI Model Project' }], models: [{ name: 'EXAONE' }], consortia: [{ role: 'LEADER' }] });
  });

  it('lists organisations by kind and by how many consortia they sit in', async () => {
    const multi = await gql(server, `{ organizations(where: {minConsortia: 2}) { totalCount edges { node { name } consortiumCount } } }`);
    expect(multi.data.organizations).toEqual({ totalCount: 1, edges: [{ node: { name: 'Lablup' }, consortiumCount: 2 }] });
    const research = await gql(server, `{ organizations(where: {kind: "research"}) { edges { node { name kind } } } }`);
    expect(research.data.organizations.edges).toEqual([{ node: { name: 'LG AI Research', kind: 'research' } }]);
    const bad = await gql(server, `{ organizations(where: {kind: "bank"}) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers coMembers with the shared consortium and evidence', async () => {
    const res = await gql(server, `{ coMembers(organization: "Lablup") { organization { name } consortium { name } evidence { sentence } } }`);
    expect(res.errors).toBeUndefined();
    const pairs = res.data.coMembers.map((c: any) => `${c.organization.name}@${c.consortium.name}`);
    expect(pairs).toEqual(['Flitto@Upstage consortium', 'Hancom@LG AI Research consortium', 'LG AI Research@LG AI Research consortium', 'LG Uplus@LG AI Research consortium', 'Upstage@Upstage consortium']);
    expect(res.data.coMembers[0].evidence[0].sentence).toMatch(/Upstage includes Flitto and Lablup/);
  });

  it('finds the shortest path between two organisations with evidence on each step', async () => {
    const res = await gql(server, `{ path(from: "org:flitto", to: "org:hancom", maxHops: 4) { length nodes { id } steps { type evidence { sentence } } } }`);
    expect(res.data.path.length).toBe(4);
    const ids = res.data.path.nodes.map((n: any) => n.id);
    // Two shortest routes exist (through Lablup or through the initiative); either is right.
    expect(ids).toEqual(['org:flitto', 'consortium:upstage-consortium', expect.stringMatching(/^(org:lablup|initiative:)/), 'consortium:lg-ai-research-consortium', 'org:hancom']);
    for (const step of res.data.path.steps) expect(step.evidence.length).toBeGreaterThan(0);
  });

  it('returns null when no path exists within maxHops', async () => {
    const res = await gql(server, `{ path(from: "org:flitto", to: "org:sony", maxHops: 6) { length } }`);
    expect(res.data.path).toBeNull();
  });

  it('returns a neighborhood as nodes and edges among them, honouring the limit', async () => {
    const res = await gql(server, `{ neighborhood(id: "consortium:upstage-consortium", depth: 1, limit: 10) { nodes { id label } edges { type from to } } }`);
    expect(res.errors).toBeUndefined();
    const ids = res.data.neighborhood.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual(['consortium:upstage-consortium', 'initiative:sovereign-ai-model-project', 'org:flitto', 'org:lablup', 'org:upstage']);
    expect(res.data.neighborhood.edges).toContainEqual({ type: 'LEADS', from: 'org:upstage', to: 'consortium:upstage-consortium' });
    const limited = await gql(server, `{ neighborhood(id: "consortium:upstage-consortium", depth: 2, limit: 3) { nodes { id } } }`);
    expect(limited.data.neighborhood.nodes).toHaveLength(3);
  });

  it('orders consortia by member count and by funding, with filters', async () => {
    const byMembers = await gql(server, `{ consortia(orderBy: {field: MEMBER_COUNT}) { totalCount edges { node { name } memberCount } } }`);
    expect(byMembers.data.consortia.edges.map((e: any) => [e.node.name, e.memberCount])).toEqual([
      ['LG AI Research consortium', 4],
      ['Upstage consortium', 3],
      ['SoftBank consortium', 2],
    ]);
    const byFunding = await gql(server, `{ consortia(orderBy: {field: FUNDING_USD}, first: 1) { edges { node { name } fundingUsd } pageInfo { hasNextPage } } }`);
    expect(byFunding.data.consortia).toEqual({ edges: [{ node: { name: 'SoftBank consortium' }, fundingUsd: 6.2e9 }], pageInfo: { hasNextPage: true } });
    const korean = await gql(server, `{ consortia(where: {country: "KR", minMembers: 4}) { edges { node { name } } } }`);
    expect(korean.data.consortia.edges).toEqual([{ node: { name: 'LG AI Research consortium' } }]);
  });

  it('filters initiatives by country', async () => {
    const res = await gql(server, `{ initiatives(where: {country: "KR"}) { totalCount edges { node { name governments { name } consortia { name } } } } }`);
    expect(res.data.initiatives.totalCount).toBe(1);
    expect(res.data.initiatives.edges[0].node.consortia).toHaveLength(2);
  });

  it('sums funding in USD by country, focus area and year', async () => {
    const res = await gql(server, `{ c: fundingSummary(groupBy: COUNTRY) { key totalUsd count } f: fundingSummary(groupBy: FOCUS) { key count } y: fundingSummary(groupBy: YEAR) { key totalUsd } }`);
    expect(res.data.c).toEqual([
      { key: 'JP', totalUsd: 6.2e9, count: 1 },
      { key: 'KR', totalUsd: 1.44e8, count: 1 },
    ]);
    expect(res.data.f).toContainEqual({ key: 'focus:llm-foundation-model', count: 1 });
    expect(res.data.y).toEqual([
      { key: '2025', totalUsd: 1.44e8 },
      { key: '2026', totalUsd: 6.2e9 },
    ]);
  });

  it('reports counts per label and type, articles and last ingest', async () => {
    const res = await gql(server, `{ stats { nodes { name count } relationships { name count } articles lastIngestAt } }`);
    const nodes = Object.fromEntries(res.data.stats.nodes.map((n: any) => [n.name, n.count]));
    expect(nodes).toMatchObject({ Organization: 8, Consortium: 3, Government: 2, Funding: 2 });
    expect(res.data.stats.articles).toBe(2);
    expect(res.data.stats.lastIngestAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('lists articles and shows one with its sentences and facts', async () => {
    const list = await gql(server, `{ articles { totalCount edges { node { id title } } } }`);
    expect(list.data.articles.edges.map((e: any) => e.node.id)).toEqual(['jp1', 'kr1']);
    const one = await gql(server, `{ article(id: "jp1") { sentences facts { type from { id } to { id } evidence { sentenceIndex } } } }`);
    expect(one.data.article.sentences).toHaveLength(1);
    expect(one.data.article.facts).toContainEqual({ type: 'LEADS', from: { id: 'org:softbank' }, to: { id: 'consortium:softbank-consortium' }, evidence: [{ sentenceIndex: 0 }] });
  });

  it('serves Prometheus metrics with per-operation request counts', async () => {
    await gql(server, `query NamedOp { stats { articles } }`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/sovgraph_graphql_requests_total\{operation="NamedOp",outcome="ok"\} 1/);
    expect(text).toMatch(/sovgraph_neo4j_query_duration_seconds_count\{mode="read",outcome="ok"\} \d+/);
  });
});

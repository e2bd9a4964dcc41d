import { auditServer } from 'graphql-http';
import type { ApiServer } from '../../src/api';
import type { Graph } from '../../src/graph';
import { ArticleBuilder } from '../helpers/buildFacts';
import { openTestGraph, resetGraph } from '../helpers/testGraph';
import { gql, startTestServer } from '../helpers/testServer';

// Transport conformance and request bounds of the real server.

describe('GraphQL over HTTP', () => {
  let graph: Graph;
  let server: ApiServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('passes every MUST audit of graphql-http', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const counts = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    console.log(`graphql-http audits: ${results.length} run, ${JSON.stringify(counts)}`);
    const failedMust = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failedMust).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });

  it('refuses a body over the size limit with 413 before parsing it', async () => {
    const big = JSON.stringify({ query: `{ stats { articles } }`, variables: { pad: 'x'.repeat(200_000) } });
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(response.status).toBe(413);
  });

  it('refuses batched operations, so a batch cannot slip past the per-operation limits', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ consortia(first: 100) { totalCount } }' }));
    const before = graph.queryCount();
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(response.status).toBe(400);
    expect(graph.queryCount()).toBe(before);
  });

  it('counts aliased copies of a field toward the cost limit', async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `c${i}: consortia(first: 100) { edges { node { name } } }`).join(' ');
    const before = graph.queryCount();
    const res = await gql(server, `{ ${aliases} }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(graph.queryCount()).toBe(before);
  });
});

describe('Cypher round trips per request', () => {
  let graph: Graph;
  let server: ApiServer;
  const NESTED = `query ($first: Int) {
    consortia(first: $first) {
      edges { node { name members(first: 10) { edges { role node { name } evidence { sentence article { title url } } } } } }
    }
  }`;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    for (let a = 0; a < 5; a += 1) {
      const article = new ArticleBuilder(`n1-${a}`);
      for (let c = 0; c < 10; c += 1) {
        const n = a * 10 + c;
        article.sentence(`Consortium ${n} is led by Leader ${n} with Member ${n}a and Member ${n}b.`);
        article.entity('Consortium', `consortium:c${n}`, `C${String(n).padStart(2, '0')} consortium`);
        for (const m of [`leader-${n}`, `member-${n}a`, `member-${n}b`]) {
          article.entity('Organization', `org:${m}`, m).relate('MEMBER_OF', `org:${m}`, `consortium:c${n}`);
        }
        article.relate('LEADS', `org:leader-${n}`, `consortium:c${n}`);
      }
      await article.write(graph);
    }
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  async function roundTrips(first: number): Promise<{ trips: number; consortia: number; evidence: number }> {
    const before = graph.queryCount();
    const res = await gql(server, NESTED, { first });
    expect(res.errors).toBeUndefined();
    const edges = res.data.consortia.edges;
    const evidence = edges.flatMap((e: any) => e.node.members.edges.flatMap((m: any) => m.evidence)).length;
    return { trips: graph.queryCount() - before, consortia: edges.length, evidence };
  }

  it('answers a lookup with nested relationships and evidence in one statement', async () => {
    const before = graph.queryCount();
    const res = await gql(server, `{
      consortium(name: "c07 CONSORTIUM") {
        name
        leader { name }
        members(first: 10) { totalCount edges { role node { name consortia { role consortium { name } } } evidence { sentence article { title } } } }
      }
    }`);
    expect(graph.queryCount() - before).toBe(1);
    expect(res.errors).toBeUndefined();
    const c = res.data.consortium;
    expect(c.leader.name).toBe('leader-7');
    expect(c.members.totalCount).toBe(3);
    expect(c.members.edges.map((e: any) => [e.role, e.node.name])).toEqual([['LEADER', 'leader-7'], ['MEMBER', 'member-7a'], ['MEMBER', 'member-7b']]);
    expect(c.members.edges[1].node.consortia).toEqual([{ role: 'MEMBER', consortium: { name: 'C07 consortium' } }]);
    expect(c.members.edges[2].evidence).toEqual([{ sentence: 'Consortium 7 is led by Leader 7 with Member 7a and Member 7b.', article: { title: expect.any(String) } }]);
  });

  it('reads fields selected through fragments and aliases in the same statement', async () => {
    const before = graph.queryCount();
    const res = await gql(server, `
      fragment M on OrganizationMembership { role consortium { name leader { name } } }
      { organization(name: "member-12b") { name ... on Organization { consortia { ...M } } again: consortia { evidence { sentence } } } }`);
    expect(graph.queryCount() - before).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(res.data.organization.consortia).toEqual([{ role: 'MEMBER', consortium: { name: 'C12 consortium', leader: { name: 'leader-12' } } }]);
    expect(res.data.organization.again[0].evidence[0].sentence).toBe('Consortium 12 is led by Leader 12 with Member 12a and Member 12b.');
  });

  it('reads evidence for the requested page of members only, still in one statement', async () => {
    const query = `query ($after: String) { consortium(name: "C08 consortium") { members(first: 1, after: $after) { edges { cursor role node { name } evidence { sentence } } } } }`;
    const first = await gql(server, query, {});
    const before = graph.queryCount();
    const second = await gql(server, query, { after: first.data.consortium.members.edges[0].cursor });
    expect(graph.queryCount() - before).toBe(1);
    expect(first.data.consortium.members.edges.map((e: any) => [e.role, e.node.name])).toEqual([['LEADER', 'leader-8']]);
    expect(second.data.consortium.members.edges.map((e: any) => [e.role, e.node.name])).toEqual([['MEMBER', 'member-8a']]);
    expect(second.data.consortium.members.edges[0].evidence).toEqual([{ sentence: 'Consortium 8 is led by Leader 8 with Member 8a and Member 8b.' }]);
  });

  it('reads a path with the evidence of every step in one statement', async () => {
    const before = graph.queryCount();
    const res = await gql(server, `{ path(from: "org:leader-7", to: "org:member-7a") { length steps { type sources evidence { sentence } } } }`);
    expect(graph.queryCount() - before).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(res.data.path.length).toBe(2);
    for (const step of res.data.path.steps) {
      // The leader reaches the consortium over LEADS or MEMBER_OF: both are one hop.
      expect(['MEMBER_OF', 'LEADS']).toContain(step.type);
      expect(step.sources).toHaveLength(1);
      expect(step.evidence).toEqual([{ sentence: 'Consortium 7 is led by Leader 7 with Member 7a and Member 7b.' }]);
    }
  });

  it('stays bounded by the fields of a query over 50 consortia × members × evidence, not by its results', async () => {
    const small = await roundTrips(5);
    const large = await roundTrips(50);
    console.log(`round trips: ${small.trips} for ${small.consortia} consortia, ${large.trips} for ${large.consortia} consortia (${large.evidence} evidence sentences)`);
    expect(large.consortia).toBe(50);
    expect(large.evidence).toBe(150);
    // consortia list + MEMBER_OF loader + LEADS loader + evidence loader
    expect(large.trips).toBeLessThanOrEqual(4);
    expect(large.trips).toBe(small.trips);
  });
});

import path from 'node:path';
import type { ApiServer } from '../../src/api';
import type { Graph } from '../../src/graph';
import { runCli } from '../helpers/runCli';
import { openTestGraph, resetGraph } from '../helpers/testGraph';
import { gql, startTestServer } from '../helpers/testServer';

// The first queries of DESIGN.md's GraphQL core, over the real HTTP server.

describe('GraphQL lookups', () => {
  let graph: Graph;
  let server: ApiServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    await runCli('ingest', path.join(__dirname, '../fixtures/articles/japan-physical-ai-consortium.md'));
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('answers consortium(name) by alias in any case, with members, roles and the sentence as evidence', async () => {
    const res = await gql(
      server,
      `query ($name: String!) {
        consortium(name: $name) {
          name statedMemberCount
          leader { name }
          members(first: 10) {
            totalCount
            edges { role node { name } evidence { sentence article { title url published } } }
          }
        }
      }`,
      { name: 'SOFTBANK CONSORTIUM' },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.consortium;
    expect(c).toMatchObject({ name: 'SoftBank consortium', statedMemberCount: 9, leader: { name: 'SoftBank' } });
    expect(c.members.totalCount).toBe(4);
    expect(c.members.edges[0]).toMatchObject({ role: 'LEADER', node: { name: 'SoftBank' } });
    expect(c.members.edges.slice(1).map((e: { role: string }) => e.role)).toEqual(['MEMBER', 'MEMBER', 'MEMBER']);
    const sony = c.members.edges.find((e: { node: { name: string } }) => e.node.name === 'Sony');
    expect(sony.evidence[0].sentence).toMatch(/Sony/);
    expect(sony.evidence[0].article).toEqual({
      title: 'Tokyo commits up to ¥1 trillion to a SoftBank-led sovereign AI venture',
      url: 'https://www.reuters.com/technology/',
      published: '2026-01-20',
    });
  });

  it('answers organization(name) with the consortia it sits in and its role', async () => {
    const res = await gql(server, `{ organization(name: "honda") { name consortia { role consortium { name } } } }`);
    expect(res.data).toEqual({ organization: { name: 'Honda', consortia: [{ role: 'MEMBER', consortium: { name: 'SoftBank consortium' } }] } });
  });

  it('answers government(country) by ISO code and by name, with the funding it provided', async () => {
    const query = `query ($c: String!) { government(country: $c) { id name funding { funding { amount currency amountUsd usdSource } evidence { sentence } } } }`;
    const byCode = await gql(server, query, { c: 'jp' });
    const byName = await gql(server, query, { c: 'Japan' });
    expect(byCode.data.government).toEqual(byName.data.government);
    expect(byCode.data.government.funding[0].funding).toEqual({ amount: 1e12, currency: 'JPY', amountUsd: 6.2e9, usdSource: 'article' });
    expect(byCode.data.government.funding[0].evidence[0].sentence).toMatch(/1 trillion yen/);
  });

  it('returns null for an unknown name rather than an error', async () => {
    const res = await gql(server, `{ organization(name: "Nobody Inc") { name } }`);
    expect(res).toEqual({ data: { organization: null } });
  });

  it('refuses a page over 100 with BAD_USER_INPUT before touching Neo4j', async () => {
    const before = graph.queryCount();
    const res = await gql(server, `{ consortium(name: "SoftBank consortium") { members(first: 500) { totalCount } } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(graph.queryCount()).toBe(before);
  });

  it('refuses an over-deep query with QUERY_TOO_COMPLEX', async () => {
    const deep = `{ organization(name: "Sony") { consortia { consortium { members { edges { node { consortia { consortium { members { edges { node { consortia { consortium { name } } } } } } } } } } } } } }`;
    const res = await gql(server, deep);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });
});

import pino from 'pino';
import { createServer, type ApiServer } from '../../src/api';
import { hashApiKey } from '../../src/api/auth';
import type { Graph } from '../../src/graph';
import { ArticleBuilder } from '../helpers/buildFacts';
import { graphCounts, openTestGraph, resetGraph } from '../helpers/testGraph';

// Who may do what: keyed writes, optional keyed reads, rate limit, CORS,
// introspection and error masking, on the real server.

const KEY = 'test-key-0123456789';

async function post(server: ApiServer, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe('API security', () => {
  let graph: Graph;
  const servers: ApiServer[] = [];
  const start = async (security: Parameters<typeof createServer>[0]['security']) => {
    const server = await createServer({ graph, port: 0, queryTimeoutMs: 10_000, security });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    const a = new ArticleBuilder('sec1');
    a.sentence('Naver Cloud leads a team with Twelve Labs.');
    a.entity('Organization', 'org:naver-cloud', 'Naver Cloud')
      .entity('Organization', 'org:naver-cloud-corp', 'Naver Cloud Corp')
      .entity('Organization', 'org:twelve-labs', 'Twelve Labs')
      .entity('Consortium', 'consortium:naver-cloud-consortium', 'Naver Cloud consortium')
      .relate('LEADS', 'org:naver-cloud', 'consortium:naver-cloud-consortium')
      .relate('MEMBER_OF', 'org:naver-cloud', 'consortium:naver-cloud-consortium')
      .relate('MEMBER_OF', 'org:naver-cloud-corp', 'consortium:naver-cloud-consortium')
      .relate('MEMBER_OF', 'org:twelve-labs', 'consortium:naver-cloud-consortium');
    await a.write(graph);
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await graph.close();
  });

  it('refuses curation mutations without a valid key and changes nothing', async () => {
    const server = await start({ apiKeyHashes: [hashApiKey(KEY)] });
    const before = await graphCounts(graph);
    for (const headers of [{}, { authorization: 'Bearer wrong-key' }] as Record<string, string>[]) {
      const res = await post(server, `mutation { retractArticle(id: "sec1") }`, headers);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('adds an alias and merges two entities with a valid key, keeping provenance', async () => {
    const server = await start({ apiKeyHashes: [hashApiKey(KEY)] });
    const auth = { authorization: `Bearer ${KEY}` };
    const alias = await post(server, `mutation { addAlias(id: "org:twelve-labs", alias: "TwelveLabs") { aliases } }`, auth);
    expect(alias.body.data.addAlias.aliases).toContain('TwelveLabs');

    const merged = await post(server, `mutation { mergeEntities(keep: "org:naver-cloud", remove: "org:naver-cloud-corp") { id aliases } }`, { 'x-api-key': KEY });
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergeEntities).toEqual({ id: 'org:naver-cloud', aliases: ['Naver Cloud Corp'] });
    const members = await graph.read<{ name: string; sources: string[] }>(
      'MATCH (o:Organization)-[r:MEMBER_OF]->(:Consortium) RETURN o.name AS name, r.sources AS sources ORDER BY name',
    );
    expect(members).toEqual([
      { name: 'Naver Cloud', sources: ['sec1'] },
      { name: 'Twelve Labs', sources: ['sec1'] },
    ]);
  });

  it('lands a later ingest of a merged-away id on the entity it was merged into', async () => {
    const again = new ArticleBuilder('sec2');
    again.sentence('Naver Cloud Corp said it would appeal.');
    again.entity('Organization', 'org:naver-cloud-corp', 'Naver Cloud Corp');
    await again.write(graph);
    // An entity's sources are the articles that mention it.
    const rows = await graph.read<{ id: string; sources: string[] }>(
      'MATCH (o:Organization) WHERE o.name STARTS WITH "Naver" RETURN o.id AS id, COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN a.id } AS sources',
    );
    expect(rows).toEqual([{ id: 'org:naver-cloud', sources: expect.arrayContaining(['sec1', 'sec2']) }]);
  });

  it('refuses to merge entities of different kinds', async () => {
    const server = await start({ apiKeyHashes: [hashApiKey(KEY)] });
    const res = await post(server, `mutation { mergeEntities(keep: "org:twelve-labs", remove: "consortium:naver-cloud-consortium") { id } }`, {
      authorization: `Bearer ${KEY}`,
    });
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/same kind/) });
  });

  it('ingests and retracts an article through the API with a key', async () => {
    const server = await start({ apiKeyHashes: [hashApiKey(KEY)] });
    const auth = { authorization: `Bearer ${KEY}` };
    const ingest = await post(
      server,
      `mutation ($input: ArticleInputData!) { ingestArticle(input: $input) { articleId status entities } }`,
      auth,
      { input: { title: 'Upstage team', body: 'The Korean government selected a consortium led by Upstage, including Flitto and Lablup.', published: '2025-08-04' } },
    );
    expect(ingest.body.errors).toBeUndefined();
    expect(ingest.body.data.ingestArticle).toMatchObject({ status: 'new', entities: expect.any(Number) });
    const id = ingest.body.data.ingestArticle.articleId;
    const retract = await post(server, `mutation ($id: ID!) { retractArticle(id: $id) }`, auth, { id });
    expect(retract.body.data.retractArticle).toBe(true);
    expect(await graph.read('MATCH (a:Article {id: $id}) RETURN a', { id })).toHaveLength(0);
  });

  it('asks for a key on reads only when configured', async () => {
    const keyed = await start({ apiKeyHashes: [hashApiKey(KEY)], readsRequireKey: true });
    expect((await post(keyed, '{ stats { articles } }')).status).toBe(401);
    expect((await post(keyed, '{ stats { articles } }', { authorization: `Bearer ${KEY}` })).status).toBe(200);
  });

  it('answers 429 with Retry-After past the per-client rate limit', async () => {
    const limited = await start({ rateLimitPerMinute: 3, rateLimitLocalhost: true });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const res = await post(limited, '{ stats { articles } }');
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const localhostExempt = await start({ rateLimitPerMinute: 1 });
    for (let i = 0; i < 3; i += 1) expect((await post(localhostExempt, '{ stats { articles } }')).status).toBe(200);
  });

  it('sends CORS headers only for configured origins', async () => {
    const server = await start({ corsOrigins: ['https://dash.example.org'] });
    const allowed = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    const other = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('turns introspection off when configured', async () => {
    const server = await start({ introspection: false });
    const res = await post(server, '{ __schema { types { name } } }');
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it('shows no stack traces in production mode', async () => {
    const dev = await start({});
    const prod = await start({ production: true });
    const bad = `{ path(from: "nope", to: "org:twelve-labs") { length } }`;
    expect((await post(dev, bad)).body.errors[0].extensions.stacktrace).toBeDefined();
    const res = await post(prod, bad);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('logs neither API keys nor article text', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const server = await createServer({ graph, port: 0, queryTimeoutMs: 10_000, logger, security: { apiKeyHashes: [hashApiKey(KEY)] } });
    servers.push(server);
    const body = 'A consortium led by Secretive Labs, including Hidden Partners, won a national programme.';
    await post(server, `mutation ($input: ArticleInputData!) { ingestArticle(input: $input) { status } }`, { authorization: `Bearer ${KEY}` }, { input: { title: 'Logged?', body } });
    await post(server, `{ stats { articles } }`, { authorization: `Bearer ${KEY}` });
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(KEY);
    expect(log).not.toContain('Secretive Labs');
  });

  it('blocks simple GET requests that could be CSRF', async () => {
    const server = await start({});
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});

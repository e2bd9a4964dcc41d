import { createServer, type ApiServer } from '../../src/api';
import type { Graph } from '../../src/graph';

/** The real HTTP server on a free loopback port, over the test graph. */
export function startTestServer(graph: Graph): Promise<ApiServer> {
  return createServer({ graph, port: 0, queryTimeoutMs: 10_000 });
}

/** GraphQL response body. */
export interface GqlResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL request to the server, as a client would. */
export async function gql<T = any>(server: ApiServer, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResponse<T>;
}

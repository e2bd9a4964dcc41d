/** Where the public GraphQL API answers; the explorer uses nothing else. */
export const GRAPHQL_URL = '/graphql';

/** A failed request, with a message meant for the reader of the page. */
export class RequestError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'RequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * POSTs a GraphQL operation to the API as JSON and returns its data; network
 * failures, HTTP errors and GraphQL errors all become a {@link RequestError}
 * that says what went wrong in words.
 */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    // content-type application/json is what lets Apollo's CSRF prevention accept the POST.
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new RequestError('Could not reach the API. Check that the server is running and try again.');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new RequestError(`The API answered with HTTP ${response.status} and no readable result.`);
  }
  const first = body.errors?.[0];
  if (first) throw new RequestError(`The API refused the request: ${first.message}`, first.extensions?.code);
  if (!response.ok || !body.data) throw new RequestError(`The API answered with HTTP ${response.status} and no data.`);
  return body.data;
}

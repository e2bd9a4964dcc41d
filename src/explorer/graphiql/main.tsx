import 'graphiql/graphiql.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../api/request';
import { fetchSchema } from './fetchSchema';

const EXAMPLE = `# The SoftBank consortium: leader, members with roles, and the sentence behind each fact.
{
  consortium(name: "softbank consortium") {
    name
    statedMemberCount
    members(first: 20) {
      totalCount
      edges { role node { name } evidence { sentence article { title url } } }
    }
  }
}
`;

/** Sends GraphiQL's operations to the API as JSON POSTs, the same way the explorer does. */
async function fetchGraphQL(params: unknown): Promise<unknown> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

// GraphiQL, bundled from npm with its CodeMirror 5 editor: it works offline, no CDN.
// The schema is fetched first (see fetchSchema) so GraphiQL never sends its own, too deep, introspection.
void fetchSchema().then((schema) => {
  createRoot(document.getElementById('graphiql') as HTMLElement).render(<GraphiQL fetcher={fetchGraphQL} schema={schema} defaultQuery={EXAMPLE} />);
});

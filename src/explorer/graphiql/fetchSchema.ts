import type { IntrospectionQuery } from 'graphql';
import { requestGraphQL } from '../api/request';

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INPUT_VALUE = `name description defaultValue type { ${TYPE_REF} }`;

// GraphiQL's own introspection query nests 15 levels and the API refuses
// operations deeper than 10 (QUERY_TOO_COMPLEX). This one stops at 9: enough
// for the deepest wrapper the schema uses ([X!]! = NON_NULL > LIST > NON_NULL > X).
const INTROSPECTION = `query ExplorerIntrospection {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types {
      kind name description
      fields(includeDeprecated: true) { name description args { ${INPUT_VALUE} } type { ${TYPE_REF} } isDeprecated deprecationReason }
      inputFields { ${INPUT_VALUE} }
      interfaces { ${TYPE_REF} }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ${TYPE_REF} }
    }
    directives { name description locations args { ${INPUT_VALUE} } }
  }
}`;

/**
 * The API's schema as an introspection result, asked for within the API's
 * depth limit; null when introspection is off or fails (GraphiQL still runs
 * queries then, without docs and completion).
 */
export async function fetchSchema(): Promise<IntrospectionQuery | null> {
  try {
    return await requestGraphQL<IntrospectionQuery>(INTROSPECTION);
  } catch (error) {
    console.warn(`GraphiQL runs without the schema: ${(error as Error).message}`);
    return null;
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { MAX_PAGE_SIZE } from './common/paginate';
import { ApiError, ErrorCode } from './errors';

/** Request limits; exceeded requests are refused before any Cypher runs. */
export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxComplexity: 10000 };

/** Deepest field nesting of the operation (fragments followed, cycles cut). */
export function queryDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      // Introspection (__schema, __type) walks the in-memory schema, never Neo4j: GraphiQL's
      // own schema query nests 15 levels, so it does not count toward the depth limit.
      if (sel.kind === Kind.FIELD && sel.name.value.startsWith('__')) continue;
      if (sel.kind === Kind.FIELD) max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
      else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, seen));
      else if (!seen.has(sel.name.value)) {
        max = Math.max(max, depthOf(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value])));
      }
    }
    return max;
  };
  let depth = 0;
  for (const def of document.definitions) if (def.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, depthOf(def.selectionSet, new Set()));
  return depth;
}

/**
 * Every `first` argument in the operation, literal or from a variable, so an
 * oversized page is refused before any resolver runs.
 */
export function pageSizes(document: DocumentNode, variables: Record<string, unknown>): number[] {
  const sizes: number[] = [];
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'first') return;
      if (node.value.kind === Kind.INT) sizes.push(Number(node.value.value));
      else if (node.value.kind === Kind.VARIABLE && typeof variables[node.value.name.value] === 'number') {
        sizes.push(variables[node.value.name.value] as number);
      }
    },
  });
  return sizes;
}

/**
 * Apollo plugin refusing operations deeper or costlier than the limits, with
 * QUERY_TOO_COMPLEX. A list field costs its `first` (default 20) times its children.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits = DEFAULT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const tooLarge = pageSizes(document, request.variables ?? {}).find((n) => n > MAX_PAGE_SIZE || n < 0);
          if (tooLarge !== undefined) {
            throw new ApiError(ErrorCode.BAD_USER_INPUT, `first must be between 0 and ${MAX_PAGE_SIZE}, got ${tooLarge}`);
          }
          const depth = queryDepth(document);
          if (depth > limits.maxDepth) {
            throw new ApiError(ErrorCode.QUERY_TOO_COMPLEX, `query depth ${depth} exceeds the limit of ${limits.maxDepth}: ask for fewer nested levels`);
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => (typeof args.first === 'number' ? Math.max(1, args.first) * (1 + childComplexity) : undefined),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > limits.maxComplexity) {
            throw new ApiError(ErrorCode.QUERY_TOO_COMPLEX, `query cost ${complexity} exceeds the limit of ${limits.maxComplexity}: ask for fewer fields or smaller pages`);
          }
        },
      };
    },
  };
}

import type { GraphQLResolveInfo } from 'graphql';
import type { EdgeDetail } from '../../graph';
import { descend, rootSelection } from './hopTreeOf';

/** How much of each edge a path or neighbourhood request selects under `edgesField`. */
export function edgeDetailOf(info: GraphQLResolveInfo, edgesField: string): EdgeDetail {
  const edges = descend(rootSelection(info), [edgesField]);
  if (descend(edges, ['evidence']).length > 0) return 'evidence';
  if (descend(edges, ['sources']).length > 0) return 'provenance';
  return 'ends';
}

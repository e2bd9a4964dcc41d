import type { GraphQLResolveInfo } from 'graphql';
import { findEntityWithRelated, type NamedLabel } from '../../graph';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { hopTreeOf } from './hopTreeOf';
import { primeLoaders } from './primeLoaders';

/**
 * Looks a named entity up and, in the same statement, reads every
 * relationship the request selects below it; the loaders are primed so the
 * field resolvers answer without further round trips.
 */
export async function lookupWithRelated(ctx: ApiContext, info: GraphQLResolveInfo, label: NamedLabel, name: string): Promise<Record<string, unknown> | undefined> {
  const tree = hopTreeOf(info, label);
  const found = await orApiError(findEntityWithRelated(ctx.graph, label, name, tree, { timeoutMs: ctx.timeoutMs }));
  if (!found) return undefined;
  primeLoaders(ctx.loaders, label, String(found.props.id), tree, found.related);
  return found.props;
}

import type { EntityLabel, RelationType } from '../../graph';
import type { ApiContext } from '../context';
import type { Neighbour } from '../loaders';

/** Neighbours of `id` over one relationship type, batched per request by the `related` loader. */
export function loadRelated(
  ctx: ApiContext,
  fromLabel: EntityLabel,
  id: string,
  type: RelationType,
  direction: 'out' | 'in',
  toLabel: EntityLabel,
): Promise<Neighbour[]> {
  return ctx.loaders.related.load({ fromLabel, id, type, direction, toLabel });
}

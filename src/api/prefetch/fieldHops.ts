import type { EntityLabel, RelationType } from '../../graph';

/** One relationship a field resolver loads with `loadRelated`. */
export interface FieldHop {
  type: RelationType;
  direction: 'out' | 'in';
  toLabel: EntityLabel;
  /** Where, under the field, the neighbour object is selected ([] = the field itself). */
  nodeAt?: string[];
  /** Where, under the field, this relationship's `evidence` is selected. */
  evidenceAt?: string[];
  /**
   * The field is a Relay connection (first/after) over these rows, ordered by
   * name with rows that also have a `firstIf` relationship first: evidence is
   * read for the requested page only.
   */
  paged?: { firstIf?: RelationType };
}

const hop = (type: RelationType, direction: 'out' | 'in', toLabel: EntityLabel, at: Partial<FieldHop> = {}): FieldHop => ({ type, direction, toLabel, ...at });

/**
 * The single-hop relationship fields, keyed "Type.field", with the hops their
 * resolvers load: the prefetch reads these in the root statement and primes
 * the loaders, so the resolvers find their rows without another round trip.
 * Fields not listed here (multi-hop ones such as Organization.initiatives)
 * still work: their resolvers load what they need through the loaders.
 * Keep in step with the resolvers: a hop listed here that a resolver does
 * not load is only wasted reading, a hop missing here costs a round trip.
 */
export const FIELD_HOPS: Record<string, FieldHop[]> = {
  'Consortium.members': [
    hop('MEMBER_OF', 'in', 'Organization', { nodeAt: ['edges', 'node'], evidenceAt: ['edges', 'evidence'], paged: { firstIf: 'LEADS' } }),
    hop('LEADS', 'in', 'Organization'),
  ],
  'Consortium.leader': [hop('LEADS', 'in', 'Organization', { nodeAt: [] })],
  'Consortium.initiatives': [hop('PART_OF', 'out', 'Initiative', { nodeAt: [] })],
  'Consortium.models': [hop('DEVELOPS', 'out', 'Model', { nodeAt: [] })],
  'Consortium.focusAreas': [hop('FOCUSES_ON', 'out', 'FocusArea', { nodeAt: [] })],
  'Organization.consortia': [
    hop('MEMBER_OF', 'out', 'Consortium', { nodeAt: ['consortium'], evidenceAt: ['evidence'] }),
    hop('LEADS', 'out', 'Consortium'),
  ],
  'Organization.models': [hop('DEVELOPS', 'out', 'Model', { nodeAt: [] })],
  'Initiative.governments': [hop('LAUNCHED', 'in', 'Government', { nodeAt: [] })],
  'Initiative.consortia': [hop('PART_OF', 'in', 'Consortium', { nodeAt: [] })],
  'Initiative.focusAreas': [hop('FOCUSES_ON', 'out', 'FocusArea', { nodeAt: [] })],
  'Government.agencies': [hop('PART_OF', 'in', 'Agency', { nodeAt: [] })],
  'Government.initiatives': [hop('LAUNCHED', 'out', 'Initiative', { nodeAt: [] })],
};

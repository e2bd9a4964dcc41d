/**
 * The ontology of DESIGN.md: node labels and relationship types. Everything
 * that builds Cypher with a label or type takes it from these closed lists.
 */

/** Node labels of named and funding entities. */
export const ENTITY_LABELS = [
  'Government',
  'Agency',
  'Initiative',
  'Consortium',
  'Organization',
  'Funding',
  'FocusArea',
  'Model',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Relationship types between entities (Article-MENTIONS is written separately). */
export const RELATION_TYPES = [
  'LAUNCHED',
  'PROVIDED',
  'TO',
  'LEADS',
  'MEMBER_OF',
  'PART_OF',
  'FOCUSES_ON',
  'DEVELOPS',
  'BASED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Id prefix of each label ("org:softbank"); Government ids are "gov:" + ISO code. */
export const ID_PREFIXES: Record<EntityLabel, string> = {
  Government: 'gov',
  Agency: 'agency',
  Initiative: 'initiative',
  Consortium: 'consortium',
  Organization: 'org',
  Funding: 'funding',
  FocusArea: 'focus',
  Model: 'model',
};

/** The label an id belongs to, from its prefix; undefined for ids no entity can have. */
export function labelOfId(id: string): EntityLabel | undefined {
  const prefix = id.split(':')[0];
  return (Object.keys(ID_PREFIXES) as EntityLabel[]).find((label) => ID_PREFIXES[label] === prefix);
}

/** Relationship types as a Cypher type union ("LAUNCHED|PROVIDED|…"), for traversals that skip MENTIONS. */
export const FACT_TYPES_UNION = RELATION_TYPES.join('|');

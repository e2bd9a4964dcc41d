import { Consortium } from '../consortium/Consortium.type';
import { FocusArea } from '../common/FocusArea.type';
import { fromNode } from '../common/nodes';
import { Government } from '../government/Government.type';
import { Agency, Initiative } from '../initiative/Initiative.type';
import { Model } from '../model/Model.type';
import { Organization } from '../organization/Organization.type';
import type { Entity } from './Entity.type';
import { EntityKind } from './Entity.type';

/** The object type of each entity kind. */
export const ENTITY_TYPES: Record<EntityKind, new () => Entity> = {
  [EntityKind.Government]: Government,
  [EntityKind.Agency]: Agency,
  [EntityKind.Initiative]: Initiative,
  [EntityKind.Consortium]: Consortium,
  [EntityKind.Organization]: Organization,
  [EntityKind.FocusArea]: FocusArea,
  [EntityKind.Model]: Model,
};

/** Id prefix → kind, so a lookup by id names its label and uses the id constraint's index. */
const KIND_BY_PREFIX: Record<string, EntityKind> = {
  gov: EntityKind.Government,
  agency: EntityKind.Agency,
  initiative: EntityKind.Initiative,
  consortium: EntityKind.Consortium,
  org: EntityKind.Organization,
  focus: EntityKind.FocusArea,
  model: EntityKind.Model,
};

/** The kind an id belongs to, from its prefix; undefined for ids no entity can have. */
export function kindOfId(id: string): EntityKind | undefined {
  return KIND_BY_PREFIX[id.split(':')[0]];
}

/** The entity kind among a node's labels, if any. */
export function kindOfLabels(labels: string[]): EntityKind | undefined {
  return labels.find((l): l is EntityKind => l in ENTITY_TYPES);
}

/** An instance of the right entity type for a stored node. */
export function toEntity(kind: EntityKind, props: Record<string, unknown>): Entity {
  return fromNode(ENTITY_TYPES[kind], props);
}

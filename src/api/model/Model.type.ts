import { ObjectType } from 'type-graphql';
import { Entity, EntityKind } from '../entity/Entity.type';

/** A named AI model. */
@ObjectType({ implements: Entity, description: 'A named AI model (EXAONE, Falcon, SEA-LION …).' })
export class Model extends Entity {
  override entityKind = EntityKind.Model;
}

import { ObjectType } from 'type-graphql';
import { Entity, EntityKind } from '../entity/Entity.type';

/** A topic from the focus taxonomy. */
@ObjectType({ implements: Entity, description: 'What a programme, consortium, organisation or model is about ("Physical AI").' })
export class FocusArea extends Entity {
  override entityKind = EntityKind.FocusArea;
}

import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityKind } from '../entity/Entity.type';

/** A programme, mission, national plan or project. */
@ObjectType({ implements: Entity, description: 'A programme, mission, national plan or project.' })
export class Initiative extends Entity {
  override entityKind = EntityKind.Initiative;

  @Field(() => String, { nullable: true, description: 'Stated status, when any.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Start date (YYYY-MM-DD or year), when stated.' })
  startDate!: string | null;
}

/** A ministry or public body. */
@ObjectType({ implements: Entity, description: 'A ministry or public body, part of a government.' })
export class Agency extends Entity {
  override entityKind = EntityKind.Agency;
}

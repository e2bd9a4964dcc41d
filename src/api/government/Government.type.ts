import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityKind } from '../entity/Entity.type';

/** A country's (or the EU's) government. */
@ObjectType({ implements: Entity, description: "A country's or bloc's government (id \"gov:JP\")." })
export class Government extends Entity {
  override entityKind = EntityKind.Government;

  @Field({ description: 'ISO 3166 alpha-2 code ("EU" for the bloc).' })
  country!: string;
}

import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityKind } from '../entity/Entity.type';

/** A company, lab, university, fund or other organisation. */
@ObjectType({ implements: Entity, description: 'A company, lab, university, fund or NGO.' })
export class Organization extends Entity {
  override entityKind = EntityKind.Organization;

  @Field(() => String, { nullable: true, description: 'company, research, university, fund or other, when an article shows it.' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2 code of its home country, when known.' })
  country!: string | null;
}

import { Field, ID, ObjectType } from 'type-graphql';

/** A company, lab, university, fund or other organisation. */
@ObjectType({ description: 'A company, lab, university, fund or NGO.' })
export class Organization {
  @Field(() => ID, { description: 'Stable id from the canonical name ("org:softbank").' })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names seen in articles.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'company, research, university, fund or other, when an article shows it.' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2 code of its home country, when known.' })
  country!: string | null;
}

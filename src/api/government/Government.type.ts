import { Field, ID, ObjectType } from 'type-graphql';

/** A country's (or the EU's) government. */
@ObjectType({ description: "A country's or bloc's government (id \"gov:JP\")." })
export class Government {
  @Field(() => ID, { description: 'Stable id, "gov:" + ISO 3166 alpha-2 code.' })
  id!: string;

  @Field({ description: 'Common English name of the country or bloc.' })
  name!: string;

  @Field({ description: 'ISO 3166 alpha-2 code ("EU" for the bloc).' })
  country!: string;

  @Field(() => [String], { description: 'Other names seen in articles.' })
  aliases!: string[];
}

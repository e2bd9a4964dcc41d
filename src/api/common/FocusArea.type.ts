import { Field, ID, ObjectType } from 'type-graphql';

/** A topic from the focus taxonomy. */
@ObjectType({ description: 'What a programme, consortium, organisation or model is about ("Physical AI").' })
export class FocusArea {
  @Field(() => ID, { description: 'Stable id from the taxonomy slug.' })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names for it.' })
  aliases!: string[];
}

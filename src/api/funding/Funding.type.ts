import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Fact } from '../common/Fact.type';

/** One stated commitment of money. */
@ObjectType({ description: 'One stated commitment of money.' })
export class Funding {
  @Field(() => ID, { description: 'Stable id from funder + recipient + amount + currency.' })
  id!: string;

  @Field(() => Float, { description: 'Amount in units of `currency` (1 trillion yen → 1e12).' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field(() => Float, { nullable: true, description: 'Amount in US dollars.' })
  amountUsd!: number | null;

  @Field(() => String, { nullable: true, description: '"article" when the article states the USD figure, else "fx:<date>" of the rate used.' })
  usdSource!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for a ceiling ("up to").' })
  upTo!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The amount as written in the article.' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was announced (YYYY-MM-DD), when known.' })
  announced!: string | null;
}

/** A funding link seen from a funder or a recipient. */
@ObjectType({ description: 'A funding commitment linked to an entity, with evidence.' })
export class FundingLink extends Fact {
  @Field(() => Funding, { description: 'The commitment.' })
  funding!: Funding;
}

import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** How fundingSummary groups commitments. */
export enum FundingGroup {
  COUNTRY = 'COUNTRY',
  FOCUS = 'FOCUS',
  YEAR = 'YEAR',
}
registerEnumType(FundingGroup, {
  name: 'FundingGroup',
  description: 'COUNTRY: the funder’s (else the initiative’s) country; FOCUS: the recipient’s focus areas (a commitment counts in each); YEAR: year announced.',
});

/** One bucket of the funding summary. */
@ObjectType({ description: 'Funding commitments of one country, focus area or year.' })
export class FundingBucket {
  @Field({ description: 'ISO code, focus-area id or year ("unknown" / "unspecified" when the graph has none).' })
  key!: string;

  @Field({ description: 'Display name of the bucket.' })
  label!: string;

  @Field(() => Float, { description: 'Sum of amountUsd.' })
  totalUsd!: number;

  @Field(() => Int, { description: 'Number of commitments.' })
  count!: number;

  @Field(() => Int, { description: 'Commitments without a USD figure (not in totalUsd).' })
  withoutUsd!: number;
}

/** A count for one label or relationship type. */
@ObjectType({ description: 'How many nodes carry a label, or relationships have a type.' })
export class NamedCount {
  @Field({ description: 'Label or relationship type.' })
  name!: string;

  @Field(() => Int, { description: 'Count.' })
  count!: number;
}

/** Size of the graph. */
@ObjectType({ description: 'Counts of the whole graph.' })
export class GraphStats {
  @Field(() => [NamedCount], { description: 'Nodes per label (Article excluded).' })
  nodes!: NamedCount[];

  @Field(() => [NamedCount], { description: 'Relationships per type.' })
  relationships!: NamedCount[];

  @Field(() => Int, { description: 'Articles ingested.' })
  articles!: number;

  @Field(() => String, { nullable: true, description: 'When the latest article was ingested (ISO date-time).' })
  lastIngestAt!: string | null;
}

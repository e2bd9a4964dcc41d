import { Length, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../common/LookupArgs';
import { PageInfo } from '../common/PageInfo.type';
import { Consortium } from './Consortium.type';

/** What consortia can be ordered by. */
export enum ConsortiumOrderField {
  NAME = 'NAME',
  MEMBER_COUNT = 'MEMBER_COUNT',
  STATED_MEMBER_COUNT = 'STATED_MEMBER_COUNT',
  FUNDING_USD = 'FUNDING_USD',
}
registerEnumType(ConsortiumOrderField, { name: 'ConsortiumOrderField', description: 'Sort key of the consortia list.' });

/** Sort direction. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Ascending or descending.' });

@InputType({ description: 'Filters of the consortia list; all optional, combined with AND.' })
export class ConsortiumFilter {
  @Field({ nullable: true, description: 'ISO code of a government tied to it (its initiative, its funder, or a member based there).' })
  @Length(2, 2)
  country?: string;

  @Field({ nullable: true, description: 'Focus area id or name.' })
  @Length(1, 100)
  focusArea?: string;

  @Field(() => Int, { nullable: true, description: 'At least this many named members.' })
  @Min(0)
  minMembers?: number;

  @Field(() => Float, { nullable: true, description: 'At least this much funding received, in USD.' })
  @Min(0)
  minFundingUsd?: number;

  @Field({ nullable: true, description: 'Stated status (selected, eliminated, advanced).' })
  @Length(1, 40)
  status?: string;
}

@InputType({ description: 'Sort order of the consortia list.' })
export class ConsortiumOrder {
  @Field(() => ConsortiumOrderField, { description: 'Sort key.' })
  field!: ConsortiumOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Default DESC for counts and funding, ASC for NAME.' })
  direction?: OrderDirection;
}

@ArgsType()
export class ConsortiaArgs extends PageArgs {
  @Field(() => ConsortiumFilter, { nullable: true, description: 'Filters.' })
  @ValidateNested()
  where?: ConsortiumFilter;

  @Field(() => ConsortiumOrder, { nullable: true, description: 'Sort order (default: name).' })
  @ValidateNested()
  orderBy?: ConsortiumOrder;
}

@ObjectType({ description: 'A consortium in a list, with the aggregates it can be sorted by.' })
export class ConsortiumEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => Consortium, { description: 'The consortium.' })
  node!: Consortium;

  @Field(() => Int, { description: 'Named members in the graph.' })
  memberCount!: number;

  @Field(() => Float, { description: 'Funding received, USD.' })
  fundingUsd!: number;
}

@ObjectType({ description: 'A page of consortia.' })
export class ConsortiumConnection {
  @Field(() => [ConsortiumEdge], { description: 'This page.' })
  edges!: ConsortiumEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Consortia matching the filters.' })
  totalCount!: number;
}

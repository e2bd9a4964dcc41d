import { IsIn, Length, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../common/LookupArgs';
import { PageInfo } from '../common/PageInfo.type';
import { Organization } from './Organization.type';

const KINDS = ['company', 'research', 'university', 'fund', 'other'];

@InputType({ description: 'Filters of the organisations list; all optional, combined with AND.' })
export class OrganizationFilter {
  @Field({ nullable: true, description: 'company, research, university, fund or other.' })
  @IsIn(KINDS)
  kind?: string;

  @Field({ nullable: true, description: 'ISO code of its home country.' })
  @Length(2, 2)
  country?: string;

  @Field(() => Int, { nullable: true, description: 'Only organisations in at least this many consortia (2: the researcher’s question).' })
  @Min(0)
  minConsortia?: number;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Filters.' })
  @ValidateNested()
  where?: OrganizationFilter;
}

@ObjectType({ description: 'An organisation in a list, with how many consortia it sits in.' })
export class OrganizationEdge {
  @Field({ description: 'Opaque cursor.' })
  cursor!: string;

  @Field(() => Organization, { description: 'The organisation.' })
  node!: Organization;

  @Field(() => Int, { description: 'Consortia it is a member of.' })
  consortiumCount!: number;
}

@ObjectType({ description: 'A page of organisations, most consortia first.' })
export class OrganizationConnection {
  @Field(() => [OrganizationEdge], { description: 'This page.' })
  edges!: OrganizationEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Organisations matching the filters.' })
  totalCount!: number;
}

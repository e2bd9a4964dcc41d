import { Length, Matches, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { listInitiatives } from '../../graph';
import { FocusArea } from '../common/FocusArea.type';
import { PageArgs } from '../common/LookupArgs';
import { PageInfo } from '../common/PageInfo.type';
import { loadRelated } from '../common/loadRelated';
import { fromNode } from '../common/nodes';
import { Consortium } from '../consortium/Consortium.type';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { FundingLink } from '../funding/Funding.type';
import { toFundingLinks } from '../funding/toFundingLinks';
import { Government } from '../government/Government.type';
import { Initiative } from './Initiative.type';
import { connectionOf, pageWindow } from '../common/paginate';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

@InputType({ description: 'Filters of the initiatives list; all optional, combined with AND.' })
class InitiativeFilter {
  @Field({ nullable: true, description: 'ISO code of the launching government.' })
  @Length(2, 2)
  country?: string;

  @Field({ nullable: true, description: 'Focus area id or name.' })
  @Length(1, 100)
  focusArea?: string;

  @Field({ nullable: true, description: 'Started on or after (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @Matches(ISO_DATE)
  since?: string;

  @Field({ nullable: true, description: 'Started on or before (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @Matches(ISO_DATE)
  until?: string;
}

@ArgsType()
class InitiativesArgs extends PageArgs {
  @Field(() => InitiativeFilter, { nullable: true, description: 'Filters.' })
  @ValidateNested()
  where?: InitiativeFilter;
}

@ObjectType({ description: 'An initiative in a list.' })
class InitiativeEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => Initiative, { description: 'The initiative.' })
  node!: Initiative;
}

@ObjectType({ description: 'A page of initiatives.' })
class InitiativeConnection {
  @Field(() => [InitiativeEdge], { description: 'This page.' })
  edges!: InitiativeEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Initiatives matching the filters.' })
  totalCount!: number;
}

/** Initiatives: the list and each initiative's relationships. */
@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: 'Programmes, missions and national plans, filtered.' })
  async initiatives(@Args() { where, first, after }: InitiativesArgs, @Ctx() ctx: ApiContext): Promise<InitiativeConnection> {
    const { offset, limit } = pageWindow(first, after);
    const { total, rows } = await orApiError(listInitiatives(ctx.graph, { where: where ?? {}, offset, limit, timeoutMs: ctx.timeoutMs }));
    return connectionOf(rows, offset, limit, total, (row, cursor) => ({ cursor, node: fromNode(Initiative, row.props) }));
  }

  @FieldResolver(() => [Government], { description: 'Governments that launched it.' })
  async governments(@Root() initiative: Initiative, @Ctx() ctx: ApiContext): Promise<Government[]> {
    const rows = await loadRelated(ctx, 'Initiative', initiative.id, 'LAUNCHED', 'in', 'Government');
    return rows.map((r) => fromNode(Government, r.node));
  }

  @FieldResolver(() => [Consortium], { description: 'Consortia that are part of it.' })
  async consortia(@Root() initiative: Initiative, @Ctx() ctx: ApiContext): Promise<Consortium[]> {
    const rows = await loadRelated(ctx, 'Initiative', initiative.id, 'PART_OF', 'in', 'Consortium');
    return rows.map((r) => fromNode(Consortium, r.node));
  }

  @FieldResolver(() => [FocusArea], { description: 'What it focuses on.' })
  async focusAreas(@Root() initiative: Initiative, @Ctx() ctx: ApiContext): Promise<FocusArea[]> {
    const rows = await loadRelated(ctx, 'Initiative', initiative.id, 'FOCUSES_ON', 'out', 'FocusArea');
    return rows.map((r) => fromNode(FocusArea, r.node));
  }

  @FieldResolver(() => [FundingLink], { description: 'Funding committed to it.' })
  async funding(@Root() initiative: Initiative, @Ctx() ctx: ApiContext): Promise<FundingLink[]> {
    const rows = await loadRelated(ctx, 'Initiative', initiative.id, 'TO', 'in', 'Funding');
    return toFundingLinks(rows);
  }
}

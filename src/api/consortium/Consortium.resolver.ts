import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConsortia } from '../../graph';
import { lookupWithRelated } from '../prefetch';
import { FocusArea } from '../common/FocusArea.type';
import { factFields } from '../common/Fact.type';
import { NameArgs, PageArgs } from '../common/LookupArgs';
import { loadRelated } from '../common/loadRelated';
import { fromNode } from '../common/nodes';
import { Initiative } from '../initiative/Initiative.type';
import { Model } from '../model/Model.type';
import { ConsortiaArgs, ConsortiumConnection, ConsortiumOrderField, OrderDirection } from './ConsortiaArgs';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { FundingLink } from '../funding/Funding.type';
import { toFundingLinks } from '../funding/toFundingLinks';
import { Organization } from '../organization/Organization.type';
import { Consortium, ConsortiumMemberConnection, ConsortiumMemberEdge, MemberRole } from './Consortium.type';
import { connectionOf, pageWindow, paginate } from '../common/paginate';

/** Consortium lookups and the consortium's relationships. */
@Resolver(() => Consortium)
export class ConsortiumResolver {
  @Query(() => Consortium, { nullable: true, description: 'A consortium by name or any alias, any case.' })
  async consortium(@Args() { name }: NameArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Consortium | null> {
    const props = await lookupWithRelated(ctx, info, 'Consortium', name);
    return props ? fromNode(Consortium, props) : null;
  }

  @Query(() => ConsortiumConnection, { description: 'Consortia, filtered and ordered (by name, member count or funding received).' })
  async consortia(@Args() { where, orderBy, first, after }: ConsortiaArgs, @Ctx() ctx: ApiContext): Promise<ConsortiumConnection> {
    const { offset, limit } = pageWindow(first, after);
    const field = orderBy?.field ?? ConsortiumOrderField.NAME;
    const direction = orderBy?.direction ?? (field === ConsortiumOrderField.NAME ? OrderDirection.ASC : OrderDirection.DESC);
    const { total, rows } = await orApiError(listConsortia(ctx.graph, {
      where: where ?? {},
      orderBy: field,
      descending: direction === OrderDirection.DESC,
      offset,
      limit,
      timeoutMs: ctx.timeoutMs,
    }));
    return connectionOf(rows, offset, limit, total, (row, cursor) => ({
      cursor,
      node: fromNode(Consortium, row.props),
      memberCount: row.memberCount,
      fundingUsd: row.fundingUsd,
    }));
  }

  @FieldResolver(() => [Initiative], { description: 'The initiatives it is part of.' })
  async initiatives(@Root() consortium: Consortium, @Ctx() ctx: ApiContext): Promise<Initiative[]> {
    const rows = await loadRelated(ctx, 'Consortium', consortium.id, 'PART_OF', 'out', 'Initiative');
    return rows.map((r) => fromNode(Initiative, r.node));
  }

  @FieldResolver(() => [Model], { description: 'Models it develops.' })
  async models(@Root() consortium: Consortium, @Ctx() ctx: ApiContext): Promise<Model[]> {
    const rows = await loadRelated(ctx, 'Consortium', consortium.id, 'DEVELOPS', 'out', 'Model');
    return rows.map((r) => fromNode(Model, r.node));
  }

  @FieldResolver(() => ConsortiumMemberConnection, { description: 'Named members, leader first, each with role and evidence.' })
  async members(@Root() consortium: Consortium, @Args() { first, after }: PageArgs, @Ctx() ctx: ApiContext): Promise<ConsortiumMemberConnection> {
    const [members, leaders] = await Promise.all([
      loadRelated(ctx, 'Consortium', consortium.id, 'MEMBER_OF', 'in', 'Organization'),
      loadRelated(ctx, 'Consortium', consortium.id, 'LEADS', 'in', 'Organization'),
    ]);
    const leaderIds = new Set(leaders.map((l) => l.node.id));
    const sorted = [...members].sort(
      (a, b) => Number(leaderIds.has(b.node.id)) - Number(leaderIds.has(a.node.id)) || String(a.node.name).localeCompare(String(b.node.name)),
    );
    const page = paginate(sorted, first, after);
    return {
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      edges: page.items.map(({ item, cursor }) =>
        Object.assign(new ConsortiumMemberEdge(), factFields(item.rel), {
          cursor,
          node: fromNode(Organization, item.node),
          role: leaderIds.has(item.node.id) ? MemberRole.LEADER : MemberRole.MEMBER,
        }),
      ),
    };
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that leads it.' })
  async leader(@Root() consortium: Consortium, @Ctx() ctx: ApiContext): Promise<Organization | null> {
    const leaders = await loadRelated(ctx, 'Consortium', consortium.id, 'LEADS', 'in', 'Organization');
    return leaders[0] ? fromNode(Organization, leaders[0].node) : null;
  }

  @FieldResolver(() => [FundingLink], { description: 'Funding committed to this consortium.' })
  async funding(@Root() consortium: Consortium, @Ctx() ctx: ApiContext): Promise<FundingLink[]> {
    const rows = await loadRelated(ctx, 'Consortium', consortium.id, 'TO', 'in', 'Funding');
    return toFundingLinks(rows);
  }

  @FieldResolver(() => [FocusArea], { description: 'What the consortium focuses on.' })
  async focusAreas(@Root() consortium: Consortium, @Ctx() ctx: ApiContext): Promise<FocusArea[]> {
    const rows = await loadRelated(ctx, 'Consortium', consortium.id, 'FOCUSES_ON', 'out', 'FocusArea');
    return rows.map((r) => fromNode(FocusArea, r.node));
  }
}

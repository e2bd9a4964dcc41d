import { MaxLength, MinLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { coMembers, findEntityByName, listOrganizations } from '../../graph';
import { OrganizationConnection, OrganizationsArgs } from './OrganizationsArgs';
import { factFields } from '../common/Fact.type';
import { NameArgs } from '../common/LookupArgs';
import { loadRelated } from '../common/loadRelated';
import { fromNode } from '../common/nodes';
import { Consortium, MemberRole, OrganizationMembership } from '../consortium/Consortium.type';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { FundingLink } from '../funding/Funding.type';
import { toFundingLinks } from '../funding/toFundingLinks';
import { Government } from '../government/Government.type';
import { Initiative } from '../initiative/Initiative.type';
import { Model } from '../model/Model.type';
import { CoMembership } from './CoMembership.type';
import { Organization } from './Organization.type';
import { connectionOf, pageWindow } from '../common/paginate';
import { lookupWithRelated } from '../prefetch';

const MAX_CO_MEMBERS = 500;

@ArgsType()
class CoMembersArgs {
  @Field({ description: 'Name or any alias of the organisation, any case.' })
  @MinLength(1)
  @MaxLength(200)
  organization!: string;
}

async function lookup(ctx: ApiContext, name: string) {
  return orApiError(findEntityByName(ctx.graph, 'Organization', name, { timeoutMs: ctx.timeoutMs }));
}

/** Organisation lookups and the organisation's relationships. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organisation by name or any alias, any case.' })
  async organization(@Args() { name }: NameArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Organization | null> {
    const props = await lookupWithRelated(ctx, info, 'Organization', name);
    return props ? fromNode(Organization, props) : null;
  }

  @Query(() => OrganizationConnection, { description: 'Organisations, filtered by kind, country or consortium count; most consortia first.' })
  async organizations(@Args() { where, first, after }: OrganizationsArgs, @Ctx() ctx: ApiContext): Promise<OrganizationConnection> {
    const { offset, limit } = pageWindow(first, after);
    const { total, rows } = await orApiError(listOrganizations(ctx.graph, { where: where ?? {}, offset, limit, timeoutMs: ctx.timeoutMs }));
    return connectionOf(rows, offset, limit, total, (row, cursor) => ({ cursor, node: fromNode(Organization, row.props), consortiumCount: row.consortia }));
  }

  @Query(() => [CoMembership], { description: 'Who shares a consortium with this organisation (name or alias), and via which consortium.' })
  async coMembers(@Args() { organization }: CoMembersArgs, @Ctx() ctx: ApiContext): Promise<CoMembership[]> {
    const props = await lookup(ctx, organization);
    if (!props) return [];
    const rows = await orApiError(coMembers(ctx.graph, String(props.id), MAX_CO_MEMBERS, { timeoutMs: ctx.timeoutMs }));
    return rows.map((row) =>
      Object.assign(new CoMembership(), {
        organization: fromNode(Organization, row.other),
        consortium: fromNode(Consortium, row.consortium),
        sources: [...new Set(row.memberships.flatMap((m) => m.sources ?? []))],
        evidenceKeys: [...new Set(row.memberships.flatMap((m) => m.evidence ?? []))],
      }),
    );
  }

  @FieldResolver(() => [OrganizationMembership], { description: 'Consortia it sits in, with its role and evidence.' })
  async consortia(@Root() organization: Organization, @Ctx() ctx: ApiContext): Promise<OrganizationMembership[]> {
    const [memberships, leads] = await Promise.all([
      loadRelated(ctx, 'Organization', organization.id, 'MEMBER_OF', 'out', 'Consortium'),
      loadRelated(ctx, 'Organization', organization.id, 'LEADS', 'out', 'Consortium'),
    ]);
    const led = new Set(leads.map((l) => l.node.id));
    return memberships.map((m) =>
      Object.assign(new OrganizationMembership(), factFields(m.rel), {
        consortium: fromNode(Consortium, m.node),
        role: led.has(m.node.id) ? MemberRole.LEADER : MemberRole.MEMBER,
      }),
    );
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives its consortia are part of.' })
  async initiatives(@Root() organization: Organization, @Ctx() ctx: ApiContext): Promise<Initiative[]> {
    const consortia = await loadRelated(ctx, 'Organization', organization.id, 'MEMBER_OF', 'out', 'Consortium');
    const perConsortium = await Promise.all(consortia.map((c) => loadRelated(ctx, 'Consortium', c.node.id, 'PART_OF', 'out', 'Initiative')));
    const unique = new Map(perConsortium.flat().map((r) => [r.node.id, r.node]));
    return [...unique.values()].map((n) => fromNode(Initiative, n));
  }

  @FieldResolver(() => [Government], { description: 'Governments it is based in or that fund it.' })
  async governments(@Root() organization: Organization, @Ctx() ctx: ApiContext): Promise<Government[]> {
    const [based, funded] = await Promise.all([
      loadRelated(ctx, 'Organization', organization.id, 'BASED_IN', 'out', 'Government'),
      loadRelated(ctx, 'Organization', organization.id, 'TO', 'in', 'Funding'),
    ]);
    const funders = await Promise.all(funded.map((f) => loadRelated(ctx, 'Funding', f.node.id, 'PROVIDED', 'in', 'Government')));
    const unique = new Map([...based, ...funders.flat()].map((r) => [r.node.id, r.node]));
    return [...unique.values()].map((n) => fromNode(Government, n));
  }

  @FieldResolver(() => [FundingLink], { description: 'Funding it received.' })
  async funding(@Root() organization: Organization, @Ctx() ctx: ApiContext): Promise<FundingLink[]> {
    const rows = await loadRelated(ctx, 'Organization', organization.id, 'TO', 'in', 'Funding');
    return toFundingLinks(rows);
  }

  @FieldResolver(() => [FundingLink], { description: 'Funding it provided.' })
  async fundingProvided(@Root() organization: Organization, @Ctx() ctx: ApiContext): Promise<FundingLink[]> {
    const rows = await loadRelated(ctx, 'Organization', organization.id, 'PROVIDED', 'out', 'Funding');
    return toFundingLinks(rows);
  }

  @FieldResolver(() => [Model], { description: 'Models it develops.' })
  async models(@Root() organization: Organization, @Ctx() ctx: ApiContext): Promise<Model[]> {
    const rows = await loadRelated(ctx, 'Organization', organization.id, 'DEVELOPS', 'out', 'Model');
    return rows.map((r) => fromNode(Model, r.node));
  }
}

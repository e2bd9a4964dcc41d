import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { findEntityByName } from '../../graph';
import { factFields } from '../common/Fact.type';
import { NameArgs } from '../common/LookupArgs';
import { loadRelated } from '../common/loadRelated';
import { fromNode } from '../common/nodes';
import { Consortium, MemberRole, OrganizationMembership } from '../consortium/Consortium.type';
import type { ApiContext } from '../context';
import { toApiError } from '../errors';
import { Organization } from './Organization.type';

/** Organisation lookups and the organisation's relationships. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organisation by name or any alias, any case.' })
  async organization(@Args() { name }: NameArgs, @Ctx() ctx: ApiContext): Promise<Organization | null> {
    const props = await findEntityByName(ctx.graph, 'Organization', name, { timeoutMs: ctx.timeoutMs }).catch((e) => {
      throw toApiError(e);
    });
    return props ? fromNode(Organization, props) : null;
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
}

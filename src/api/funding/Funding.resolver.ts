import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityLabel } from '../../graph';
import { loadRelated } from '../common/loadRelated';
import type { ApiContext } from '../context';
import { Entity, EntityKind } from '../entity/Entity.type';
import { toEntity } from '../entity/entityTypes';
import { Funding } from './Funding.type';

const FUNDER_LABELS: EntityLabel[] = ['Government', 'Agency', 'Organization'];
const RECIPIENT_LABELS: EntityLabel[] = ['Initiative', 'Consortium', 'Organization'];

/** Who gives and who gets a funding commitment. */
@Resolver(() => Funding)
export class FundingResolver {
  @FieldResolver(() => [Entity], { description: 'Governments, agencies or organisations that provide it.' })
  async funders(@Root() funding: Funding, @Ctx() ctx: ApiContext): Promise<Entity[]> {
    const groups = await Promise.all(FUNDER_LABELS.map((label) => loadRelated(ctx, 'Funding', funding.id, 'PROVIDED', 'in', label).then((rows) => ({ label, rows }))));
    return groups.flatMap(({ label, rows }) => rows.map((r) => toEntity(label as EntityKind, r.node)));
  }

  @FieldResolver(() => [Entity], { description: 'Initiatives, consortia or organisations it goes to.' })
  async recipients(@Root() funding: Funding, @Ctx() ctx: ApiContext): Promise<Entity[]> {
    const groups = await Promise.all(RECIPIENT_LABELS.map((label) => loadRelated(ctx, 'Funding', funding.id, 'TO', 'out', label).then((rows) => ({ label, rows }))));
    return groups.flatMap(({ label, rows }) => rows.map((r) => toEntity(label as EntityKind, r.node)));
  }
}

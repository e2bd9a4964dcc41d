import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadRelated } from '../common/loadRelated';
import type { ApiContext } from '../context';
import { Entity, EntityKind } from '../entity/Entity.type';
import { toEntity } from '../entity/entityTypes';
import { Model } from './Model.type';

/** A model's developers. */
@Resolver(() => Model)
export class ModelResolver {
  @FieldResolver(() => [Entity], { description: 'Organisations or consortia that develop it.' })
  async developers(@Root() model: Model, @Ctx() ctx: ApiContext): Promise<Entity[]> {
    const [orgs, consortia] = await Promise.all([
      loadRelated(ctx, 'Model', model.id, 'DEVELOPS', 'in', 'Organization'),
      loadRelated(ctx, 'Model', model.id, 'DEVELOPS', 'in', 'Consortium'),
    ]);
    return [...orgs.map((r) => toEntity(EntityKind.Organization, r.node)), ...consortia.map((r) => toEntity(EntityKind.Consortium, r.node))];
  }
}

import { ArrayMaxSize, MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { NODE_FIELDS, searchEntities } from '../../graph';
import { PageArgs } from '../common/LookupArgs';
import { PageInfo } from '../common/PageInfo.type';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { Entity, EntityKind } from './Entity.type';
import { kindOfId, kindOfLabels, toEntity } from './entityTypes';
import { connectionOf, pageWindow } from '../common/paginate';

@ArgsType()
class EntityArgs {
  @Field(() => ID, { description: 'Stable id, e.g. "gov:JP" or "org:softbank".' })
  @MaxLength(300)
  id!: string;
}

@ArgsType()
class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find in names and aliases; each word also matches as a prefix.' })
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @Field(() => [EntityKind], { nullable: true, description: 'Only these kinds (default: all).' })
  @ArrayMaxSize(10)
  kinds?: EntityKind[];
}

@ObjectType({ description: 'A search hit.' })
class EntityEdge {
  @Field({ description: 'Opaque cursor of this hit.' })
  cursor!: string;

  @Field(() => Entity, { description: 'The entity found.' })
  node!: Entity;

  @Field(() => Float, { description: 'Relevance (higher is better).' })
  score!: number;
}

@ObjectType({ description: 'Search hits, best first.' })
class EntityConnection {
  @Field(() => [EntityEdge], { description: 'This page of hits.' })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of hits in all.' })
  totalCount!: number;
}

/** Lookup by id and full-text search over every named entity. */
@Resolver()
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'Any named entity by id.' })
  async entity(@Args() { id }: EntityArgs, @Ctx() ctx: ApiContext): Promise<Entity | null> {
    const kind = kindOfId(id);
    if (!kind) return null;
    // The kind comes from a closed enum, so the label can be written into the statement.
    const rows = await orApiError(ctx.graph
      .read<{ props: Record<string, unknown> }>(`MATCH (n:${kind} {id: $id}) RETURN ${NODE_FIELDS} AS props`, { id }, { timeoutMs: ctx.timeoutMs })
      );
    return rows[0] ? toEntity(kind, rows[0].props) : null;
  }

  @Query(() => EntityConnection, { description: 'Entities whose name or alias matches, ranked by relevance.' })
  async search(@Args() { text, kinds, first, after }: SearchArgs, @Ctx() ctx: ApiContext): Promise<EntityConnection> {
    const { offset, limit } = pageWindow(first, after);
    const labels = kinds?.length ? kinds : Object.values(EntityKind);
    const { total, hits } = await orApiError(searchEntities(ctx.graph, text, { labels, offset, limit, timeoutMs: ctx.timeoutMs }));
    // Only entity labels are in the full-text index, so every hit has a kind.
    return connectionOf(hits, offset, limit, total, (hit, cursor) => ({
      cursor,
      node: toEntity(kindOfLabels(hit.labels) ?? EntityKind.Organization, hit.props),
      score: hit.score,
    }));
  }
}

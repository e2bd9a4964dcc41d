import { Max, MaxLength, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS, labelOfId, neighborhood, shortestPath } from '../../graph';
import type { ApiContext } from '../context';
import { ApiError, ErrorCode, orApiError } from '../errors';
import { Path, Subgraph } from './GraphView.type';
import { toGraphEdge, toGraphNode } from './toGraphView';
import { edgeDetailOf, primeEvidence } from '../prefetch';

@ArgsType()
class PathArgs {
  @Field(() => ID, { description: 'Id of the first entity.' })
  @MaxLength(300)
  from!: string;

  @Field(() => ID, { description: 'Id of the second entity.' })
  @MaxLength(300)
  to!: string;

  @Field(() => Int, { nullable: true, description: `Longest path searched, 1 to ${MAX_PATH_HOPS} (default 4).` })
  @Min(1)
  @Max(MAX_PATH_HOPS)
  maxHops?: number;
}

@ArgsType()
class NeighborhoodArgs {
  @Field(() => ID, { description: 'Id of the centre entity.' })
  @MaxLength(300)
  id!: string;

  @Field(() => Int, { nullable: true, description: `Hops from the centre, 1 to ${MAX_NEIGHBORHOOD_DEPTH} (default 1).` })
  @Min(1)
  @Max(MAX_NEIGHBORHOOD_DEPTH)
  depth?: number;

  @Field(() => Int, { nullable: true, description: 'Most nodes returned, 1 to 500 (default 100).' })
  @Min(1)
  @Max(500)
  limit?: number;
}

function requireKnownId(id: string): void {
  if (!labelOfId(id)) throw new ApiError(ErrorCode.BAD_USER_INPUT, `unknown id "${id}": ids look like gov:JP, org:softbank, consortium:softbank-consortium`);
}

/** Paths and neighbourhoods: the graph-shaped answers, for drawing. */
@Resolver()
export class GraphViewResolver {
  @Query(() => Path, { nullable: true, description: 'Shortest path between two entities, evidence on every step; null when none within maxHops.' })
  async path(@Args() { from, to, maxHops }: PathArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Path | null> {
    requireKnownId(from);
    requireKnownId(to);
    const found = await orApiError(shortestPath(ctx.graph, from, to, maxHops ?? 4, { timeoutMs: ctx.timeoutMs, edgeDetail: edgeDetailOf(info, 'steps') }));
    if (!found) return null;
    primeEvidence(ctx.loaders, found.evidence);
    return Object.assign(new Path(), { length: found.edges.length, nodes: found.nodes.map(toGraphNode), steps: found.edges.map(toGraphEdge) });
  }

  @Query(() => Subgraph, { nullable: true, description: 'Nodes within `depth` hops of an entity and the edges among them; null for an unknown id.' })
  async neighborhood(@Args() { id, depth, limit }: NeighborhoodArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Subgraph | null> {
    requireKnownId(id);
    const found = await orApiError(neighborhood(ctx.graph, id, depth ?? 1, limit ?? 100, { timeoutMs: ctx.timeoutMs, edgeDetail: edgeDetailOf(info, 'edges') }));
    if (found.nodes.length === 0) return null;
    primeEvidence(ctx.loaders, found.evidence);
    return Object.assign(new Subgraph(), { nodes: found.nodes.map(toGraphNode), edges: found.edges.map(toGraphEdge) });
  }
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Fact } from '../common/Fact.type';

/** A node ready for drawing. */
@ObjectType({ description: 'A node of a path or subgraph, ready for drawing.' })
export class GraphNode {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Neo4j label (Government, Organization, Consortium, Funding …).' })
  label!: string;

  @Field({ description: 'Display name (for Funding: the amount as written).' })
  name!: string;
}

/** A relationship ready for drawing, with its evidence. */
@ObjectType({ description: 'A relationship of a path or subgraph, with its evidence.' })
export class GraphEdge extends Fact {
  @Field(() => ID, { description: 'Stable id "from-TYPE->to".' })
  id!: string;

  @Field({ description: 'Relationship type (LEADS, MEMBER_OF, PROVIDED …).' })
  type!: string;

  @Field(() => ID, { description: 'Id of the start node.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the end node.' })
  to!: string;
}

/** A shortest path. */
@ObjectType({ description: 'A shortest path between two entities; every step carries its evidence.' })
export class Path {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [GraphNode], { description: 'Nodes in order from `from` to `to`.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Steps in order; an edge may point either way along the path.' })
  steps!: GraphEdge[];
}

/** Nodes and edges around an entity. */
@ObjectType({ description: 'Nodes and edges around an entity, for drawing.' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'Nodes, the centre first.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edges among the nodes.' })
  edges!: GraphEdge[];
}

import neo4j from 'neo4j-driver';
import { FACT_TYPES_UNION, labelOfId } from '../ontology';
import type { Graph, ReadOptions } from '../openGraph';

/** A node as traversals return it. */
export interface NodeRow {
  props: Record<string, unknown> & { id: string };
  labels: string[];
}

/** A relationship as traversals return it, with its provenance properties. */
export interface EdgeRow {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown> & { sources?: string[]; evidence?: string[] };
}

export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_DEPTH = 3;

// Only what drawing needs: hub nodes carry long provenance lists.
const NODE = `{props: n {.id, .name, .text, .amount, .currency}, labels: labels(n)}`;
const EDGE = `{type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}`;

// Hop counts cannot be parameters in a variable-length pattern: they are
// checked integers from a small range, written into the statement.
function hops(n: number, max: number): number {
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`hops must be an integer from 1 to ${max}`);
  return n;
}

function labelFor(id: string): string {
  const label = labelOfId(id);
  if (!label) throw new RangeError(`unknown id "${id}": ids look like gov:JP, org:softbank, consortium:…`);
  return label;
}

/** Shortest path between two entities over fact relationships (not MENTIONS), or undefined. */
export async function shortestPath(
  graph: Graph,
  from: string,
  to: string,
  maxHops: number,
  options: ReadOptions = {},
): Promise<{ nodes: NodeRow[]; edges: EdgeRow[] } | undefined> {
  const cypher = `
MATCH (a:${labelFor(from)} {id: $from}), (b:${labelFor(to)} {id: $to})
MATCH p = shortestPath((a)-[:${FACT_TYPES_UNION}*..${hops(maxHops, MAX_PATH_HOPS)}]-(b))
RETURN [n IN nodes(p) | ${NODE}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`;
  const rows = await graph.read<{ nodes: NodeRow[]; edges: EdgeRow[] }>(cypher, { from, to }, options);
  return rows[0];
}

/** Nodes within `depth` hops of an entity (at most `limit`, the start included) and the edges among them. */
export async function neighborhood(
  graph: Graph,
  id: string,
  depth: number,
  limit: number,
  options: ReadOptions = {},
): Promise<{ nodes: NodeRow[]; edges: EdgeRow[] }> {
  const cypher = `
MATCH (start:${labelFor(id)} {id: $id})
CALL (start) {
  MATCH (start)-[:${FACT_TYPES_UNION}*1..${hops(depth, MAX_NEIGHBORHOOD_DEPTH)}]-(m)
  RETURN DISTINCT m LIMIT $limit
}
WITH start, collect(m) AS found
WITH [start] + found[0..$limit - 1] AS ns
UNWIND ns AS n
OPTIONAL MATCH (n)-[r:${FACT_TYPES_UNION}]->(other) WHERE other IN ns
WITH ns, collect(DISTINCT r) AS rs
RETURN [n IN ns | ${NODE}] AS nodes, [r IN rs | ${EDGE}] AS edges`;
  // LIMIT needs an integer; plain JS numbers travel as floats.
  const rows = await graph.read<{ nodes: NodeRow[]; edges: EdgeRow[] }>(cypher, { id, limit: neo4j.int(limit) }, options);
  return rows[0] ?? { nodes: [], edges: [] };
}

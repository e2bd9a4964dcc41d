import neo4j from 'neo4j-driver';
import { FACT_TYPES_UNION, labelOfId } from '../ontology';
import type { Graph, ReadOptions } from '../openGraph';
import { evidenceOf, type EvidenceRow } from './relatedTree';

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

/**
 * How much of each relationship to read: its ends only, also its provenance
 * lists, or also the evidence sentences (read in the same statement). A
 * neighbourhood has hundreds of edges, each with provenance lists that grow
 * with the corpus: a request that draws only the graph should not pay for them.
 */
export type EdgeDetail = 'ends' | 'provenance' | 'evidence';

/** Options of a traversal: the read options and how much of each edge to return. */
export interface TraverseOptions extends ReadOptions {
  edgeDetail?: EdgeDetail;
}

/** Nodes, edges and (with edgeDetail "evidence") the evidence rows of those edges. */
export interface TraversalRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  evidence: EvidenceRow[];
}

function edgeColumns(rels: string, detail: EdgeDetail): string {
  const props = detail === 'ends' ? '{}' : 'r {.sources, .evidence}';
  const evidence = detail === 'evidence' ? evidenceOf(rels, 'e') : '[]';
  return `[r IN ${rels} | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: ${props}}] AS edges, ${evidence} AS evidence`;
}

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
  options: TraverseOptions = {},
): Promise<TraversalRows | undefined> {
  const cypher = `
MATCH (a:${labelFor(from)} {id: $from}), (b:${labelFor(to)} {id: $to})
MATCH p = shortestPath((a)-[:${FACT_TYPES_UNION}*..${hops(maxHops, MAX_PATH_HOPS)}]-(b))
RETURN [n IN nodes(p) | ${NODE}] AS nodes, ${edgeColumns('relationships(p)', options.edgeDetail ?? 'provenance')}`;
  const rows = await graph.read<TraversalRows>(cypher, { from, to }, options);
  return rows[0];
}

/** Nodes within `depth` hops of an entity (at most `limit`, the start included) and the edges among them. */
export async function neighborhood(
  graph: Graph,
  id: string,
  depth: number,
  limit: number,
  options: TraverseOptions = {},
): Promise<TraversalRows> {
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
RETURN [n IN ns | ${NODE}] AS nodes, ${edgeColumns('rs', options.edgeDetail ?? 'provenance')}`;
  // LIMIT needs an integer; plain JS numbers travel as floats.
  const rows = await graph.read<TraversalRows>(cypher, { id, limit: neo4j.int(limit) }, options);
  return rows[0] ?? { nodes: [], edges: [], evidence: [] };
}

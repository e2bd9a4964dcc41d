import neo4j from 'neo4j-driver';
import type { Graph, ReadOptions } from '../openGraph';
import type { EdgeRow, NodeRow } from './traverse';

/** Another organisation sharing a consortium with the given one. */
export interface CoMemberRow {
  other: NodeRow['props'];
  consortium: NodeRow['props'];
  /** The two MEMBER_OF relationships (given org's, then the other's). */
  memberships: EdgeRow['props'][];
}

const CO_MEMBERS = `
MATCH (o:Organization {id: $id})-[r1:MEMBER_OF]->(c:Consortium)<-[r2:MEMBER_OF]-(other:Organization)
WHERE other <> o
RETURN other {.*, sources: null, evidence: null} AS other, c {.*, sources: null, evidence: null} AS consortium, [properties(r1), properties(r2)] AS memberships
ORDER BY other.name, c.name
LIMIT $limit`;

/** Organisations that share a consortium with `id`, and via which consortium. */
export function coMembers(graph: Graph, id: string, limit: number, options: ReadOptions = {}): Promise<CoMemberRow[]> {
  // LIMIT needs an integer; plain JS numbers travel as floats.
  return graph.read<CoMemberRow & Record<string, unknown>>(CO_MEMBERS, { id, limit: neo4j.int(limit) }, options);
}

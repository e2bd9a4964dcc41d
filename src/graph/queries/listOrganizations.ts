import type { Graph, ReadOptions } from '../openGraph';
import { nodeFields } from './nodeFields';

/** Filters of the organisations list. */
export interface OrganizationsFilter {
  /** company, research, university, fund or other. */
  kind?: string;
  /** ISO code of its home country (the `country` property or BASED_IN). */
  country?: string;
  /** Only organisations in at least this many consortia. */
  minConsortia?: number;
}

export interface ListOrganizationsOptions extends ReadOptions {
  where: OrganizationsFilter;
  offset: number;
  limit: number;
}

/** An organisation with how many consortia it sits in. */
export interface OrganizationRow {
  props: Record<string, unknown>;
  consortia: number;
}

const LIST = `
MATCH (o:Organization)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($country IS NULL OR o.country = $country OR EXISTS { (o)-[:BASED_IN]->(:Government {country: $country}) })
CALL (o) { MATCH (o)-[:MEMBER_OF]->(c:Consortium) RETURN count(c) AS consortia }
WITH o, consortia WHERE consortia >= $minConsortia
WITH o, consortia ORDER BY consortia DESC, o.name, o.id
WITH collect({props: ${nodeFields('o')}, consortia: consortia}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page`;

/** One page of organisations, most consortia first, plus the total. */
export async function listOrganizations(graph: Graph, options: ListOrganizationsOptions): Promise<{ total: number; rows: OrganizationRow[] }> {
  const w = options.where;
  const result = await graph.read<{ total: number; page: OrganizationRow[] }>(
    LIST,
    { kind: w.kind ?? null, country: w.country?.toUpperCase() ?? null, minConsortia: w.minConsortia ?? 0, offset: options.offset, limit: options.limit },
    options,
  );
  return { total: result[0]?.total ?? 0, rows: result[0]?.page ?? [] };
}

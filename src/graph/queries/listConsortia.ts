import type { Graph, ReadOptions } from '../openGraph';

/** Filters of the consortia list. */
export interface ConsortiaFilter {
  /** ISO code of the government whose initiative, funding or member base it belongs to. */
  country?: string;
  /** FocusArea id or name. */
  focusArea?: string;
  /** Only consortia with at least this many named members. */
  minMembers?: number;
  /** Only consortia that received at least this much (USD, summed). */
  minFundingUsd?: number;
  status?: string;
}

export type ConsortiaOrderField = 'NAME' | 'MEMBER_COUNT' | 'STATED_MEMBER_COUNT' | 'FUNDING_USD';

export interface ListConsortiaOptions extends ReadOptions {
  where: ConsortiaFilter;
  orderBy: ConsortiaOrderField;
  descending: boolean;
  offset: number;
  limit: number;
}

/** A consortium row with the aggregates it can be ordered by. */
export interface ConsortiumRow {
  props: Record<string, unknown>;
  memberCount: number;
  fundingUsd: number;
}

// The order key is chosen from a closed list, so the ORDER BY can name it;
// every filter value is a parameter.
const ORDER_KEYS: Record<ConsortiaOrderField, string> = {
  NAME: 'c.name',
  MEMBER_COUNT: 'memberCount',
  STATED_MEMBER_COUNT: 'coalesce(c.statedMemberCount, memberCount)',
  FUNDING_USD: 'fundingUsd',
};

function listCypher(orderBy: ConsortiaOrderField, descending: boolean): string {
  const key = ORDER_KEYS[orderBy];
  if (!key) throw new Error(`invariant failed: unknown order ${orderBy}`);
  return `
MATCH (c:Consortium)
WHERE ($status IS NULL OR c.status = $status)
  AND ($country IS NULL OR EXISTS {
        MATCH (g:Government {country: $country})
        WHERE (c)-[:PART_OF]->(:Initiative)<-[:LAUNCHED]-(g)
           OR (g)-[:PROVIDED]->(:Funding)-[:TO]->(c)
           OR (c)<-[:MEMBER_OF]-(:Organization)-[:BASED_IN]->(g) })
  AND ($focus IS NULL OR EXISTS { MATCH (c)-[:FOCUSES_ON]->(f:FocusArea) WHERE f.id = $focus OR toLower(f.name) = toLower($focus) })
CALL (c) { MATCH (c)<-[:MEMBER_OF]-(o:Organization) RETURN count(o) AS memberCount }
CALL (c) { OPTIONAL MATCH (c)<-[:TO]-(f:Funding) RETURN coalesce(sum(f.amountUsd), 0) AS fundingUsd }
WITH c, memberCount, fundingUsd
WHERE memberCount >= $minMembers AND fundingUsd >= $minFundingUsd
WITH c, memberCount, fundingUsd ORDER BY ${key} ${descending ? 'DESC' : 'ASC'}, c.id
WITH collect({props: c {.*, sources: null, evidence: null}, memberCount: memberCount, fundingUsd: fundingUsd}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page`;
}

/** One page of consortia, filtered and ordered (aggregates included), plus the total. */
export async function listConsortia(graph: Graph, options: ListConsortiaOptions): Promise<{ total: number; rows: ConsortiumRow[] }> {
  const w = options.where;
  const result = await graph.read<{ total: number; page: ConsortiumRow[] }>(
    listCypher(options.orderBy, options.descending),
    {
      status: w.status ?? null,
      country: w.country?.toUpperCase() ?? null,
      focus: w.focusArea ?? null,
      minMembers: w.minMembers ?? 0,
      minFundingUsd: w.minFundingUsd ?? 0,
      offset: options.offset,
      limit: options.limit,
    },
    options,
  );
  return { total: result[0]?.total ?? 0, rows: result[0]?.page ?? [] };
}

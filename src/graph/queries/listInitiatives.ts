import type { Graph, ReadOptions } from '../openGraph';

/** Filters of the initiatives list. */
export interface InitiativesFilter {
  /** ISO code of the launching government. */
  country?: string;
  focusArea?: string;
  /** Launched (startDate or first article) on or after this date. */
  since?: string;
  until?: string;
}

export interface ListInitiativesOptions extends ReadOptions {
  where: InitiativesFilter;
  offset: number;
  limit: number;
}

/** An initiative with the ISO codes of the governments that launched it. */
export interface InitiativeRow {
  props: Record<string, unknown>;
  countries: string[];
}

const LIST = `
MATCH (i:Initiative)
OPTIONAL MATCH (g:Government)-[:LAUNCHED]->(i)
WITH i, collect(g.country) AS countries
WHERE ($country IS NULL OR $country IN countries)
  AND ($focus IS NULL OR EXISTS { MATCH (i)-[:FOCUSES_ON]->(f:FocusArea) WHERE f.id = $focus OR toLower(f.name) = toLower($focus) })
  AND ($since IS NULL OR coalesce(i.startDate, '') >= $since)
  AND ($until IS NULL OR coalesce(i.startDate, '9999') <= $until)
WITH i, countries ORDER BY i.name, i.id
WITH collect({props: i {.*, sources: null, evidence: null}, countries: countries}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page`;

/** One page of initiatives, filtered, plus the total. */
export async function listInitiatives(graph: Graph, options: ListInitiativesOptions): Promise<{ total: number; rows: InitiativeRow[] }> {
  const w = options.where;
  const result = await graph.read<{ total: number; page: InitiativeRow[] }>(
    LIST,
    {
      country: w.country?.toUpperCase() ?? null,
      focus: w.focusArea ?? null,
      since: w.since ?? null,
      until: w.until ?? null,
      offset: options.offset,
      limit: options.limit,
    },
    options,
  );
  return { total: result[0]?.total ?? 0, rows: result[0]?.page ?? [] };
}

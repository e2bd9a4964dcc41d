import { requestGraphQL } from './request';

/** Counts of the whole graph. */
export interface GraphStats {
  nodes: { name: string; count: number }[];
  articles: number;
  lastIngestAt: string | null;
}

const STATS = `query Stats { stats { nodes { name count } articles lastIngestAt } }`;

/** Node counts per label, article count and last ingest time. */
export async function fetchStats(): Promise<GraphStats> {
  return (await requestGraphQL<{ stats: GraphStats }>(STATS)).stats;
}

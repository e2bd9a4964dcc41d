import { ENTITY_LABELS, RELATION_TYPES } from '../ontology';
import type { Graph, ReadOptions } from '../openGraph';

/** Counts of the whole graph. */
export interface GraphStatsRow {
  labels: { label: string; count: number }[];
  relationships: { type: string; count: number }[];
  articles: number;
  lastIngestAt: string | null;
}

// One count per label and per type, each with the label or type written out,
// so Neo4j answers from its count store in constant time at any graph size.
const LABELS = [...ENTITY_LABELS, 'Article']
  .map((label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`)
  .join('\nUNION ALL\n');
const TYPES = [...RELATION_TYPES, 'MENTIONS']
  .map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS type, count(r) AS count`)
  .join('\nUNION ALL\n');
const LAST_INGEST = `MATCH (a:Article) RETURN toString(max(a.ingestedAt)) AS lastIngestAt`;

/** Node counts per label, relationship counts per type, article count, last ingest time. */
export async function graphStats(graph: Graph, options: ReadOptions = {}): Promise<GraphStatsRow> {
  const [labels, relationships, last] = await Promise.all([
    graph.read<{ label: string; count: number }>(LABELS, {}, options),
    graph.read<{ type: string; count: number }>(TYPES, {}, options),
    graph.read<{ lastIngestAt: string | null }>(LAST_INGEST, {}, options),
  ]);
  return {
    labels: labels.filter((l) => l.label !== 'Article'),
    relationships,
    articles: labels.find((l) => l.label === 'Article')?.count ?? 0,
    lastIngestAt: last[0]?.lastIngestAt ?? null,
  };
}

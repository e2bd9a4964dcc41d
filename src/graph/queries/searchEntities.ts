import type { Graph, ReadOptions } from '../openGraph';

/** One hit of a full-text search. */
export interface SearchHit {
  props: Record<string, unknown>;
  labels: string[];
  score: number;
}

export interface SearchEntitiesOptions extends ReadOptions {
  labels: string[];
  offset: number;
  limit: number;
}

const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE any(l IN labels(node) WHERE l IN $labels)
WITH collect({props: node {.*, sources: null, evidence: null}, labels: labels(node), score: score}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS page`;

/**
 * Lucene query for user text: each word matches as a term or a prefix
 * ("soft" finds SoftBank); Lucene's syntax characters are escaped.
 */
export function searchQuery(text: string): string {
  const words = text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}

/** Entities whose name or alias matches `text`, best first, one page plus the total. */
export async function searchEntities(graph: Graph, text: string, options: SearchEntitiesOptions): Promise<{ total: number; hits: SearchHit[] }> {
  const query = searchQuery(text);
  if (!query) return { total: 0, hits: [] };
  const rows = await graph.read<{ total: number; page: SearchHit[] }>(
    SEARCH,
    { query, labels: options.labels, offset: options.offset, limit: options.limit },
    options,
  );
  return { total: rows[0]?.total ?? 0, hits: rows[0]?.page ?? [] };
}

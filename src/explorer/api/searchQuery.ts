import { requestGraphQL } from './request';
import type { EntityRef } from './types';

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount
    edges { node { id name entityKind aliases } }
  }
}`;

/** One search hit. */
export interface SearchHit extends EntityRef {
  aliases: string[];
}

/** Hits of a search, best first, and how many there are in all. */
export interface SearchResult {
  totalCount: number;
  hits: SearchHit[];
}

/** Full-text search over names and aliases (the API's `search` query). */
export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchResult> {
  const data = await requestGraphQL<{ search: { totalCount: number; edges: { node: SearchHit }[] } }>(SEARCH, { text, first: 10 }, signal);
  return { totalCount: data.search.totalCount, hits: data.search.edges.map((e) => e.node) };
}

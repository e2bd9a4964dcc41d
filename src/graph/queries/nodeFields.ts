/**
 * A node's properties without its provenance lists. On hub nodes (a
 * Government, a FocusArea) `sources` and `evidence` grow with every article,
 * and no API field reads them from nodes: shipping them made lookups and
 * traversals slow down as the graph grew (BENCHMARKS.md, finding 1).
 */
export const NODE_FIELDS = 'n {.*, sources: null, evidence: null}';

/** The same projection for another variable name. */
export function nodeFields(variable: string): string {
  return `${variable} {.*, sources: null, evidence: null}`;
}

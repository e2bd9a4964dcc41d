/**
 * A node's properties without what no API field reads from nodes: the
 * provenance lists, which on hub nodes (a Government, a FocusArea) grow with
 * every article and made lookups and traversals slow down as the graph grew
 * (BENCHMARKS.md, finding 1), and the bookkeeping `createdAt` (a temporal
 * value the driver decodes into objects) and `nameKey` (the lookup key).
 */
export function nodeFields(variable: string): string {
  return `${variable} {.*, sources: null, evidence: null, createdAt: null, nameKey: null}`;
}

/** The projection of the node bound to `n`. */
export const NODE_FIELDS = nodeFields('n');

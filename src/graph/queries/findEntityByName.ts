import type { Graph, ReadOptions } from '../openGraph';
import { NODE_FIELDS } from './nodeFields';
import { hopCount, relatedTreeCypher, type HopRow, type HopTree } from './relatedTree';

/** Labels that can be looked up by name or alias. */
export type NamedLabel = 'Government' | 'Organization' | 'Consortium' | 'Initiative' | 'FocusArea' | 'Model' | 'Agency';
const NAMED_LABELS: readonly NamedLabel[] = ['Government', 'Organization', 'Consortium', 'Initiative', 'FocusArea', 'Model', 'Agency'];

/** Lucene phrase query matching `text` literally (special characters escaped). */
export function lucenePhrase(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

function lookupCypher(label: NamedLabel, tree?: HopTree): string {
  if (!NAMED_LABELS.includes(label)) throw new Error(`invariant failed: not a named label ${label}`);
  // Exact name first (nameKey index); only when that finds nothing, aliases
  // through the full-text index, checked for an exact, case-insensitive match.
  return `
OPTIONAL MATCH (exact:${label} {nameKey: $key})
CALL (exact) {
  WITH exact WHERE exact IS NOT NULL RETURN exact AS n
  UNION
  WITH exact WHERE exact IS NULL
  CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node
  WITH node AS n WHERE n:${label} AND any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $key)
  RETURN n ORDER BY n.id LIMIT 1
}
WITH n ORDER BY n.id LIMIT 1
RETURN ${NODE_FIELDS} AS props${tree && hopCount(tree) ? `, ${relatedTreeCypher(tree, 'n')} AS related` : ''}`;
}

/** The node of `label` whose name or any alias equals `name`, ignoring case. */
export async function findEntityByName(
  graph: Graph,
  label: NamedLabel,
  name: string,
  options: ReadOptions = {},
): Promise<Record<string, unknown> | undefined> {
  const key = name.trim().toLowerCase();
  if (!key) return undefined;
  return (await findEntityWithRelated(graph, label, name, { hops: [] }, options))?.props;
}

/**
 * The same lookup, also reading the relationships in `tree` from the node found,
 * in the same statement: `related` is aligned with `tree.hops`.
 */
export async function findEntityWithRelated(
  graph: Graph,
  label: NamedLabel,
  name: string,
  tree: HopTree,
  options: ReadOptions = {},
): Promise<{ props: Record<string, unknown>; related: HopRow[][] } | undefined> {
  const key = name.trim().toLowerCase();
  if (!key) return undefined;
  const rows = await graph.read<{ props: Record<string, unknown>; related?: HopRow[][] }>(lookupCypher(label, tree), { key, phrase: lucenePhrase(key) }, options);
  return rows[0] && { props: rows[0].props, related: rows[0].related ?? [] };
}

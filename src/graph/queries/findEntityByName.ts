import type { Graph, ReadOptions } from '../openGraph';
import { NODE_FIELDS } from './nodeFields';

/** Labels that can be looked up by name or alias. */
export type NamedLabel = 'Government' | 'Organization' | 'Consortium' | 'Initiative' | 'FocusArea' | 'Model' | 'Agency';
const NAMED_LABELS: readonly NamedLabel[] = ['Government', 'Organization', 'Consortium', 'Initiative', 'FocusArea', 'Model', 'Agency'];

/** Lucene phrase query matching `text` literally (special characters escaped). */
export function lucenePhrase(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

function lookupCypher(label: NamedLabel): string {
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
RETURN ${NODE_FIELDS} AS props ORDER BY n.id LIMIT 1`;
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
  const rows = await graph.read<{ props: Record<string, unknown> }>(lookupCypher(label), { key, phrase: lucenePhrase(key) }, options);
  return rows[0]?.props;
}

import type { EntityLabel, EvidenceRow, HopRow, HopTree } from '../../graph';
import type { Loaders } from '../loaders';

/**
 * Puts what one statement read for `tree` into the request's loaders, as if
 * each hop had been loaded on its own: the resolvers then run unchanged.
 */
export function primeLoaders(loaders: Loaders, fromLabel: EntityLabel, id: string, tree: HopTree, related: HopRow[][]): void {
  tree.hops.forEach((hop, i) => {
    const rows = related[i] ?? [];
    loaders.related.prime(
      { fromLabel, id, type: hop.type, direction: hop.direction, toLabel: hop.toLabel },
      rows.map((row) => ({ node: row.node, labels: row.labels, rel: row.rel })),
    );
    for (const row of rows) {
      primeEvidence(loaders, row.evidence);
      primeLoaders(loaders, hop.toLabel, row.node.id, hop.children, row.children);
    }
  });
}

/** Evidence rows read with a statement: the `evidence` fields they answer need no statement of their own. */
export function primeEvidence(loaders: Loaders, rows: EvidenceRow[]): void {
  for (const row of rows) loaders.evidence.prime(row.key, row);
}

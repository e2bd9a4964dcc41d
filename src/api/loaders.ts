import DataLoader from 'dataloader';
import type { EvidenceRow, Graph } from '../graph';

export type { EvidenceRow } from '../graph';
import { ENTITY_LABELS, evidenceOfKeys, nodeFields, RELATION_TYPES, type EntityLabel, type RelationType } from '../graph';
import { invariant } from '../invariant';
import { toApiError } from './errors';

/** Node properties as stored (id, name, aliases, label-specific fields). */
export type NodeProps = Record<string, unknown> & { id: string; name?: string };

/** One neighbour reached over one relationship, with the relationship's own properties. */
export interface Neighbour {
  node: NodeProps;
  labels: string[];
  rel: Record<string, unknown> & { sources?: string[]; evidence?: string[] };
}

/** What to follow from a node: e.g. Consortium <-MEMBER_OF- Organization. */
export interface RelatedKey {
  fromLabel: EntityLabel;
  id: string;
  type: RelationType;
  direction: 'out' | 'in';
  toLabel: EntityLabel;
}


function relatedCypher(k: Omit<RelatedKey, 'id'>): string {
  invariant(ENTITY_LABELS.includes(k.fromLabel) && ENTITY_LABELS.includes(k.toLabel) && RELATION_TYPES.includes(k.type), 'related key');
  const pattern = k.direction === 'out' ? `-[r:${k.type}]->` : `<-[r:${k.type}]-`;
  return `UNWIND $ids AS id
MATCH (n:${k.fromLabel} {id: id})${pattern}(m:${k.toLabel})
RETURN id, ${nodeFields('m')} AS node, labels(m) AS labels, properties(r) AS rel
ORDER BY id, m.name`;
}

const EVIDENCE = `RETURN ${evidenceOfKeys('$keys', 'k')} AS rows`;

/** Per-request batching: one Cypher per kind of hop per tick, however many results. */
export interface Loaders {
  related: DataLoader<RelatedKey, Neighbour[], string>;
  evidence: DataLoader<string, EvidenceRow | null>;
}

/** Creates fresh loaders for one request (the API keeps no state between requests). */
export function createLoaders(graph: Graph, timeoutMs: number): Loaders {
  const read = async <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown>): Promise<T[]> => {
    try {
      return await graph.read<T>(cypher, params, { timeoutMs });
    } catch (error) {
      throw toApiError(error);
    }
  };

  const related = new DataLoader<RelatedKey, Neighbour[], string>(
    async (keys) => {
      // Group keys that share a hop shape: each group is one statement.
      const groups = new Map<string, RelatedKey[]>();
      for (const k of keys) {
        const shape = `${k.fromLabel}|${k.type}|${k.direction}|${k.toLabel}`;
        groups.set(shape, [...(groups.get(shape) ?? []), k]);
      }
      const byKey = new Map<string, Neighbour[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const rows = await read<{ id: string; node: NodeProps; labels: string[]; rel: Neighbour['rel'] }>(relatedCypher(group[0]), {
            ids: [...new Set(group.map((k) => k.id))],
          });
          for (const row of rows) {
            const key = relatedKeyString({ ...group[0], id: row.id });
            byKey.set(key, [...(byKey.get(key) ?? []), { node: row.node, labels: row.labels, rel: row.rel }]);
          }
        }),
      );
      return keys.map((k) => byKey.get(relatedKeyString(k)) ?? []);
    },
    { cacheKeyFn: relatedKeyString },
  );

  const evidence = new DataLoader<string, EvidenceRow | null>(async (keys) => {
    const [{ rows }] = await read<{ rows: EvidenceRow[] }>(EVIDENCE, { keys: [...keys] });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });

  return { related, evidence };
}

function relatedKeyString(k: RelatedKey): string {
  return `${k.fromLabel}|${k.id}|${k.type}|${k.direction}|${k.toLabel}`;
}

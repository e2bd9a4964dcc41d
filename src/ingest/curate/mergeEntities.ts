import type { ManagedTransaction } from 'neo4j-driver';
import { labelOfId, RELATION_TYPES, type Graph } from '../../graph';

/** Why a merge was refused; its message is for the API client. */
export class CurationError extends Error {
  override name = 'CurationError';
}

const ALL_TYPES = [...RELATION_TYPES, 'MENTIONS'] as const;

const union = (a: string, b: string) => `reduce(acc = [], x IN coalesce(${a}, []) + coalesce(${b}, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

// Relationship types cannot be parameters; each statement is built from the closed list.
function moveCypher(label: string, type: string, direction: 'out' | 'in'): string {
  const pattern = direction === 'out' ? `(r)-[old:${type}]->(x)` : `(r)<-[old:${type}]-(x)`;
  const merge = direction === 'out' ? `(k)-[new:${type}]->(x)` : `(k)<-[new:${type}]-(x)`;
  return `
MATCH (k:${label} {id: $keep}), (r:${label} {id: $remove})
MATCH ${pattern} WHERE x <> k
MERGE ${merge}
SET new += properties(old),${type === 'MENTIONS' ? '' : `
    new.sources = ${union('new.sources', 'old.sources')},`}
    new.evidence = ${union('new.evidence', 'old.evidence')}
DELETE old`;
}

const absorbCypher = (label: string) => `
MATCH (k:${label} {id: $keep}), (r:${label} {id: $remove})
SET k.aliases = [a IN ${union('k.aliases', 'coalesce(r.aliases, []) + r.name')} WHERE a <> k.name]
WITH k, r
MERGE (redirect:Redirect {id: $remove})
SET redirect.target = $keep
WITH k, r
OPTIONAL MATCH (older:Redirect {target: $remove})
SET older.target = $keep
WITH DISTINCT k, r
DETACH DELETE r
RETURN k.id AS id`;

async function checkMergeable(tx: ManagedTransaction, keep: string, remove: string): Promise<string> {
  if (keep === remove) throw new CurationError('keep and remove are the same entity');
  const label = labelOfId(keep);
  if (!label || label !== labelOfId(remove)) throw new CurationError(`only entities of the same kind can be merged ("${keep}", "${remove}")`);
  const found = await tx.run(`MATCH (n:${label}) WHERE n.id IN [$keep, $remove] RETURN n.id AS id`, { keep, remove });
  const ids = found.records.map((r) => r.get('id') as string);
  for (const id of [keep, remove]) if (!ids.includes(id)) throw new CurationError(`no entity with id "${id}"`);
  return label;
}

/**
 * Folds `remove` into `keep` in one transaction: every relationship moves to
 * `keep` (provenance merged), `remove`'s name becomes an alias, and a Redirect
 * makes later ingests of the same name land on `keep`.
 */
export async function mergeEntities(graph: Graph, keep: string, remove: string): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    const label = await checkMergeable(tx, keep, remove);
    for (const type of ALL_TYPES) {
      await tx.run(moveCypher(label, type, 'out'), { keep, remove });
      await tx.run(moveCypher(label, type, 'in'), { keep, remove });
    }
    await tx.run(absorbCypher(label), { keep, remove });
  });
}

/** Adds an alias to an entity (kept once); false when there is no such entity. */
export async function addAlias(graph: Graph, id: string, alias: string): Promise<boolean> {
  const label = labelOfId(id);
  if (!label) return false;
  const rows = await graph.write(
    `MATCH (n:${label} {id: $id})
     SET n.aliases = CASE WHEN $alias IN coalesce(n.aliases, []) OR $alias = n.name THEN n.aliases ELSE coalesce(n.aliases, []) + $alias END
     RETURN n.id AS id`,
    { id, alias },
  );
  return rows.length > 0;
}

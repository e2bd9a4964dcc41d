import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../../graph';
import type { EntityLabel, ExtractedFacts, ExtractedRelation, ParsedArticle, RelationType } from '../types';
import { FIND_ARTICLE, MERGE_ARTICLE, MERGE_ENTITIES, RETRACT_ARTICLE, mergeRelationsCypher } from './cypher';

/** What writing one article did to the graph. */
export interface WriteArticleResult {
  status: 'new' | 'changed' | 'unchanged';
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

function evidenceOf(articleId: string, sentences: number[]): string[] {
  return [...new Set(sentences)].sort((a, b) => a - b).map((i) => `${articleId}:${i}`);
}

async function run(tx: ManagedTransaction, counters: Counters, cypher: string, params: Record<string, unknown>) {
  const result = await tx.run(cypher, params);
  const c = result.summary.counters.updates();
  counters.nodesCreated += c.nodesCreated;
  counters.nodesDeleted += c.nodesDeleted;
  counters.relationshipsCreated += c.relationshipsCreated;
  counters.relationshipsDeleted += c.relationshipsDeleted;
  return result;
}

/** Groups relations by (type, from label, to label): one UNWIND statement each. */
function groupRelations(facts: ExtractedFacts): Map<string, { type: RelationType; from: EntityLabel; to: EntityLabel; rows: ExtractedRelation[] }> {
  const labelOf = new Map(facts.entities.map((e) => [e.id, e.label]));
  const groups = new Map<string, { type: RelationType; from: EntityLabel; to: EntityLabel; rows: ExtractedRelation[] }>();
  for (const relation of facts.relations) {
    const from = labelOf.get(relation.from);
    const to = labelOf.get(relation.to);
    if (!from || !to) continue; // extraction guarantees both ends; a dangling one states nothing
    const key = `${relation.type}|${from}|${to}`;
    const group = groups.get(key) ?? { type: relation.type, from, to, rows: [] };
    group.rows.push(relation);
    groups.set(key, group);
  }
  return groups;
}

/** Ids among the facts' entities that curation merged away, with the ids they were merged into. */
async function findRedirects(tx: ManagedTransaction, facts: ExtractedFacts): Promise<Map<string, string>> {
  const found = await tx.run('UNWIND $ids AS id MATCH (r:Redirect {id: id}) RETURN id, r.target AS target', {
    ids: facts.entities.map((e) => e.id),
  });
  return new Map(found.records.map((r) => [r.get('id') as string, r.get('target') as string]));
}

/** Facts with merged-away ids replaced by the ids they were merged into. */
function applyRedirects(facts: ExtractedFacts, target: Map<string, string>): ExtractedFacts {
  if (target.size === 0) return facts;
  const to = (id: string) => target.get(id) ?? id;
  const entities = new Map<string, ExtractedFacts['entities'][number]>();
  for (const e of facts.entities) {
    const id = to(e.id);
    const seen = entities.get(id);
    entities.set(
      id,
      seen
        ? { ...seen, aliases: [...seen.aliases, e.name, ...e.aliases], sentences: [...seen.sentences, ...e.sentences] }
        : { ...e, id, aliases: id === e.id ? e.aliases : [...e.aliases, e.name] },
    );
  }
  const relations = facts.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })).filter((r) => r.from !== r.to);
  return { entities: [...entities.values()], relations };
}

/**
 * Writes one article and its facts in a single transaction: an unchanged
 * article is skipped; a changed one (same url or file, new text) first has its
 * previous version retracted. Nothing is half-written: any failure rolls back.
 */
export async function writeArticle(graph: Graph, article: ParsedArticle, facts: ExtractedFacts): Promise<WriteArticleResult> {
  return graph.writeTransaction(async (tx) => {
    const counters: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    // Two reads, then every write sent without waiting for each answer: Neo4j
    // runs a transaction's statements in the order they arrive, so the
    // retraction precedes the merges and relations see their entities, while
    // the round trips overlap (BENCHMARKS.md: each wave of waiting cost more
    // than the statements themselves).
    const [found, redirects] = await Promise.all([
      tx.run(FIND_ARTICLE, { id: article.id, url: article.url ?? null, origin: article.origin }),
      findRedirects(tx, facts),
    ]);
    const exists = found.records[0].get('exists') as boolean;
    const previous = found.records[0].get('previous') as string[];
    if (exists && previous.length === 0) return { status: 'unchanged', ...counters };

    const pending: Promise<unknown>[] = [];
    for (const previousId of previous) {
      for (const statement of RETRACT_ARTICLE) pending.push(run(tx, counters, statement, { articleId: previousId }));
    }
    pending.push(run(tx, counters, MERGE_ARTICLE, {
      article: {
        id: article.id,
        title: article.title,
        url: article.url ?? null,
        published: article.published ?? null,
        publisher: article.publisher ?? null,
        origin: article.origin,
        sentences: article.sentences,
      },
    }));

    const resolved = applyRedirects(facts, redirects);
    const byLabel = new Map<EntityLabel, unknown[]>();
    for (const entity of resolved.entities) {
      const rows = byLabel.get(entity.label) ?? [];
      rows.push({
        id: entity.id,
        name: entity.name,
        aliases: [...new Set(entity.aliases)],
        props: entity.props,
        evidence: evidenceOf(article.id, entity.sentences),
      });
      byLabel.set(entity.label, rows);
    }
    for (const [label, rows] of byLabel) pending.push(run(tx, counters, MERGE_ENTITIES[label], { rows, articleId: article.id }));

    for (const group of groupRelations(resolved).values()) {
      const rows = group.rows.map((r) => ({
        from: r.from,
        to: r.to,
        props: r.props ?? {},
        evidence: evidenceOf(article.id, r.sentences),
      }));
      pending.push(run(tx, counters, mergeRelationsCypher(group.type, group.from, group.to), { rows, articleId: article.id }));
    }
    await Promise.all(pending);
    return { status: previous.length > 0 ? 'changed' : 'new', ...counters };
  });
}

/**
 * True when the graph already holds exactly this article (same text, and no
 * other version at its url or file): ingest can skip extracting it.
 * writeArticle checks again inside its transaction, so a race only costs work.
 */
export async function isArticleUnchanged(graph: Graph, article: ParsedArticle): Promise<boolean> {
  const rows = await graph.read<{ exists: boolean; previous: string[] }>(FIND_ARTICLE, {
    id: article.id,
    url: article.url ?? null,
    origin: article.origin,
  });
  return rows[0].exists && rows[0].previous.length === 0;
}

/** What retracting one article removed. */
export interface RetractResult {
  found: boolean;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/** Removes an article and every fact only it stated, in one transaction. */
export async function retractArticle(graph: Graph, articleId: string): Promise<RetractResult> {
  return graph.writeTransaction(async (tx) => {
    const counters: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    const found = await tx.run('MATCH (a:Article {id: $articleId}) RETURN a.id AS id', { articleId });
    if (found.records.length === 0) return { found: false, nodesDeleted: 0, relationshipsDeleted: 0 };
    for (const statement of RETRACT_ARTICLE) await run(tx, counters, statement, { articleId });
    return { found: true, nodesDeleted: counters.nodesDeleted, relationshipsDeleted: counters.relationshipsDeleted };
  });
}

/** Ids of articles read from under `folders` (origin prefix) that are neither in `keep` nor from `keepOrigins`. */
export async function staleArticles(graph: Graph, folders: string[], keep: string[], keepOrigins: string[] = []): Promise<string[]> {
  if (folders.length === 0) return [];
  const rows = await graph.read<{ id: string }>(
    `MATCH (a:Article)
     WHERE any(f IN $folders WHERE a.origin STARTS WITH f) AND NOT a.id IN $keep AND NOT a.origin IN $keepOrigins
     RETURN a.id AS id`,
    { folders, keep, keepOrigins },
  );
  return rows.map((r) => r.id);
}

import { invariant } from '../../invariant';
import { FACT_TYPES_UNION } from '../../graph/ontology';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../types';

// Labels and relationship types cannot be Cypher parameters, so each
// statement is built once per member of the closed enums in ../types;
// every value still travels as a parameter.

/**
 * MERGE one batch of entities of `label`. An entity's provenance is its
 * MENTIONS: one relationship per article, carrying that article's sentence
 * keys. Lists on the node itself grew with every article on hub nodes (a
 * Government, a FocusArea) and every write rewrote them whole: at a million
 * nodes the transaction log outgrew a 250 GB disk (BENCHMARKS.md, finding 5).
 */
function mergeEntitiesCypher(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n.name = row.name, n.nameKey = toLower(row.name), n.createdAt = datetime(), n.aliases = []
SET n += row.props
// Rewritten only when a new alias appears: hub nodes are touched by most articles.
FOREACH (_ IN CASE WHEN all(a IN row.aliases WHERE a IN coalesce(n.aliases, [])) THEN [] ELSE [1] END |
  SET n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases)
WITH n, row
MATCH (a:Article {id: $articleId})
MERGE (a)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence`;
}

/**
 * MERGE one batch of relationships of `type` from `fromLabel` to `toLabel`
 * nodes, by id (labels given so both ends are found through the id constraints).
 */
export function mergeRelationsCypher(type: RelationType, fromLabel: EntityLabel, toLabel: EntityLabel): string {
  invariant(RELATION_TYPES.includes(type) && ENTITY_LABELS.includes(fromLabel) && ENTITY_LABELS.includes(toLabel), `unknown relation ${fromLabel}-${type}->${toLabel}`);
  return `
UNWIND $rows AS row
MATCH (from:${fromLabel} {id: row.from})
MATCH (to:${toLabel} {id: row.to})
MERGE (from)-[r:${type}]->(to)
SET r += row.props,
    r.sources = [s IN coalesce(r.sources, []) WHERE s <> $articleId] + $articleId,
    r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e STARTS WITH $articleId + ':'] + row.evidence`;
}

export const MERGE_ENTITIES = Object.fromEntries(ENTITY_LABELS.map((l) => [l, mergeEntitiesCypher(l)])) as Record<
  EntityLabel,
  string
>;

/** Creates or refreshes the Article node (before its facts, which link to it). */
export const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.url = $article.url, a.published = $article.published,
    a.publisher = $article.publisher, a.origin = $article.origin,
    a.sentences = $article.sentences, a.ingestedAt = datetime()`;

/** The article with this id, or another one at the same url (a changed version). */
export const FIND_ARTICLE = `
OPTIONAL MATCH (same:Article {id: $id})
OPTIONAL MATCH (byUrl:Article) WHERE $url IS NOT NULL AND byUrl.url = $url AND byUrl.id <> $id
OPTIONAL MATCH (byOrigin:Article) WHERE byOrigin.origin = $origin AND byOrigin.id <> $id AND byOrigin.url IS NULL AND $url IS NULL
RETURN same IS NOT NULL AS exists, collect(DISTINCT byUrl.id) + collect(DISTINCT byOrigin.id) AS previous`;

/**
 * Withdraws one article's support from every fact: a fact it alone stated
 * disappears; a fact another article also states keeps that other source.
 */
export const RETRACT_ARTICLE = [
  // Every fact's ends are entities the article MENTIONS, so start from those
  // (fact types only: a hub's MENTIONS from other articles are not facts).
  `MATCH (:Article {id: $articleId})-[:MENTIONS]->()-[r:${FACT_TYPES_UNION}]-() WHERE $articleId IN r.sources
   WITH DISTINCT r
   SET r.sources = [s IN r.sources WHERE s <> $articleId],
       r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $articleId + ':']
   WITH r WHERE size(r.sources) = 0
   DELETE r`,
  // An entity no other article mentions goes with it.
  `MATCH (a:Article {id: $articleId})-[:MENTIONS]->(n)
   WHERE NOT EXISTS { MATCH (other:Article)-[:MENTIONS]->(n) WHERE other <> a }
   DETACH DELETE n`,
  `MATCH (a:Article {id: $articleId}) DETACH DELETE a`,
];

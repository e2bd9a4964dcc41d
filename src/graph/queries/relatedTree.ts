import { invariant } from '../../invariant';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../ontology';
import { nodeFields } from './nodeFields';

/**
 * The relationships a GraphQL request will follow from one node, as a tree:
 * each hop names a relationship, and `children` are the hops followed from
 * the node it reaches. Reading the whole tree in the statement that finds
 * the root node is what keeps a nested request to one round trip
 * (BENCHMARKS.md: sequential statements were what made us slower than the floor).
 */
export interface HopTree {
  hops: Hop[];
}

/** One relationship followed from a node. */
export interface Hop {
  type: RelationType;
  direction: 'out' | 'in';
  toLabel: EntityLabel;
  /** Also read the evidence sentences of each relationship. */
  evidence: boolean;
  /**
   * Read evidence only for the rows of one page (a paginated field shows no
   * more): rows ordered by name, those that also have a `firstIf`
   * relationship to the same node first (a consortium's leaders), as the
   * resolver orders them. A row outside the window still loads its evidence
   * lazily if asked, so a mismatch costs a round trip, never an answer.
   */
  evidenceWindow?: { offset: number; limit: number; firstIf?: RelationType };
  children: HopTree;
}

/** A sentence an article states a fact in, with the article's citation fields. */
export interface EvidenceRow {
  key: string;
  article: { id: string; title: string; url: string | null; published: string | null; publisher: string | null };
  sentenceIndex: number;
  sentence: string | null;
}

/** One neighbour reached over one hop, with what was read below it (aligned with the hop's children). */
export interface HopRow {
  node: Record<string, unknown> & { id: string };
  labels: string[];
  rel: Record<string, unknown> & { sources?: string[]; evidence?: string[] };
  evidence: EvidenceRow[];
  children: HopRow[][];
}

/**
 * Cypher expression: the evidence rows of a list of "articleId:sentenceIndex"
 * keys (each key's article citation fields and sentence; keys whose article
 * is gone are left out). `suffix` keeps the subquery's variables apart from
 * the caller's.
 */
export function evidenceOfKeys(keys: string, suffix: string): string {
  const [key, ep, a] = ['key', 'ep', 'a'].map((v) => `${v}_${suffix}`);
  return `COLLECT {
  UNWIND ${keys} AS ${key}
  WITH DISTINCT ${key}, split(${key}, ':') AS ${ep}
  MATCH (${a}:Article {id: ${ep}[0]})
  RETURN {key: ${key}, article: ${a} {.id, .title, .url, .published, .publisher},
          sentenceIndex: toInteger(${ep}[1]), sentence: ${a}.sentences[toInteger(${ep}[1])]} }`;
}

/** Cypher expression: the evidence rows of the relationships in list `rels`. */
export function evidenceOf(rels: string, suffix: string): string {
  const [acc, rel] = ['acc', 'rel'].map((v) => `${v}_${suffix}`);
  return evidenceOfKeys(`reduce(${acc} = [], ${rel} IN ${rels} | ${acc} + coalesce(${rel}.evidence, []))`, suffix);
}

/**
 * A Cypher list expression reading `tree` from the node bound to `from`:
 * one element per hop, each a list of HopRow maps ordered by neighbour name
 * (the order the per-hop loader uses). Labels and types come from the
 * ontology and are checked: nothing user-typed reaches the statement text.
 */
export function relatedTreeCypher(tree: HopTree, from: string, depth = 0): string {
  const parts = tree.hops.map((hop, i) => {
    invariant(RELATION_TYPES.includes(hop.type) && ENTITY_LABELS.includes(hop.toLabel), 'hop in the ontology');
    const suffix = `${depth}_${i}`;
    const [m, r, idx, pairs] = ['m', 'r', 'i', 'pairs'].map((v) => `${v}_${suffix}`);
    const arrow = (type: RelationType, variable = '') => (hop.direction === 'out' ? `-[${variable}:${type}]->` : `<-[${variable}:${type}]-`);
    const evidence = hop.evidence ? evidenceOf(`[${r}]`, suffix) : '[]';
    const children = relatedTreeCypher(hop.children, m, depth + 1);
    const row = (evidenceExpr: string) =>
      `RETURN {node: ${nodeFields(m)}, labels: labels(${m}), rel: properties(${r}), evidence: ${evidenceExpr}, children: ${children}}`;
    const window = hop.evidence ? hop.evidenceWindow : undefined;
    if (!window) {
      return `COLLECT {
  MATCH (${from})${arrow(hop.type, r)}(${m}:${hop.toLabel})
  WITH ${m}, ${r} ORDER BY ${m}.name
  ${row(evidence)} }`;
    }
    const { offset, limit, firstIf } = window;
    invariant(Number.isInteger(offset) && Number.isInteger(limit) && offset >= 0 && limit >= 0, 'evidence window of integers');
    invariant(!firstIf || RELATION_TYPES.includes(firstIf), 'firstIf in the ontology');
    const first = firstIf ? `EXISTS { (${from})${arrow(firstIf)}(${m}) } DESC, ` : '';
    // The ordered rows as one list first, so each row knows its position.
    return `COLLECT {
  UNWIND [COLLECT {
    MATCH (${from})${arrow(hop.type, r)}(${m}:${hop.toLabel})
    WITH ${m}, ${r} ORDER BY ${first}${m}.name
    RETURN [${m}, ${r}] }] AS ${pairs}
  UNWIND range(0, size(${pairs}) - 1) AS ${idx}
  WITH ${pairs}[${idx}][0] AS ${m}, ${pairs}[${idx}][1] AS ${r}, ${idx}
  ${row(`CASE WHEN ${idx} >= ${offset} AND ${idx} < ${offset + limit} THEN ${evidence} ELSE [] END`)} }`;
  });
  return `[${parts.join(', ')}]`;
}

/** Number of hops in a tree, all levels (a tree of none needs no prefetch). */
export function hopCount(tree: HopTree): number {
  return tree.hops.reduce((sum, hop) => sum + 1 + hopCount(hop.children), 0);
}

/**
 * The shapes data takes on its way through ingest:
 * raw file → ArticleInput → ParsedArticle (sentences) → ExtractedFacts → graph.
 * Labels and relationship types are DESIGN.md's ontology, nothing more.
 */

export { ENTITY_LABELS, RELATION_TYPES } from '../graph/ontology';
export type { EntityLabel, RelationType } from '../graph/ontology';
import type { EntityLabel, RelationType } from '../graph/ontology';

/** Organization.kind values. */
export type OrganizationKind = 'company' | 'research' | 'university' | 'fund' | 'other';

/** An article as read from disk or a feed, before any NLP. */
export interface ArticleInput {
  /** Where it came from (file path or feed URL + item), for error lines. */
  origin: string;
  title: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
  publisher?: string;
  /** Plain text body (markup already removed). */
  body: string;
}

/** An article ready for extraction: identified and split into sentences. */
export interface ParsedArticle extends ArticleInput {
  /** Content hash: stable across re-ingests of the same text. */
  id: string;
  sentences: string[];
}

/** Scalar property values we store on nodes and relationships. */
export type PropValue = string | number | boolean | string[] | null;

/** One entity the article states, already resolved to its stable id. */
export interface ExtractedEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Label-specific properties (country, kind, statedMemberCount, amount …). */
  props: Record<string, PropValue>;
  /** Indexes into ParsedArticle.sentences that mention it. */
  sentences: number[];
}

/** One relationship the article states, between two extracted entity ids. */
export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  /** Indexes into ParsedArticle.sentences that state it. */
  sentences: number[];
  props?: Record<string, PropValue>;
}

/** Everything extraction found in one article. */
export interface ExtractedFacts {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

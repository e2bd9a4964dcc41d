import { splitSentences } from '../../../src/ingest/read/splitSentences';
import { articleId } from '../../../src/ingest/resolve/ids';
import { extractFactsWithFeatures } from '../../../src/ingest/extract/extractFacts';
import type { ExtractedFacts, ParsedArticle } from '../../../src/ingest/types';

/** A ParsedArticle from a body literal, as the read stage would produce it. */
export function articleOf(body: string, published?: string): ParsedArticle {
  return { id: articleId(body), origin: 'test', title: 'test', body, published, sentences: splitSentences(body) };
}

/** The same, with a headline (extraction reads the title for the article's project and team). */
export function titledArticle(title: string, body: string): ParsedArticle {
  return { ...articleOf(body), title };
}

/** Names of the entities of one label, sorted, for compact expectations. */
export function namesOf(facts: ExtractedFacts, label: string): string[] {
  return facts.entities.filter((e) => e.label === label).map((e) => e.name).sort();
}

/** Relations of one type as "from name → to name" strings, sorted. */
export function relationsOf(facts: ExtractedFacts, type: string): string[] {
  const name = (id: string): string => facts.entities.find((e) => e.id === id)?.name ?? id;
  return facts.relations.filter((r) => r.type === type).map((r) => `${name(r.from)} → ${name(r.to)}`).sort();
}

/** Relations of one type the phrasing readers find alone, before the membership model adds any. */
export function readerRelationsOf(article: ParsedArticle, type: string): string[] {
  return relationsOf(extractFactsWithFeatures(article, false).facts, type);
}

/** Memberships that number at least two and all join the one team (compact expectation for model-placed members). */
export function expectAllJoin(memberships: string[], team: string): void {
  expect(memberships.length).toBeGreaterThanOrEqual(2);
  expect(memberships.every((pair) => pair.endsWith(`→ ${team}`))).toBe(true);
}

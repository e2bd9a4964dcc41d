import type { EntityLabel, ParsedArticle } from '../types';
import { entityId } from '../resolve/ids';
import { loadSeed } from '../resolve/loadSeed';
import { escapeRegExp } from './extractGovernments';
import type { FactSink } from './factSink';

interface FocusFile {
  areas: Array<{ name: string; aliases: string[]; patterns?: string[] }>;
}

/** What a focus statement can be about, most specific first. */
const SUBJECTS: EntityLabel[] = ['Consortium', 'Initiative', 'Model', 'Organization'];

let compiled: Array<{ name: string; patterns: RegExp[]; keys: string[] }> | undefined;

/** The taxonomy of seeds/focus-areas.json with each alias as a word-bounded pattern. */
function taxonomy(): Array<{ name: string; patterns: RegExp[]; keys: string[] }> {
  compiled ??= loadSeed<FocusFile>('focus-areas.json').areas.map((area) => ({
    name: area.name,
    // All aliases of an area in one alternation: one test per area and sentence.
    patterns: [
      new RegExp(`(?<![\\p{L}\\p{N}-])(?:${area.aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
      ...(area.patterns ?? []).map((pattern) => new RegExp(pattern, 'u')),
    ],
    // Lowercase aliases for a cheap substring check before any regex runs; an area with patterns always runs them.
    keys: area.patterns?.length ? [] : area.aliases.map((alias) => alias.toLowerCase()),
  }));
  return compiled;
}

/** Words that say a sentence states what something is for: "a model for …", "will focus on …", "the money will fund …", "released under …". */
const PURPOSE = /\b(?:focus(?:es|ed|ing)? on|aimed at|aims? to|designed (?:to|for)|built for|tuned for|trained (?:on|for)|to build|to develop|to train|targets?|dedicated to|specialis(?:es|ing) in|speciali[sz](?:es|ing) in|centres on|centers on|(?:will|to) fund|(?:published|released) (?:with|under)|first (?:deployment|applications?) will|plans to invest)\b/i;

/**
 * FocusArea entities for the taxonomy areas an article is about, and
 * FOCUSES_ON from what each stating sentence is about: a consortium referred
 * to in it (also through "the joint venture will focus on"), else an
 * initiative, a model or the first organisation named, else the article's main
 * consortium or initiative. A keyword seen once in passing ("national
 * security" in a quote) is not a focus: an area counts when the title or the
 * lede names it, when two sentences do, or when a sentence says it is the
 * purpose ("a model designed for …").
 */
export function extractFocusAreas(article: ParsedArticle, sink: FactSink): void {
  const fallback = sink.byLabel('Consortium')[0]?.id ?? sink.byLabel('Initiative')[0]?.id;
  const lede = `${article.title} ${article.sentences.slice(0, 2).join(' ')}`;
  const lower = article.sentences.map((sentence) => sentence.toLowerCase());
  for (const area of taxonomy()) {
    const stating = article.sentences.flatMap((sentence, index) =>
      (!area.keys.length || area.keys.some((key) => lower[index].includes(key))) && area.patterns.some((pattern) => pattern.test(sentence)) ? [index] : [],
    );
    if (!stating.length) continue;
    const salient = area.patterns.some((pattern) => pattern.test(lede)) || stating.length >= 2 || stating.some((index) => PURPOSE.test(article.sentences[index]) || sink.mentionsIn(index, ['Consortium', 'Initiative', 'Model']).length > 0);
    if (!salient) continue;
    const id = sink.addEntity({ id: entityId('FocusArea', area.name), label: 'FocusArea', name: area.name, props: {}, sentences: stating });
    for (const index of stating) {
      const subject = subjectOf(sink, index) ?? fallback;
      if (subject) sink.addRelation('FOCUSES_ON', subject, id, [index]);
    }
  }
}

function subjectOf(sink: FactSink, sentence: number): string | undefined {
  for (const label of SUBJECTS) {
    const mention = sink.mentionsIn(sentence, [label])[0];
    if (mention) return mention.id;
  }
  return undefined;
}

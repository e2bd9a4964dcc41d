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
const PURPOSE = /\b(?:focus(?:es|ed|ing)? on|aimed at|aims? to|designed (?:to|for)|built for|tuned for|trained (?:on|for)|to build|to develop|to train|targets?|dedicated to|specialis(?:es|ing) in|speciali[sz](?:es|ing) in|centres on|centers on|(?:will|to) fund|(?:published|released) (?:with|under)|(?:publish|release)(?:es|ed|ing)? (?:the |its )?(?:model )?(?:weights )?(?:with|under)|first (?:deployment|applications?) will|(?:be )?deployed (?:first )?(?:in|to|for)|first deployed|plans to invest|priority (?:sectors?|areas?|domains?|fields?)|priorities (?:include|are)|focus areas?|key sectors|target sectors)\b/i;
/** Looser statements of what a model or team does ("a model that handles Indian languages", "working on a multimodal model"): count for a single mention too. */
const DOES = /\b(?:models? (?:for|that|which|covering|tuned|trained)|(?:is|are) (?:working on|building|developing|training|tailoring)|intended (?:to|for)|meant to|(?:will|can|to) (?:serve|cover|target)|speaks|handles|trained (?:in|on)|tailored (?:to|for)|releasing (?:the |its |their )?(?:models?|weights)|(?:the|its|their) (?:main|first|core) (?:languages?|applications?|use cases?))\b/i;

/** A list heading ("Its plans include:", "The strategy rests on three pillars:") whose bullets state purposes. */
const PURPOSE_HEADING = /\b(?:plans?|pillars?|priorities|priority|focus|goals?|aims?|objectives?|areas?|sectors?|will)\b[^.]*:$/i;
const BULLET = /^(?:[-*•·]|\d+[.)])\s+/;

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
  const fallback = mainSubjectOf(sink);
  const lede = `${article.title} ${article.sentences.slice(0, 2).join(' ')}`;
  const lower = article.sentences.map((sentence) => sentence.toLowerCase());
  for (const area of taxonomy()) {
    const stating = article.sentences.flatMap((sentence, index) =>
      (!area.keys.length || area.keys.some((key) => lower[index].includes(key))) && area.patterns.some((pattern) => statesOutsideNames(sink, index, sentence, pattern)) ? [index] : [],
    );
    if (!stating.length) continue;
    const salient =
      area.patterns.some((pattern) => pattern.test(lede)) ||
      stating.length >= 2 ||
      stating.some((index) => PURPOSE.test(article.sentences[index]) || DOES.test(article.sentences[index]) || PURPOSE_HEADING.test(headingOf(article.sentences, index) ?? '') || sink.mentionsIn(index, ['Consortium', 'Initiative', 'Model']).length > 0);
    if (!salient) continue;
    const id = sink.addEntity({ id: entityId('FocusArea', area.name), label: 'FocusArea', name: area.name, props: {}, sentences: stating });
    for (const index of stating) {
      const subject = subjectOf(sink, index, keywordAt(article.sentences[index], area.patterns)) ?? bulletSubjectOf(article.sentences, sink, index) ?? fallback;
      if (subject) sink.addRelation('FOCUSES_ON', subject, id, [index]);
    }
  }
}

/**
 * What a sentence is about: its consortium, else initiative, else model, else
 * an organisation named before the keyword ("UNDP" in "… a multilingual
 * model, with funding from UNDP" is a sponsor, not the subject).
 */
function subjectOf(sink: FactSink, sentence: number, keyword = Number.MAX_SAFE_INTEGER): string | undefined {
  for (const label of SUBJECTS) {
    const mention = sink.mentionsIn(sentence, [label]).find((m) => label !== 'Organization' || m.start < keyword);
    if (mention) return mention.id;
  }
  return undefined;
}

/** Where the area's first pattern matches in the sentence, else the end. */
function keywordAt(sentence: string, patterns: RegExp[]): number {
  const at = patterns.map((pattern) => pattern.exec(sentence)?.index ?? Number.MAX_SAFE_INTEGER);
  return Math.min(...at);
}

/**
 * "National Centre for AI and Robotics" names a body, not a focus: a keyword
 * inside an organisation's or agency's name does not count. A programme named
 * after its focus ("Physical AI Flagship") does state it.
 */
function statesOutsideNames(sink: FactSink, index: number, sentence: string, pattern: RegExp): boolean {
  const first = pattern.exec(sentence);
  if (!first) return false;
  const names = sink.mentionsIn(index, ['Organization', 'Agency']);
  const outside = (at: number, end: number): boolean =>
    // "the Defence Ministry's …", "Ministry of Health": a body's name even when no entity was made of it.
    !BODY_AFTER.test(sentence.slice(end)) && !BODY_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) && !names.some((m) => m.start <= at && m.end >= end);
  if (outside(first.index, first.index + first[0].length)) return true;
  // Rare: the first hit sat inside a name, so look at the others.
  for (const match of sentence.matchAll(globalOf(pattern))) if (outside(match.index, match.index + match[0].length)) return true;
  return false;
}

const globals = new WeakMap<RegExp, RegExp>();

/** The same pattern with the global flag, compiled once (matchAll needs it). */
function globalOf(pattern: RegExp): RegExp {
  let every = globals.get(pattern);
  if (!every) {
    every = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, every);
  }
  return every;
}

const BODY_AFTER = /^['’]?\s*(?:Ministry|Ministries|Department|Minister|Secretary|Agency|Council|Directorate|Authority|Committee|Command)\b/;
const BODY_BEFORE = /\b(?:Ministry|Department|Minister|Secretary) (?:of|for) (?:\p{Lu}[\p{L}-]* )*$/u;

/** The consortium, initiative or model the article names first (the lede's subject), else none. */
function mainSubjectOf(sink: FactSink): string | undefined {
  const candidates = SUBJECTS.filter((label) => label !== 'Organization').flatMap((label) => sink.byLabel(label));
  candidates.sort((a, b) => (a.sentences[0] ?? Infinity) - (b.sentences[0] ?? Infinity));
  return candidates[0]?.id;
}

/** The line a bullet hangs from (the nearest non-bullet line above it), for a bullet; else undefined. */
function headingOf(sentences: string[], index: number): string | undefined {
  if (!BULLET.test(sentences[index])) return undefined;
  for (let i = index - 1; i >= 0; i--) if (!BULLET.test(sentences[i])) return sentences[i];
  return undefined;
}

/**
 * "HUMAIN will … . Its plans include: - cloud services": a bullet is about
 * what its heading is about — a name in the heading, else (for "Its …",
 * "Their …") the subject of the sentence before the heading.
 */
function bulletSubjectOf(sentences: string[], sink: FactSink, index: number): string | undefined {
  if (!BULLET.test(sentences[index])) return undefined;
  let heading = index - 1;
  while (heading >= 0 && BULLET.test(sentences[heading])) heading--;
  if (heading < 0) return undefined;
  const named = subjectOf(sink, heading);
  if (named) return named;
  return /^(?:Its|Their)\b/.test(sentences[heading]) && heading > 0 ? subjectOf(sink, heading - 1) : undefined;
}

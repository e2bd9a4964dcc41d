import type { ParsedArticle } from '../types';
import { capitalOf, countryForms, countryName, isLanguageName, type CountryForm } from '../resolve/countries';
import { governmentId } from '../resolve/ids';
import type { FactSink } from './factSink';

/** Governments found in an article, and the one it is mostly about. */
export interface GovernmentsResult {
  /** ISO codes in order of first mention. */
  codes: string[];
  /** The most-mentioned government (first on ties); the default funder and launcher. */
  main?: string;
}

/** A capital counts as its government only when it acts: "Seoul said", "Paris wants". */
const METONYM_VERB = /^(?:['’]s government)?\s+(?:said|says|wants|plans|has|have|had|will|would|announced|hopes|committed|agreed|approved|pledged|expects|aims|is|was|argued|insists|believes|added|unveiled|launched|set|selected|chose)\b/;

/** After a country's name: its own institutions or a verb with it as subject ("Belgium's federal government", "Korea picked"). */
const ACTS_AFTER = /^(?:['’]s?)?(?: and (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?,?\s+(?:(?:federal|national|central|state|new|own)\s+)?(?:government|governments|ministry|ministries|cabinet|parliament|authorities|officials|regulators?|president|prime minister|chancellor|administration|state|agency|minister|presidency|treasury)\b|^(?: and (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?\s+(?:has|have|had|is|was|will|would|said|says|plans|wants|aims|hopes|launched|announced|committed|pledged|picked|selected|approved|unveiled|signed|agreed|cut|chose|invested|funds|funded|spends|spent|allocated|awarded|created|passed|adopted|introduced|intends|expects|backs|gave|offers)\b/u;
/** Before a country's name: "the government of X", "X's" programmes are tested after. */
const ACTS_BEFORE = /\b(?:(?:government|governments|ministry|state|people|parliament|president|prime minister|cabinet) of|(?:backed|funded|owned|financed|supported|launched|commissioned) by) (?:the )?$/i;
/** A possessive naming the state's own plan, money or institution: "Singapore's S$70 million National … Programme". */
const OWNS_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+ ){0,2}\p{Lu}|^['’]s?\s+(?:[^,.;]{0,60}?)\b(?:programme|program|plan|strategy|initiative|mission|fund|budget|government|ministry|agency|push|effort|bet|model|policy|call|competition|flagship|race)\b/u;

/**
 * Finds the governments an article is about — country names, demonyms ("the
 * Japanese government"), capitals used as metonyms ("Seoul said") and the EU —
 * and adds a Government entity per country with each naming sentence. Only a
 * government that acts or hosts counts: the article's main country, or one
 * named as the subject of a verb, with its own institutions ("the Japanese
 * government") or programmes ("Singapore's … Programme"). Adjectives of origin
 * ("a Finnish lab", "US-China competition", "Spanish-language") add nothing.
 */
export function extractGovernments(article: ParsedArticle, sink: FactSink): GovernmentsResult {
  const counts = new Map<string, number>();
  const acting = new Set<string>();
  const found: Array<{ code: string; text: string; sentence: number; start: number; end: number }> = [];
  article.sentences.forEach((sentence, index) => {
    for (const { form, start } of findCountryForms(sentence)) {
      const end = start + form.text.length;
      const after = sentence.slice(end);
      // "Abu Dhabi's MGX", "Seoul said": a capital counts only when it acts or owns.
      if (form.kind === 'capital' && !METONYM_VERB.test(after) && !/^['’]s?\s+\p{Lu}/u.test(after)) continue;
      // "US$46 million": a currency mark, not the country.
      if (after.startsWith('$')) continue;
      // "languages such as Thai, Vietnamese": a language, not a country.
      if (isLanguageName(form.text) && /\blanguages?\b/i.test(sentence)) continue;
      found.push({ code: form.code, text: form.text, sentence: index, start, end });
      counts.set(form.code, (counts.get(form.code) ?? 0) + 1);
      const compound = /^-(?!\p{Lu})/u.test(after);
      const hosts = form.kind === 'name' && /\b(?:in|across|throughout) (?:the )?$/i.test(sentence.slice(0, start));
      if (!compound && (form.kind === 'capital' || hosts || ACTS_AFTER.test(after) || OWNS_AFTER.test(after) || ACTS_BEFORE.test(sentence.slice(0, start)))) acting.add(form.code);
    }
  });
  // "MANILA —": the dateline's capital is where the story happens.
  const dateline = /^([A-Z][A-Z .'’-]{2,30}?)(?:,| —| –| -)/.exec(article.sentences[0] ?? '');
  const datelineCode = dateline ? capitalOf(dateline[1].toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase())) : undefined;
  if (datelineCode && counts.has(datelineCode)) counts.set(datelineCode, counts.get(datelineCode)! + 2);
  const codes = [...counts.keys()];
  const main = codes.reduce<string | undefined>((best, code) => (!best || counts.get(code)! > counts.get(best)! ? code : best), undefined);
  if (main) acting.add(main);
  for (const mention of found) {
    if (!acting.has(mention.code)) continue;
    const id = sink.addEntity({ id: governmentId(mention.code), label: 'Government', name: countryName(mention.code), aliases: [mention.text], props: { country: mention.code }, sentences: [mention.sentence] });
    sink.addMention({ id, label: 'Government', sentence: mention.sentence, start: mention.start, end: mention.end });
  }
  return { codes: codes.filter((code) => acting.has(code)), main };
}

let byFirstChar: Map<string, CountryForm[]> | undefined;

/**
 * Country forms written in a sentence, left to right, longest form first at
 * each word start ("South Korea" before "Korea"), word-bounded. Forms are
 * indexed by first character once per process, so a sentence costs one look
 * per word instead of a thousand-way alternation.
 */
function findCountryForms(sentence: string): Array<{ form: CountryForm; start: number }> {
  byFirstChar ??= countryForms().reduce((map, form) => map.set(form.text[0], [...(map.get(form.text[0]) ?? []), form]), new Map<string, CountryForm[]>());
  const found: Array<{ form: CountryForm; start: number }> = [];
  for (let i = 0; i < sentence.length; i++) {
    const candidates = byFirstChar.get(sentence[i]);
    if (!candidates || WORD_CHAR.test(sentence[i - 1] ?? '')) continue;
    const form = candidates.find((f) => sentence.startsWith(f.text, i) && !WORD_CHAR.test(sentence[i + f.text.length] ?? ''));
    if (!form) continue;
    found.push({ form, start: i });
    i += form.text.length - 1;
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

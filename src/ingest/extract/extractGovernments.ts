import type { ParsedArticle } from '../types';
import { capitalOf, countryForms, countryName, countryOf, isLanguageName, type CountryForm } from '../resolve/countries';
import { governmentId } from '../resolve/ids';
import { regionsIn } from '../resolve/places';
import type { FactSink } from './factSink';
import { classifyName } from './classifyName';
import { readNameAt } from './nameSpans';

/** Governments found in an article, and the one it is mostly about. */
export interface GovernmentsResult {
  /** ISO codes in order of first mention. */
  codes: string[];
  /** The most-mentioned government (first on ties); the default funder and launcher. */
  main?: string;
  /** Every country named, by name, demonym or capital, with its sentence (acting or not). */
  named: Array<{ code: string; sentence: number }>;
}

/** A capital counts as its government only when it acts: "Seoul said", "Paris wants". */
const METONYM_VERB = /^(?:['’]s government)?\s+(?:said|says|wants|plans|has|have|had|will|would|announced|hopes|committed|agreed|approved|pledged|expects|aims|is|was|argued|insists|believes|added|unveiled|launched|set|selected|chose)\b/;

/** After a country's name: its own institutions or a verb with it as subject ("Belgium's federal government", "Korea picked"). */
const ACTS_AFTER = /^(?:['’]s?)?(?: and (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?,?\s+(?:(?:federal|national|central|state|new|own)\s+|(?:(?!(?:and|or|but|while|as|the|with|whose|where)\s)[\p{Ll}-]+\s+){1,2}(?=minister|ministry|government|officials|authorities|regulator|counterpart))?(?:government|governments|ministry|ministries|cabinet|parliament|authorities|officials|regulators?|president|prime minister|chancellor|administration|state|agency|minister|presidency|treasury|counterpart)\b|^(?: and (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?\s+(?:has|have|had|is|are|was|were|will|would|said|says|plans|wants|aims|hopes|launched|announced|committed|pledged|picked|selected|approved|unveiled|signed|agreed|cut|chose|invested|funds|funded|spends|spent|allocated|awarded|created|passed|adopted|introduced|intends|expects|backs|gave|offers|receives|received|gets|will receive|is receiving)\b/u;
/** Before a country's name: "the government of X", "X's" programmes are tested after. */
const ACTS_BEFORE = /\b(?:(?:government|governments|ministry|state|people|parliament|president|prime minister|cabinet) of|(?:backed|funded|owned|financed|supported|launched|commissioned) by) (?:the )?$/i;
/** A possessive naming the state's own plan, money or institution: "Singapore's S$70 million National … Programme". */
const OWNS_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+ ){0,2}\p{Lu}|^['’]s?\s+(?:[^,.;]{0,60}?)\b(?:programme|program|plan|strategy|initiative|mission|fund|budget|government|ministry|agency|push|effort|bet|model|policy|call|competition|flagship|race)\b/u;

/** A lowercase noun right after a country's name makes the name an adjective ("US labs"); verbs and small words do not. */
const NOUN_AFTER = /^ (?!(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|does|did|do|be|been|and|or|nor|but|yet|so|to|in|on|at|for|from|with|by|as|of|among|between|into|onto|over|under|after|before|through|during|against|about|across|around|via|than|that|which|who|where|when|while|also|alone|too|now|then|still|itself|last|next|this|earlier|later|today|recently|already|just|remains?|said|says|wants|plans|aims|hopes|seeks|needs|took|takes|gets|got|became|becomes|signs|joins|leads|makes|made|sees|saw)\b)(?!\p{Ll}+ed\b)\p{Ll}/u;

/** "Rioplatense Spanish model", "Guaraní–Spanish assistant", "fluent in Spanish": a language, not a state. */
const LANGUAGE_AFTER = /^(?:[-–\s]+(?:language|languages|model|models|assistant|assistants|chatbot|speech|corpus|corpora|dataset|datasets|text|texts|speakers|dialect|dialects|voice|LLM|LLMs|translation|transcription|version|tokens?|content|documents|-speaking|speaking))\b|^[–/]\p{Lu}/u;
const LANGUAGE_BEFORE = /(?:[–/]|\b(?:in|into|from|and|as well as|speak|speaks|spoken|fluent in|bilingual|multilingual)\s)$/u;
/** "- **Uruguay** — …", "**Latvia.** …": a country label opening a section makes the section about its state. */
const LABEL_BEFORE = /^(?:[-*•·]\s+)?(\*\*|__)?$/;
/** "a unit of France's Atos": a possessive before a company's name tells where the company is from. */
function ownsCompany(before: string, after: string): boolean {
  if (!/\b(?:unit|subsidiary|arm|division|affiliate|part|member) of (?:the )?$/.test(before)) return false;
  const name = /^['’]s?\s+/.exec(after);
  const span = name && readNameAt(after, name[0].length);
  return !!span && classifyName(span.text) === 'Organization';
}

/**
 * Finds the governments an article is about — country names, demonyms ("the
 * Japanese government"), capitals used as metonyms ("Seoul said") and the EU —
 * and adds a Government entity per country with each naming sentence. A
 * country written by name counts wherever it stands (not in compounds such as
 * "US-China competition", nor as a language); demonyms and capitals count only
 * when the state acts or hosts: the article's main country, or one named as the
 * subject of a verb, with its own institutions ("the Japanese government") or
 * programmes ("Singapore's … Programme"). Adjectives of origin ("a Finnish
 * lab", "Spanish-language") add nothing.
 */
export function extractGovernments(article: ParsedArticle, sink: FactSink): GovernmentsResult {
  const counts = new Map<string, number>();
  const acting = new Set<string>();
  const found: Array<{ code: string; text: string; sentence: number; start: number; end: number }> = [];
  const formsBySentence = article.sentences.map((sentence) => headingCountry(sentence) ?? findCountryForms(sentence));
  const namedCodes = new Set(formsBySentence.flat().filter(({ form }) => form.kind === 'name').map(({ form }) => form.code));
  article.sentences.forEach((sentence, index) => {
    const named: Array<{ code: string; start: number; end: number }> = [];
    for (const { form, start, heading } of formsBySentence[index]) {
      const end = start + form.text.length;
      const after = sentence.slice(end);
      // "Abu Dhabi's MGX", "Seoul said": a capital counts only when it acts or owns.
      // "a spokesperson in Paris said": a place, unless the sentence opens on it ("In Manila, the Department of …").
      const located = /\b(?:in|at|from|near|outside|to)\s$/i.test(sentence.slice(0, start));
      // "In Sofia, the model …" opening a paragraph sets the scene like a dateline.
      const placeOfAgency = /^(?:[-*•·]\s+)?In $/.test(sentence.slice(0, start)) && /^, /.test(after);
      if (form.kind === 'capital' && !placeOfAgency && (located || (!METONYM_VERB.test(after) && !/^['’]s?\s+\p{Lu}/u.test(after)))) continue;
      // "US$46 million": a currency mark, not the country.
      if (after.startsWith('$')) continue;
      // "languages such as Thai, Vietnamese": a language, not a country.
      // "a Rioplatense Spanish model" in an article that never names Spain: the language only.
      const languageUse = LANGUAGE_AFTER.test(after) || LANGUAGE_BEFORE.test(sentence.slice(0, start));
      if (isLanguageName(form.text) && (/\blanguages?\b/i.test(sentence) || (languageUse && !namedCodes.has(form.code)))) continue;
      // "a unit of Malaysia's Axiata Group": where a company comes from, not a state the article is about.
      if (ownsCompany(sentence.slice(0, start), after)) continue;
      found.push({ code: form.code, text: form.text, sentence: index, start, end });
      counts.set(form.code, (counts.get(form.code) ?? 0) + 1);
      const compound = /^-(?!\p{Lu})/u.test(after);
      const hosts = form.kind === 'name' && /\b(?:in|across|throughout) (?:the )?$/i.test(sentence.slice(0, start));
      const label = LABEL_BEFORE.exec(sentence.slice(0, start));
      const labels = (form.kind === 'name' && !!label && (label[1] ? /^[.:]?(?:\*\*|__)/.test(after) : /^(?::|\s+[—–-]\s)/.test(after))) || !!heading;
      const owns = OWNS_AFTER.test(after);
      // A country written by name is a state the article brings in ("rather than relying on systems built in
      // the United States"), so it is recorded at every mention; adjectives ("a Finnish lab") and capitals
      // still count only when they act, own or host.
      // "the US-China race" pairs two countries into an adjective, and "a US provider" uses the name as one:
      // origin, like a demonym, so neither is brought in by it.
      const attributive = /^[-–]\p{Lu}/u.test(after) || /\p{L}[-–]$/u.test(sentence.slice(0, start)) || NOUN_AFTER.test(after);
      if (form.kind === 'name' && !compound && !attributive) acting.add(form.code);
      if (!compound && (form.kind === 'capital' || hosts || labels || ACTS_AFTER.test(after) || owns || ACTS_BEFORE.test(sentence.slice(0, start)))) acting.add(form.code);
      // "Lithuania, Latvia and Estonia are each building …": the verb after the last conjunct is every conjunct's.
      if (!compound && ACTS_AFTER.test(after)) {
        let from = start;
        for (const prev of [...named].reverse()) {
          if (!/^(?:, |,? and )$/.test(sentence.slice(prev.end, from))) break;
          acting.add(prev.code);
          from = prev.start;
        }
      }
      if (form.kind === 'name') named.push({ code: form.code, start, end });
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
  return { codes: codes.filter((code) => acting.has(code)), main, named: found.map(({ code, sentence }) => ({ code, sentence })) };
}

/** A country form found in a sentence; `heading` when the sentence is only that name, set as a section label. */
interface FoundForm {
  form: CountryForm;
  start: number;
  heading?: boolean;
}

/** "SERBIA", "## Bulgaria": a heading that is only a country's name opens that country's section. */
function headingCountry(sentence: string): FoundForm[] | undefined {
  const heading = /^(#{1,4}\s+|\*\*)?([\p{L}\s'’.-]{3,40}?)(?:\*\*)?:?$/u.exec(sentence);
  if (!heading || (!heading[1] && !/^\p{Lu}[\p{Lu}\s'’.-]+$/u.test(heading[2]))) return undefined;
  // "CÔTE D’IVOIRE" → "Côte D’ivoire" would miss; title case per word, small words lowered, is enough for names.
  const text = heading[2].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(?:And|Of|The)\b/g, (w) => w.toLowerCase());
  const code = countryOf(text);
  if (!code) return undefined;
  const start = heading[1]?.length ?? 0;
  return [{ form: { text: heading[2], code, kind: 'name', primary: true }, start, heading: true }];
}

let byFirstChar: Map<string, Array<{ form: CountryForm; text: string }>> | undefined;

/**
 * Country forms written in a sentence, left to right, longest form first at
 * each word start ("South Korea" before "Korea"), word-bounded. Forms are
 * indexed by first character once per process, so a sentence costs one look
 * per word instead of a thousand-way alternation.
 */
function findCountryForms(sentence: string): FoundForm[] {
  byFirstChar ??= countryForms().reduce((map, form) => {
    const text = form.text.replace(/’/g, "'");
    return map.set(text[0], [...(map.get(text[0]) ?? []), { form, text }]);
  }, new Map<string, Array<{ form: CountryForm; text: string }>>());
  const found: FoundForm[] = [];
  // "Côte d’Ivoire" in typeset copy, "Côte d'Ivoire" in the form list: one apostrophe for matching (same length, so positions hold).
  const text = sentence.replace(/’/g, "'");
  // (Read once a country form is found: most sentences name none, and this runs for every sentence.)
  let regions: ReturnType<typeof regionsIn> | undefined;
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirstChar.get(text[i]);
    if (!candidates || WORD_CHAR.test(text[i - 1] ?? '')) continue;
    const form = candidates.find((f) => text.startsWith(f.text, i) && !WORD_CHAR.test(text[i + f.text.length] ?? ''))?.form;
    if (!form) continue;
    // "British Columbia", "New Mexico", "Western Australia": a region whose name holds a country's is no country.
    regions ??= regionsIn(text);
    if (regions.some((region) => region.start <= i && i + form.text.length <= region.end && region.end - region.start > form.text.length)) {
      i += form.text.length - 1;
      continue;
    }
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

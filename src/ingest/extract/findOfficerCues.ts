import type { CueStrength, Candidate } from './orgRegistry';
import { INNER_ORG_HEADS, ORG_HEADS, ROLE_NOUNS } from './lexicon';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { looksLikePerson } from './classifyName';
import { readList, type ListItem } from './readList';

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>) => void;

/** Officers of an organisation: "chief executive of Maghreb Neural", "co-founder of Orion Labs". */
const OFFICER_OF = /\b(?:chief executive|chief executive officer|CEO|founder|co-founder|chief technology officer|CTO|chief operating officer|managing director|chairman|chairwoman|chairperson|president|spokesperson|spokesman|spokeswoman) (?:of|at) (?:the )?/g;
const OFFICER_AFTER = /^(?:['’]s?)? (?:chief executive|chief executive officer|CEO|founder|co-founder|chief technology officer|CTO|chairman|chairwoman|president|managing director|boss) /;
/** "the Finnish lab that AMD bought in 2024": the buyer or owner is an organisation. */
const OWNER_CLAUSE = /\b(?:that|which|whom) (?=\p{Lu}|\p{N})/gu;
const OWNER_VERB = /^ (?:bought|acquired|owns|took over|backs|spun off|spun out)\b/;
/** "released in early September by A, B and C": an agent list after a short time phrase. */
const AGENT_AFTER_TIME = /\b\p{Ll}+ed (?:in|on|during|last|this|earlier|late|early)(?: [\p{L}\p{N}]+){1,3} by /gu;
/** Nouns before a colon that list things other than organisations. */
const NOT_ORGS_BEFORE = /\b(?:languages?|dialects?|countries|nations|states|cities|regions|provinces|sectors?|models?|products?|people|officials|ministers|areas|fields|domains)\s*$/i;
/** "announced eight more: A, B, C": an enumeration after a colon. */
const COLON_LIST = /: (?=\p{Lu}|\p{N})/gu;

/**
 * Cues where the organisation is the complement: officers "of X", owners in
 * "that X bought", agents after a time phrase ("released in June by X"), and
 * colon enumerations whose items mostly carry organisation marks (then every
 * item counts, "Tech Mahindra" included).
 */
export function findOfficerCues(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(OFFICER_OF)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    // "a co-founder of the US Stargate venture": a name modifying a noun is not the organisation.
    if (span && !/^ \p{Ll}/u.test(sentence.slice(span.end)) ) add(span, 'strong', 'company');
  }
  // "Nvidia chief executive Jensen Huang": an officer title between a name and a person's name.
  for (const span of findNameSpans(sentence)) {
    const title = OFFICER_AFTER.exec(sentence.slice(span.end));
    const person = title && readNameAt(sentence, span.end + title[0].length);
    // ("Indosat Ooredoo Hutchison chief executive …": three plain words before a title are a company; people rarely precede titles.)
    if (person && looksLikePerson(person.text, ORG_HEADS) && (!looksLikePerson(span.text, ORG_HEADS) || span.text.split(' ').length >= 3)) add(span, 'strong', 'company');
  }
  for (const match of sentence.matchAll(OWNER_CLAUSE)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && OWNER_VERB.test(sentence.slice(span.end))) add(span, 'strong', 'company');
  }
  for (const match of sentence.matchAll(AGENT_AFTER_TIME)) {
    for (const item of readList(sentence, (match.index ?? 0) + match[0].length)) {
      if (!/^ \p{Ll}/u.test(sentence.slice(item.name.end))) add(item.name, 'weak', item.descriptor || undefined);
    }
  }
  for (const match of sentence.matchAll(COLON_LIST)) {
    const items = readList(sentence, (match.index ?? 0) + match[0].length);
    // "the co-official languages: Catalan, Basque …": the words before the colon say what is listed.
    if (items.length < 3 || NOT_ORGS_BEFORE.test(sentence.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) continue;
    const marked = items.filter(hasOrgMark).length;
    for (const item of items) add(item.name, marked * 2 >= items.length ? 'strong' : 'weak', item.descriptor || undefined);
  }
}

/** Marks an organisation's name carries by itself (a head word, an acronym, inner capitals, a dotted domain) or its descriptor gives ("GM's self-driving unit Cruise"). */
export function hasOrgMark(item: ListItem): boolean {
  const words = item.name.text.split(' ');
  const last = words[words.length - 1];
  return (words.length > 1 && ORG_HEADS.has(last)) || words.some((word) => INNER_ORG_HEADS.has(word)) || !!item.name.acronym || /\p{Ll}\p{Lu}|^\p{Lu}{2,}|\.\p{L}/u.test(item.name.text) || ROLE_IN_DESCRIPTOR.test(item.descriptor);
}

const ROLE_IN_DESCRIPTOR = new RegExp(`(?<![\\p{L}-])(?:${ROLE_NOUNS.join('|')})$`, 'u');

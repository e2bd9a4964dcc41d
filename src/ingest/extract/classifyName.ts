import { isCountryForm, isLanguageName } from '../resolve/countries';
import { findKnownAgency } from '../resolve/resolveNames';
import { AGENCY_FIRST, AGENCY_LAST, CONSORTIUM_LAST, INITIATIVE_LAST, INNER_ORG_HEADS, NOT_AN_ACTOR_LAST, ORG_HEADS, TITLE_WORDS } from './lexicon';
import { isGenericName } from './nameSpans';

/** What a capitalised name is, judged from its own words. */
export type NameClass = 'Organization' | 'Agency' | 'Initiative' | 'Consortium';

/**
 * Classifies a candidate name, or returns null when it cannot be an actor:
 * generic words ("Key Takeaways", "Physical AI"), countries, demonyms and
 * languages, bare numbers, or prose swallowed by the span reader.
 */
export function classifyName(name: string): NameClass | null {
  const text = name.trim();
  if (text.length < 2 || text.length > 70 || text.split(/\s+/).length > 8) return null;
  if (!/[\p{Lu}\p{N}]/u.test(text[0]) && !/^\p{Ll}{1,2}\p{Lu}/u.test(text)) return null;
  const last = text.split(/\s+/).pop() ?? '';
  // "Technology Innovation Institute": ordinary words make a name once an institution word closes them.
  const institution = text.includes(' ') && INNER_ORG_HEADS.has(last);
  if ((isGenericName(text) && !institution) || isCountryForm(text) || isLanguageName(text)) return null;
  if (TITLE_WORDS.test(text) || NOT_AN_ACTOR_LAST.test(text)) return null;
  // "André Martins of IST": a person of an institution.
  const of = /^(.+?) of /.exec(text);
  if (of && looksLikePerson(of[1], ORG_HEADS)) return null;
  // "Built for AI", "CERN for AI", "Keeping AI": "AI" closing a phrase that is not a name.
  if (/ AI$/.test(text) && (/\b(?:for|of|and)\b/.test(text) || /^\p{Lu}\p{Ll}+(?:ing|ly|ed)\b/u.test(text))) return null;
  // "Korean AI", "Japanese Government": a place word plus generic words is not a name.
  const words = text.split(/\s+/);
  const placeParts = words[0].split('-').every((part) => isCountryForm(part));
  if (words.length > 1 && words.length <= 3 && placeParts && isGenericName(words.slice(1).join(' '))) return null;
  if (CONSORTIUM_LAST.test(text) || /^Team \p{Lu}/u.test(text)) return 'Consortium';
  // "Qatar Investment Authority", "National Development Fund": state investors are organisations (funds).
  if (/\b(?:Investment|Investments|Fund|Wealth)\b/.test(text) && !AGENCY_FIRST.test(text)) return 'Organization';
  if (findKnownAgency(text) || AGENCY_FIRST.test(text) || AGENCY_LAST.test(text)) return 'Agency';
  if (INITIATIVE_LAST.test(text)) return 'Initiative';
  return 'Organization';
}

/**
 * Whether a name reads like a person ("Ashwini Vaishnaw"): two or three plain
 * capitalised words with no organisation head, digit, dot or acronym. Used only
 * for weakly-cued names; strong cues ("automaker X") override it.
 */
export function looksLikePerson(name: string, orgHeads: Set<string>): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && !orgHeads.has(word));
}

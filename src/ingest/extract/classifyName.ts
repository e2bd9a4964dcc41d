import { isCityName } from '../resolve/places';
import { isCountryForm, isLanguageName } from '../resolve/countries';
import worldCountries from 'world-countries';
import { findKnownAgency, governmentAliases } from '../resolve/resolveNames';
import { AGENCY_FIRST, BODY_HEAD_WORDS, AGENCY_LAST, CONSORTIUM_LAST, DATE_SPAN, INITIATIVE_FIRST, INITIATIVE_LAST, INNER_ORG_HEADS, INSTITUTION_WORDS_ABROAD, LOWER_CASE_BRAND, NOT_AN_ACTOR_LAST, ORG_HEADS, TITLE_WORDS, TRADE_WORDS } from './lexicon';
import { isGenericName } from './nameSpans';
import { parseMoney } from './parseMoney';

/** What a capitalised name is, judged from its own words. */
export type NameClass = 'Organization' | 'Agency' | 'Initiative' | 'Consortium';

/**
 * Classifies a candidate name, or returns null when it cannot be an actor:
 * generic words ("Key Takeaways", "Physical AI"), countries, demonyms and
 * languages, bare numbers, or prose swallowed by the span reader.
 */
export function classifyName(name: string): NameClass | null {
  // Every cue asks about the same few names: judge each once (pure, bounded cache).
  const cached = verdicts.get(name);
  if (cached !== undefined) return cached;
  if (verdicts.size > 5000) verdicts.clear();
  const verdict = judgeName(name);
  verdicts.set(name, verdict);
  return verdict;
}

const verdicts = new Map<string, NameClass | null>();

const LOWER_CASE_START = new RegExp(`^(?:\\p{Ll}{1,2}\\p{Lu}|${LOWER_CASE_BRAND})`, 'u');

const DEPARTMENT = /^(?:(?:Corporate|Press|Media|Public|Investor|Government|External|Internal|Global|Group|Marketing) )?(?:Communications|Relations|Affairs|Press Office|Marketing|Media Relations)$/;

function judgeName(name: string): NameClass | null {
  const text = name.trim();
  // Particles do not count: "Institute of Computer Science of the Polish Academy of Sciences" is six words of name.
  // ("Fraunhofer Institute for Intelligent Analysis and Information Systems IAIS" is 74 characters.)
  if (text.length < 2 || text.length > 90 || text.split(/\s+/).filter((word) => !/^(?:of|the|for|and|&|de|la|del)$/.test(word)).length > 8) return null;
  // ("iFlytek", "appliedAI", "prg.ai": the lower-case brands the span reader reads.)
  if (!/[\p{Lu}\p{N}]/u.test(text[0]) && !LOWER_CASE_START.test(text)) return null;
  // "on the 19th": a date's ordinal names nothing; nor does "AED 1" of "AED 1 billion".
  if (/^\d+(?:st|nd|rd|th)$/.test(text) || (/^\p{Lu}{3} \d/u.test(text) && parseMoney(text).length > 0)) return null;
  // "Two Faroese groups", "Several Nordic universities": a count before a people's name describes, it does not name ("Twelve Labs" does).
  const counted = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Many|Both|All|Some|Most|Few) (.+)$/.exec(text);
  if (counted && (isCountryForm(counted[1]) || /^(?:Nordic|Baltic|Balkan|African|Asian|European|Arab|Latin American|Gulf)$/.test(counted[1]))) return null;
  // "NPUs", "GPUs", "LLMs": plural acronyms name things.
  if (/^\p{Lu}{2,5}s$/u.test(text)) return null;
  // ("Gulf Medical University and Meridian Healthcare sign MoU": the paper two parties sign names neither of them.)
  if (/^(?:MoUs?|MOUs?|MoAs?|MOAs?|LoIs?|LOIs?|NDAs?|MoC|MOC)$/.test(text)) return null;
  // "CyberAgent, Inc.": a legal suffix cut off by its comma names nothing on its own.
  if (/^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|NV|BV|SpA|S\.p\.A|Pty|KK|Limited)\.?$/.test(text)) return null;
  const last = text.split(/\s+/).pop() ?? '';
  // "Technology Innovation Institute": ordinary words make a name once an institution word closes them.
  // ("National Science Foundation" stays generic: a national body's name is the state's.)
  const institution = text.includes(' ') && (INNER_ORG_HEADS.has(last) || (/^(?:Foundation|Federation)$/.test(last) && !/^(?:National|State|Federal) /.test(text)));
  if ((isGenericName(text) && !institution) || isCountryForm(text) || isLanguageName(text) || isStateMetonym(text)) return null;
  // ("the Saudi-Chinese technology fund", "Franco-German": two peoples joined by a hyphen describe, they do not name.)
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(text) && text.split('-').every((part) => isCountryForm(part))) return null;
  // "in U.S. digital infrastructure": the span reader leaves a dotted acronym without its last period.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text) && isCountryForm(`${text}.`)) return null;
  // "The Centre opened in 2019": an institution's head word alone refers back to a body named in full.
  if (BARE_HEAD.test(text)) return null;
  // ("King Abdullah University of Science and Technology", "Queen Mary University of London": a royal's name may head an institution's.)
  // ("University of Notre Dame": a title inside the name of an institution "of" somewhere is part of a place's name.)
  if ((TITLE_WORDS.test(text) && !ROYAL_INSTITUTION.test(text) && !isInstitutionOf(text)) || DATE_SPAN.test(text)) return null;
  // "Centre for … Technology Law", "School of Law": an institution's subject may end in a word that alone names a law or a place.
  if (NOT_AN_ACTOR_LAST.test(text) && !isInstitutionOf(text)) return null;
  // "Press contact: Corporate Communications, X": a department of an organisation, not one itself.
  if (DEPARTMENT.test(text)) return null;
  // "Nov" left by a sentence cut at "Nov. 24"; "1996 Estonia" from "In 1996 Estonia launched …": dates, not names.
  if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(text) || /^(?:1[89]|20)\d\d \p{Lu}/u.test(text)) return null;
  // "André Martins of IST": a person of an institution.
  const of = /^(.+?) of /.exec(text);
  if (of && looksLikePerson(of[1], ORG_HEADS) && !of[1].split(' ').some((word) => INNER_ORG_HEADS.has(word))) return null;
  // "Built for AI", "CERN for AI", "Keeping AI": "AI" closing a phrase that is not a name.
  // "Alliance for Language Technologies", "Partnership for Global Inclusivity on AI" ("Partnership on AI" is a non-profit's name).
  const teamTitle = /^(?:\p{Lu}[\p{L}-]* ){0,3}(?:Alliance|Coalition|Consortium|Partnership) (?:for|of) \p{Lu}/u.test(text);
  if (/ AI$/.test(text) && !institution && !teamTitle && !text.split(' ').some((word) => INNER_ORG_HEADS.has(word)) && (/\b(?:for|of|and)\b/.test(text) || /^\p{Lu}\p{Ll}+(?:ing|ly|ed)\b/u.test(text))) return null;
  // "Arabic-dialect AI", "Korean-language models": a hyphenated modifier plus generic words describes, it does not name.
  if (/^\p{Lu}\p{Ll}+-\p{Ll}+ /u.test(text) && isGenericName(text.slice(text.indexOf(' ') + 1))) return null;
  // "Korean AI", "Japanese Government": a place word plus generic words is not a name.
  const words = text.split(/\s+/);
  const placeParts = words[0].split('-').every((part) => isCountryForm(part));
  // ("Oman Foundation", "Varna University": an institution's head after the place makes a name.)
  if (words.length > 1 && words.length <= 3 && placeParts && isGenericName(words.slice(1).join(' ')) && !PLACE_INSTITUTION_HEADS.has(words[words.length - 1])) return null;
  if (CONSORTIUM_LAST.test(text) || /^Team \p{Lu}/u.test(text) || teamTitle) return 'Consortium';
  // "Qatar Investment Authority", "National Development Fund": state investors are organisations (funds).
  if (/\b(?:Investment|Investments|Fund|Wealth)\b/.test(text) && !AGENCY_FIRST.test(text)) return 'Organization';
  if (findKnownAgency(text) || AGENCY_FIRST.test(text) || AGENCY_LAST.test(text) || isStateBrand(words)) return 'Agency';
  if (INITIATIVE_LAST.test(text) || INITIATIVE_FIRST.test(text)) return 'Initiative';
  return 'Organization';
}

const BARE_HEAD = new RegExp(`^(?:${BODY_HEAD_WORDS})$`);

/** An institution named after a royal: the title, a name, then the institution's head. */
const ROYAL_INSTITUTION = /^(?:King|Queen|Prince|Princess|Sheikh|Sultan)(?: (?:of )?\p{Lu}[\p{L}-]+){0,2}(?:['’]s)? (?:University|College|Institute|Hospital|City|Foundation|Fund|Center|Centre|School|Academy|Medical)\b/u;

const PLACE_INSTITUTION_HEADS = new Set(['Foundation', 'University', 'Institute', 'Academy', 'College', 'Bank']);

/** "Centre for …", "Faculty of …": an institution's head, then its subject. */
function isInstitutionOf(text: string): boolean {
  const head = /^(?:\p{Lu}[\p{L}-]+ ){0,2}(\p{Lu}[\p{L}-]+) (?:of|for) /u.exec(text);
  return !!head && INNER_ORG_HEADS.has(head[1]);
}

let metonyms: Set<string> | undefined;

/**
 * "co-financed by the bloc's seat", "the capital has signed": a capital city or a name
 * the gazetteer gives a government stands for that government, never for an
 * organisation (countries.ts drops forms two governments share, such as a
 * capital that is also a bloc's seat, so they are checked here by text).
 */
function isStateMetonym(text: string): boolean {
  metonyms ??= new Set([...worldCountries.flatMap((country) => country.capital ?? []), ...Object.values(governmentAliases()).flat()]);
  return metonyms.has(text);
}

/** "Enterprise Ireland", "Innovation Norway", "Science Foundation Ireland": generic words plus a country's name are a state body ("AI Singapore" is a programme's name). */
const REGION_WORDS = /\b(?:Latin|South|North|East|West|Central|Southeast|Northern|Southern|Eastern|Western|Middle|Greater|Pacific|Sub-Saharan)\b/;

function isStateBrand(words: string[]): boolean {
  const last = words[words.length - 1];
  const rest = words.slice(0, -1).join(' ');
  return words.length >= 2 && rest !== 'AI' && /\p{L}/u.test(rest) && !REGION_WORDS.test(rest) && isCountryForm(last) && !/(?:ish|ese|ian|an|ic|i)$/.test(last) && isGenericName(rest);
}

/**
 * Whether a name reads like a person ("Ashwini Vaishnaw"): two or three plain
 * capitalised words with no organisation head, digit, dot or acronym. Used only
 * for weakly-cued names; strong cues ("automaker X") override it.
 */
export function looksLikePerson(name: string, orgHeads: Set<string>): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // "Mohamed bin Zayed", "Ursula von der Leyen": name particles sit between the capitalised words.
  const named = words.filter((word) => !/^(?:bin|bint|ibn|al|von|van|der|den|de|da|di|du|le|la|dos|del)$/.test(word));
  // ("Universiti Putra Malaysia": an institution word of any language is no given name.)
  // ("Hoshino Precision", "Ditto Investment": a trade closing the name is nobody's surname.)
  if (TRADE_WORDS.has(named[named.length - 1])) return false;
  return named.length >= 2 && named.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && !orgHeads.has(word) && !INSTITUTION_WORDS_ABROAD.has(word));
}

/** A name that reads as an organisation's and names no country ("Naver Cloud", not "Korea"). */
export function isOrganizationName(name: string): boolean {
  return classifyName(name) === 'Organization' && !isCountryForm(name);
}

/** A name that can be a team's or a project's own: any actor's but a public body's, a country's, a city's or a periodical's issue. */
export function isTeamOrProjectName(name: string): boolean {
  const cls = classifyName(name);
  // ("AI lab opens in Mainz", "Silk Road Compute — Issue 41": where or when something is reported, not what.)
  return !!cls && cls !== 'Agency' && !isCountryForm(name) && !isCityName(name) && !ISSUE_NUMBER.test(name);
}

/** A periodical's numbering: "Issue 41", "No. 7", "Vol 3", "Episode 12". */
const ISSUE_NUMBER = /^(?:Issue|No\.?|Vol\.?|Volume|Edition|Episode|Part|Week|Day|Chapter)\s*\d+$/;

/** A name whose own words mark an organisation: "… University", "Tecnológico de …", "… Labs". */
export function isHeadedName(name: string): boolean {
  const words = name.split(' ');
  // ("Sorbonne Université", "Radboud Universiteit": an institution word closes some names too.)
  return ((ORG_HEADS.has(words[words.length - 1]) || INSTITUTION_WORDS_ABROAD.has(words[words.length - 1])) && words.length > 1) || words.slice(0, -1).some((word) => INNER_ORG_HEADS.has(word));
}

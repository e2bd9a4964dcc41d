import { countryForms } from '../resolve/countries';
import type { ExtractedEntity } from '../types';
import type { FactSink } from './factSink';
import { GENERIC_WORDS, INNER_ORG_HEADS, ORG_HEADS } from './lexicon';

/**
 * Words that only say what legal or generic kind of company a name is:
 * "Quorbel Technologies" and "Quorbel" are one company, as are "Anduril
 * Industries" and "Anduril", "Telenor Group" and "Telenor". Words that make a
 * different unit ("Cloud", "Research", "Labs") are deliberately absent —
 * DESIGN.md keeps "Naver" and "Naver Cloud" apart.
 */
const COMPANY_SUFFIX = /^(?:Industries|Systems|Group|Holdings|Semiconductors|Sdn\.? Bhd\.?|Bhd\.?|Berhad|Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Pty\.? Ltd\.?|Private Limited|Technologies|Technology|Tech|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|LLC|PLC|plc|GmbH|AG|SA|S\.A\.|SpA|S\.p\.A\.|NV|N\.V\.|BV|AB|ASA|Oy|KK|K\.K\.)$/;

/** What follows an acronym in an institution's full name: "National Research Institute", not a unit like "Cloud". */
const INSTITUTION_REST = /^(?:\p{Lu}[\p{L}-]+ ){1,4}(?:Institute|University|Academy|Centre|Center|Foundation|Laboratory|Council)$/u;

const GENERIC_INSTITUTION_REST = /^(?:[\p{L}]+ ){1,4}(?:Institute|Centre|Center|Foundation|Laboratory)$/u;

/**
 * Merges short forms an article uses for an organisation or agency it named
 * in full earlier or later: "Motif" into "Motif Technologies" (only a legal
 * or generic company word differs), "Innovation Authority" into "Israel
 * Innovation Authority" (only a country word differs). The full name wins and
 * the short form becomes its alias, so relations stated with either meet.
 */
export function mergeShortForms(sink: FactSink): void {
  const countryWords = new Set(countryForms().map((form) => form.text));
  for (const label of ['Organization', 'Agency'] as const) {
    const entities = sink.byLabel(label);
    for (const short of entities) {
      const full = entities.find((candidate) => candidate !== short && isLongFormOf(candidate.name, short.name, countryWords)) ?? brandLongForm(entities, short);
      if (!full || !sink.get(full.id)) continue;
      sink.merge(short.id, full.id);
      if (label === 'Organization') aliasTeamsOf(sink, short.name, full.name);
    }
  }
}

/** "Motif consortium" was named after the short form; it stays findable as "Motif Technologies consortium". */
function aliasTeamsOf(sink: FactSink, short: string, full: string): void {
  for (const team of sink.byLabel('Consortium')) {
    if (team.name === `${short} consortium` && !team.aliases.includes(`${full} consortium`)) team.aliases.push(`${full} consortium`);
  }
}

/** The one longer brand name the article introduced no later than the short form ("Indosat Ooredoo Hutchison … Indosat"). */
function brandLongForm(entities: ExtractedEntity[], short: ExtractedEntity): ExtractedEntity | undefined {
  const longer = entities.filter((candidate) => candidate !== short && candidate.name.startsWith(`${short.name} `));
  const [full] = longer;
  if (longer.length !== 1 || (full.sentences[0] ?? Infinity) > (short.sentences[0] ?? Infinity)) return undefined;
  return isBrandExtension(full.name.slice(short.name.length + 1)) ? full : undefined;
}

/**
 * "Indosat" for "Indosat Ooredoo Hutchison", "GoTo" for "GoTo Gojek Tokopedia":
 * the rest is more brand names, not a unit word ("Cloud", "Research") nor an
 * ordinary word, so it names the same group, not a division of it.
 */
function isBrandExtension(rest: string): boolean {
  // ("MAN" for "MAN Truck & Bus": an ampersand joins two brand words.)
  const words = rest.split(' ').filter((word) => word !== '&');
  return words.length <= 3 && words.every((word) => /^\p{Lu}[\p{Ll}]+$/u.test(word) && !GENERIC_WORDS.has(word) && !ORG_HEADS.has(word) && !INNER_ORG_HEADS.has(word) && !UNIT_WORDS.test(word));
}

/** What an institution's name may say it covers after "of": "Science and Technology", "Engineering and Applied Sciences". */
const FIELDS_OF = /^(?:(?:Science|Sciences|Technology|Technologies|Engineering|Applied|Arts|Medicine|Medical|Health|Management|Economics|Business|Information|Computing|Design|Agriculture|Mines|Petroleum|Minerals),? (?:and |& )?)*(?:Science|Sciences|Technology|Technologies|Engineering|Arts|Medicine|Management|Economics|Business|Computing|Design|Agriculture|Mines|Minerals)$/;

const UNIT_WORDS = /^(?:Mobile|Telecom|Telekom|Energy|Bank|Capital|Ventures|Pay|Payments|Securities|Insurance|Motors|Chemical|Display|Innovation|Digital|Data|Labs|Lab|Compute|Studio|Studios|Health|Life|Home)$/;

/** "Motif" for "Motif Technologies": the longer name only adds a legal or generic company word. */
export function isCompanyLongForm(long: string, short: string): boolean {
  return long.startsWith(`${short} `) && COMPANY_SUFFIX.test(long.slice(short.length + 1));
}

function isLongFormOf(long: string, short: string, countryWords: Set<string>): boolean {
  // "CSC" or "Barcelona Supercomputing Center" for the dashed full name "… - Centro Nacional de Supercomputación".
  if (long.startsWith(`${short} - `) || long.startsWith(`${short} – `)) return true;
  // "NASK" for "NASK National Research Institute": an acronym that opens an institution's full name.
  if (long.startsWith(`${short} `) && /^\p{Lu}{2,6}$/u.test(short) && INSTITUTION_REST.test(long.slice(short.length + 1))) return true;
  // "Delphi" for "Delphi Research and Innovation Center": one name word, then only generic words closed by an institution's head.
  if (long.startsWith(`${short} `) && /^\p{Lu}\p{Ll}+$/u.test(short) && GENERIC_INSTITUTION_REST.test(long.slice(short.length + 1))) {
    return long.slice(short.length + 1).split(' ').slice(0, -1).every((word) => GENERIC_WORDS.has(word) || /^(?:and|for|of)$/.test(word));
  }
  // "Khalifa University" for "Khalifa University of Science and Technology": a named institution, then only the fields it covers.
  if (long.startsWith(`${short} of `) && / (?:University|Institute|College|Academy)$/.test(short) && /^\p{Lu}[\p{L}.&-]+ /u.test(short) && FIELDS_OF.test(long.slice(short.length + 4))) return true;
  // "Dalhousie" for "Dalhousie University": a one-word name the university goes by ("Harvard", "Tsinghua").
  if (long === `${short} University` && /^\p{Lu}\p{Ll}{3,}$/u.test(short) && !countryWords.has(short)) return true;
  // "Lelapa" for "Lelapa AI": a start-up's name without its trailing "AI" (but "NC" is not "NC AI": too short to be a name alone).
  if (long === `${short} AI` && short.length >= 4 && !/^\p{Lu}+$/u.test(short)) return true;
  if (long.startsWith(`${short} `)) return COMPANY_SUFFIX.test(long.slice(short.length + 1));
  if (long.endsWith(` ${short}`)) return countryWords.has(long.slice(0, -short.length - 1));
  return false;
}

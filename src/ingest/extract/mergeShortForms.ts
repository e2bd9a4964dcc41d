import { countryForms } from '../resolve/countries';
import type { FactSink } from './factSink';

/**
 * Words that only say what legal or generic kind of company a name is:
 * "Quorbel Technologies" and "Quorbel" are one company. Words that make a
 * different unit ("Cloud", "Research", "Labs") are deliberately absent —
 * DESIGN.md keeps "Naver" and "Naver Cloud" apart.
 */
const COMPANY_SUFFIX = /^(?:Technologies|Technology|Tech|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|LLC|PLC|plc|GmbH|AG|SA|S\.A\.|SpA|S\.p\.A\.|NV|N\.V\.|BV|AB|ASA|Oy|KK|K\.K\.)$/;

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
      const full = entities.find((candidate) => candidate !== short && isLongFormOf(candidate.name, short.name, countryWords));
      if (full && sink.get(full.id)) sink.merge(short.id, full.id);
    }
  }
}

function isLongFormOf(long: string, short: string, countryWords: Set<string>): boolean {
  if (long.startsWith(`${short} `)) return COMPANY_SUFFIX.test(long.slice(short.length + 1));
  if (long.endsWith(` ${short}`)) return countryWords.has(long.slice(0, -short.length - 1));
  return false;
}

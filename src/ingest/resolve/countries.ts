import ISO6391 from 'iso-639-1';
import worldCountries from 'world-countries';
import { governmentAliases } from './resolveNames';

/** How a country is named in text; capitals only count as metonyms ("Seoul said"). */
export type CountryFormKind = 'name' | 'demonym' | 'capital';

/** One surface form that refers to a country. */
export interface CountryForm {
  text: string;
  code: string;
  kind: CountryFormKind;
  /** From a UN member (or the curated list): wins over a territory sharing the form. */
  primary: boolean;
}

/** The EU is a bloc, not in world-countries; DESIGN.md gives it the code "EU". */
const EU_NAME = 'European Union';

let forms: CountryForm[] | undefined;
let names: Map<string, string> | undefined;

/**
 * Every English surface form of every country: common and official names,
 * long alternative spellings, demonyms and capitals from world-countries, plus
 * the gazetteer's extra forms ("Korea", "Britain"). Longest first so that
 * "South Korea" wins over "Korea".
 */
export function countryForms(): CountryForm[] {
  if (forms) return forms;
  const list: CountryForm[] = [];
  const add = (text: string | undefined, code: string, kind: CountryFormKind, primary = true): void => {
    const clean = text?.replace(/\s+D\.C\.$/, '').trim();
    // Two-letter codes ("IN", "IT") collide with ordinary words; the gazetteer lists the safe ones.
    if (clean && clean.length > 2 && !/[^\p{L}\p{M}\s.'’-]/u.test(clean)) list.push({ text: clean, code, kind, primary });
  };
  // UN members first: "American", "Dutch", "Indian" are also demonyms of territories.
  const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const code = country.cca2;
    const primary = country.unMember;
    add(country.name.common, code, 'name', primary);
    add(country.name.official, code, 'name', primary);
    for (const alt of country.altSpellings) if (alt.length > 3 || /^[A-Z]{3}$/.test(alt)) add(alt, code, 'name', primary);
    const demonyms = country.demonyms?.eng;
    if (demonyms) {
      add(demonyms.m, code, 'demonym', primary);
      add(demonyms.f, code, 'demonym', primary);
    }
    for (const capital of country.capital ?? []) add(capital, code, 'capital', primary);
  }
  add(EU_NAME, 'EU', 'name');
  // English names news copy still uses after a country renamed itself (world-countries keeps only the new one).
  for (const [text, code] of FORMER_ENGLISH_NAMES) add(text, code, 'name');
  // Gazetteer forms go first: they are the curated answer where world-countries is ambiguous.
  const curated: CountryForm[] = Object.entries(governmentAliases()).flatMap(([code, aliases]) =>
    aliases.map((text) => ({ text, code, kind: 'name' as const, primary: true })),
  );
  list.unshift(...curated);
  forms = dedupe(list).sort((a, b) => b.text.length - a.text.length);
  return forms;
}

const FORMER_ENGLISH_NAMES: Array<[string, string]> = [
  ['Turkey', 'TR'],
  ['Czech Republic', 'CZ'],
  ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'],
  ['Burma', 'MM'],
  ['Ivory Coast', 'CI'],
];

/** Keeps the first form for each text; drops texts two UN members share (ambiguous). */
function dedupe(list: CountryForm[]): CountryForm[] {
  const byText = new Map<string, CountryForm | null>();
  for (const form of list) {
    const seen = byText.get(form.text);
    if (seen === undefined) byText.set(form.text, form);
    else if (seen && seen.code !== form.code && form.primary && seen.kind !== 'capital') byText.set(form.text, null);
  }
  return [...byText.values()].filter((form): form is CountryForm => form !== null);
}

/** Common English name of a country code ("JP" → "Japan", "EU" → "European Union"). */
export function countryName(code: string): string {
  if (!names) {
    names = new Map(worldCountries.map((country) => [country.cca2, country.name.common]));
    names.set('EU', EU_NAME);
  }
  return names.get(code) ?? code;
}

/** Country code for a single word or phrase that is a country form ("French" → "FR"). */
export function countryOf(text: string): string | undefined {
  const form = formIndex().get(text);
  return form && form.kind !== 'capital' ? form.code : undefined;
}

let index: Map<string, CountryForm> | undefined;

/** Forms by exact text (forms are deduplicated by text, so one each), built once. */
function formIndex(): Map<string, CountryForm> {
  index ??= new Map(countryForms().map((form) => [form.text, form]));
  return index;
}

/** Whether the phrase is any country form (to stop countries passing as organisations). */
export function isCountryForm(text: string): boolean {
  return formIndex().has(text);
}

let languageNames: Set<string> | undefined;

/**
 * Language names, never organisations or projects: those world-countries gives
 * ("Thai", "Swiss German") and the ISO 639-1 names ("Javanese", "Wolof",
 * "Yoruba"), which include languages no country has as official.
 */
export function isLanguageName(text: string): boolean {
  languageNames ??= new Set([...worldCountries.flatMap((country) => Object.values(country.languages ?? {})), ...ISO6391.getAllNames()]);
  return languageNames.has(text);
}

/** Country code of a capital city name ("Abu Dhabi" → "AE"), for "Abu Dhabi's G42". */
export function capitalOf(text: string): string | undefined {
  const form = formIndex().get(text);
  return form?.kind === 'capital' ? form.code : undefined;
}

import worldCountries from 'world-countries';
import { loadSeed } from './loadSeed';

interface CurrencySeed {
  marks: Record<string, string>;
  extraCurrencies: Record<string, { name: string; units: string[]; countries: string[] }>;
  unitPlurals: Record<string, string[]>;
  defaults: Record<string, string>;
}

/** Currency abbreviations that are not ISO codes but are standard in English-language news. */
const NEWS_ABBREVIATIONS: Record<string, string> = { NIS: 'ILS', Dkr: 'DKK', Skr: 'SEK', Nkr: 'NOK', SFr: 'CHF' };

/** What money written in text can be read with: ISO codes, marks (symbols) and unit words. */
export interface CurrencyTable {
  /** Every ISO 4217 code a country uses (plus the seed's extras). */
  codes: Set<string>;
  /** Unambiguous marks written next to a number ("₸", "Kč", "Tk", "S$") → ISO code. */
  marks: Map<string, string>;
  /** Lowercase unit words, singular and plural ("taka", "pesos") → every code of that name. */
  units: Map<string, string[]>;
  /** ISO codes each country uses ("CO" → ["COP"]). */
  byCountry: Map<string, string[]>;
  /** Code a shared unit word means when nothing in the text says which ("dollars" → USD). */
  defaults: Map<string, string>;
}

let table: CurrencyTable | undefined;

/**
 * The currency table, built once per process from world-countries (ISO codes,
 * names such as "Kazakhstani tenge", official symbols) plus seeds/currencies.json
 * (news marks such as "Tk" and "Rp", irregular plurals, retired currencies and
 * defaults for shared unit words). A symbol two currencies share ("$", "kr")
 * is never a mark on its own.
 */
export function currencyTable(): CurrencyTable {
  if (table) return table;
  const seed = loadSeed<CurrencySeed>('currencies.json');
  const codes = new Set<string>();
  const units = new Map<string, string[]>();
  const byCountry = new Map<string, string[]>();
  const symbolCodes = new Map<string, Set<string>>();
  const addUnit = (word: string, code: string): void => {
    const list = units.get(word) ?? [];
    if (!list.includes(code)) units.set(word, [...list, code]);
  };
  const addCurrency = (code: string, name: string, countries: string[], extraUnits: string[] = []): void => {
    codes.add(code);
    for (const country of countries) byCountry.set(country, [...(byCountry.get(country) ?? []), code]);
    // "Kazakhstani tenge" → "tenge": the unit word is the name's last word.
    const unit = name.toLowerCase().split(' ').pop() ?? '';
    for (const word of [unit, `${unit}s`, ...(seed.unitPlurals[unit] ?? []), ...extraUnits]) addUnit(word, code);
  };
  for (const country of worldCountries) {
    for (const [code, currency] of Object.entries(country.currencies ?? {})) {
      addCurrency(code, currency.name, [country.cca2]);
      // Letters-only symbols ("L", "kr", "Sh") are words or shared: only symbols with a sign qualify.
      if (currency.symbol && /[^\p{L}\s.]/u.test(currency.symbol) && currency.symbol !== '$') {
        symbolCodes.set(currency.symbol, new Set([...(symbolCodes.get(currency.symbol) ?? []), code]));
      }
    }
  }
  for (const [code, extra] of Object.entries(seed.extraCurrencies)) addCurrency(code, extra.name, extra.countries, extra.units);
  const marks = new Map<string, string>();
  for (const [symbol, owners] of symbolCodes) if (owners.size === 1) marks.set(symbol, [...owners][0]);
  for (const [mark, code] of Object.entries(seed.marks)) marks.set(mark, code);
  // Abbreviations news copy writes instead of the ISO code ("NIS 290 million"); the seed's marks take precedence.
  for (const [mark, code] of Object.entries(NEWS_ABBREVIATIONS)) if (!marks.has(mark)) marks.set(mark, code);
  table = { codes, marks, units, byCountry, defaults: new Map(Object.entries(seed.defaults)) };
  return table;
}

/**
 * The code a unit word means ("pesos" → "COP" in a Colombian context): the
 * currency of `country` when it has one of that name, else the word's default,
 * else the only currency of that name. Undefined when the word stays ambiguous.
 */
export function currencyOfUnit(word: string, country?: string): string | undefined {
  const { units, byCountry, defaults } = currencyTable();
  const lower = word.toLowerCase();
  const candidates = units.get(lower);
  if (!candidates) return undefined;
  const local = country ? byCountry.get(country)?.find((code) => candidates.includes(code)) : undefined;
  if (local) return local;
  const singular = [...defaults.keys()].find((unit) => lower === unit || lower === `${unit}s`);
  if (singular) return defaults.get(singular);
  return candidates.length === 1 ? candidates[0] : undefined;
}

import { countryOf } from '../resolve/countries';
import { currencyOfUnit, currencyTable } from '../resolve/currencies';

/** One money amount written in a text. */
export interface MoneyMention {
  /** The amount span as written ("₹10,372 crore"). */
  text: string;
  start: number;
  end: number;
  /** In currency units (1e12 for "1 trillion yen"). */
  amount: number;
  /** ISO 4217. */
  currency: string;
  /** Written with a bare "$": USD unless the article's own dollar is meant (see extractFunding). */
  bareDollar?: boolean;
}

/** Options for reading money. */
export interface ParseMoneyOptions {
  /** ISO country the text is about: picks "pesos" = COP in Colombia, "Rs" = LKR in Sri Lanka. */
  country?: string;
}

/** Scale words and their multipliers; Indian crore/lakh included. */
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12, crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5, 'lakh crore': 1e12,
};

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
// "Rs 10,300-crore mission": an adjectival hyphen still carries the scale.
// ("KRW 2.4 Trillion", "C$700M": headlines and tables capitalise the scale.)
const SCALE_WORDS = 'lakh crore|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION|crores?|lakhs?|mln|bln|[Bb]n|tn|mn|cr';
const SCALE_LETTERS = 'k|m|b|tr|K|M|B';
const SCALE = String.raw`(?:[\s-]?(${SCALE_WORDS})\b|(${SCALE_LETTERS})\b)?`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
/** The second end of a range and its scale: "–200 million", " to 3bn". */
const RANGE_SCALE = new RegExp(String.raw`^\s?(?:[–-]|to)\s?[$€£¥₹]?\d[\d.,]*[\s-]?(${SCALE_WORDS}|${SCALE_LETTERS})\b`);
/** ISO codes that are also English words in capitals ("ALL 5 TEAMS"); never read as money. */
const WORD_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'BOB']);

/** Marks of letters ("P9.9 billion" for pesos, "SR 5 billion" for riyals) are initials too ("the SR 71"): only a scale word or a grouped number makes them money. */
const LETTER_MARK = /^\p{L}{1,3}$/u;
/** "512 AMD Instinct GPUs": a code followed by a product name or hardware noun is a company's name, not a currency. */
const PRODUCT_AFTER_CODE = /^ (?:\p{Lu}[\p{L}\p{N}-]*|[\p{L}-]*\p{N}[\p{L}\p{N}-]*|(?:GPUs?|CPUs?|chips?|processors?|accelerators?|servers?|cards?|nodes?|cores?)\b)/u;

/** Unit words that are also English words. */
const ENGLISH_UNITS = /^(?:won|real|rand|sol|mark|kip|pula|lek|dram|som)$/i;

/** Prefix and suffix patterns, compiled once from the currency table (longest mark first, so "US$" beats "$"). */
const PATTERNS = (() => {
  const { codes, marks, units } = currencyTable();
  const codeList = [...codes].filter((code) => !WORD_CODES.has(code));
  const prefixes = [...new Set([...marks.keys(), '$'])].sort(byLength).map(escape);
  // A letter mark ("Rp", "RM", "Tk") or code must stand alone; a sign ("€", "₸") may touch the number.
  const prefix = new RegExp(`(?<![\\p{L}\\p{N}$])(${prefixes.join('|')}|${codeList.join('|')})(?:(?<=[\\p{L}.])\\s?|(?<![\\p{L}.])\\s?)${NUMBER}${SCALE}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu');
  const words = [...units.keys(), ...codeList, ...[...marks.keys()].filter((mark) => /^\p{L}+$/u.test(mark) && !/^\p{Lu}{2,3}$/u.test(mark))].sort(byLength).map(escape);
  const suffix = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥₹₩])${NUMBER}${SCALE}\\s(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?|US|U\\.S\\.) )?(${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { prefix, suffix };
})();

/**
 * Every money amount in a text, in any currency world-countries lists and any
 * scale: "up to 1 trillion yen", "KRW 1.4 trillion", "$6.2 billion", "€109bn",
 * "₹10,372 crore", "Tk 350 crore", "CZK 600 million", "45 billion tenge",
 * "Rp 2 trillion", "10 million Swiss francs". Unit words several currencies
 * share ("pesos", "dinars") take the currency of the country written before
 * them, else of `options.country`, else the word's default.
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): MoneyMention[] {
  const found: MoneyMention[] = [];
  const { marks, codes } = currencyTable();
  for (const match of text.matchAll(PATTERNS.prefix)) {
    const mark = match[1];
    // (An ISO code counts before a bare number, "ISK 600", but not run into it: "COP16" is a summit.)
    const small = !(match[3] ?? match[4]) && !match[2].includes(',') && Number(match[2]) < 1000;
    if (small && LETTER_MARK.test(mark) && (!codes.has(mark) || !/\s/.test(match[0].slice(mark.length)))) continue;
    const currency = mark === '$' ? 'USD' : codes.has(mark) ? mark : localised(mark, marks.get(mark)!, options.country);
    // "$150–200 million": the range's first end takes the scale written after its second.
    const ranged = match[3] ?? match[4] ?? RANGE_SCALE.exec(text.slice((match.index ?? 0) + match[0].length))?.[1];
    push(found, match[0], match.index ?? 0, value(match[2], ranged), currency);
    if (mark === '$') found[found.length - 1].bareDollar = found[found.length - 1].start === (match.index ?? 0) || undefined;
  }
  for (const match of text.matchAll(PATTERNS.suffix)) {
    const word = match[5];
    // "the team that won", "3 won": unit words that are also English words need a scale or a large number.
    if (ENGLISH_UNITS.test(word) && !(match[2] ?? match[3]) && Number(match[1].replace(/,/g, '')) < 1000) continue;
    if (codes.has(word) && PRODUCT_AFTER_CODE.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const currency = codes.has(word) ? word : marks.get(word) ?? currencyOfWord(word, match[4], options.country);
    push(found, match[0], match.index ?? 0, value(match[1], match[2] ?? match[3]), currency);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "Rs" is the rupee of the country written about ("LKR" in Sri Lanka); signs ("€", "₸") never change. */
function localised(mark: string, code: string, country: string | undefined): string {
  if (!country || !/^\p{L}+\.?$/u.test(mark)) return code;
  const { byCountry, units } = currencyTable();
  const unit = [...units.entries()].find(([, list]) => list.includes(code) && list.length > 1)?.[1];
  return byCountry.get(country)?.find((local) => unit?.includes(local)) ?? code;
}

/** Adds a mention unless an existing one covers it; a longer span replaces a shorter overlapping one. */
function push(found: MoneyMention[], text: string, start: number, amount: number, currency: string | undefined): void {
  if (!currency || !Number.isFinite(amount) || amount <= 0) return;
  const mention = { text: text.trim(), start, end: start + text.trim().length, amount, currency };
  const overlap = found.findIndex((m) => m.start < mention.end && mention.start < m.end);
  if (overlap === -1) found.push(mention);
  else if (mention.end - mention.start > found[overlap].end - found[overlap].start && found[overlap].start >= mention.start) found[overlap] = mention;
}

/** "10,372" + "crore" → 103,720,000,000. Rounded: 1.4 × 1e12 must be exact. */
function value(number: string, scale: string | undefined): number {
  const base = Number(number.replace(/,/g, ''));
  const multiplier = scale ? SCALES[scale.toLowerCase()] ?? 1 : 1;
  return multiplier >= 1e3 ? Math.round(base * multiplier) : base;
}

/** "dollars" after "Canadian" → CAD: a country word picks that country's currency of that name. */
function currencyOfWord(word: string, countryWord: string | undefined, articleCountry: string | undefined): string | undefined {
  const code = countryWord === 'U.S.' || countryWord === 'US' ? 'US' : countryWord ? countryOf(countryWord) : undefined;
  return currencyOfUnit(word, code ?? articleCountry) ?? (code ? currencyOfUnit(word, articleCountry) : undefined);
}

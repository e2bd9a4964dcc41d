import { recognizeCurrency } from '@microsoft/recognizers-text-number-with-unit';
import worldCountries from 'world-countries';
import { countryOf } from '../resolve/countries';

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

/** Scale words and their multipliers; Indian crore/lakh included. */
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12, crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5, 'lakh crore': 1e12,
};

/** Currency marks written before the number. Longest first so "US$" beats "$". */
const PREFIXES: Array<[string, string]> = ([
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD', 'USD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'], ['A$', 'AUD'],
  ['AU$', 'AUD'], ['AUD', 'AUD'], ['S$', 'SGD'], ['SG$', 'SGD'], ['SGD', 'SGD'], ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['NZ$', 'NZD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'],
  ['₩', 'KRW'], ['KRW', 'KRW'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['INR', 'INR'], ['¥', 'JPY'],
  ['JPY', 'JPY'], ['CHF', 'CHF'], ['AED', 'AED'], ['SAR', 'SAR'], ['QAR', 'QAR'], ['CNY', 'CNY'], ['RMB', 'CNY'],
  ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['PLN', 'PLN'], ['MYR', 'MYR'], ['RM', 'MYR'], ['IDR', 'IDR'],
  ['Rp', 'IDR'], ['THB', 'THB'], ['VND', 'VND'], ['PHP', 'PHP'], ['₱', 'PHP'], ['BRL', 'BRL'], ['MXN', 'MXN'],
  ['ZAR', 'ZAR'], ['ILS', 'ILS'], ['₪', 'ILS'], ['TRY', 'TRY'], ['₺', 'TRY'], ['EGP', 'EGP'], ['NGN', 'NGN'],
  ['₦', 'NGN'], ['KES', 'KES'], ['RUB', 'RUB'], ['₽', 'RUB'], ['$', 'USD'],
] as Array<[string, string]>).sort((a, b) => b[0].length - a[0].length);

/** Currency words written after the number, with the default currency of each. */
const SUFFIXES: Record<string, string> = {
  yen: 'JPY', won: 'KRW', euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP',
  'pounds sterling': 'GBP', sterling: 'GBP', rupee: 'INR', rupees: 'INR', yuan: 'CNY', renminbi: 'CNY', franc: 'CHF',
  francs: 'CHF', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', ringgit: 'MYR', rupiah: 'IDR',
  baht: 'THB', dong: 'VND', peso: 'MXN', pesos: 'MXN', rand: 'ZAR', shekel: 'ILS', shekels: 'ILS', lira: 'TRY',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', zloty: 'PLN', real: 'BRL', reais: 'BRL', naira: 'NGN',
  shillings: 'KES', rubles: 'RUB', roubles: 'RUB',
};

/** Unit names the recognizer gives without an ISO code. */
const RECOGNIZER_UNITS: Record<string, string> = { Dollar: 'USD', Pound: 'GBP', Rupee: 'INR', Riyal: 'SAR', Yen: 'JPY', Euro: 'EUR', Franc: 'CHF', Won: 'KRW' };

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(lakh crore|thousand|million|billion|trillion|crores?|lakhs?|mln|bn|tn|mn|cr)\b|(k|m|b|tr)\b)?`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX_RE = new RegExp(`(?<![\\p{L}\\p{N}$])(${PREFIXES.map(([p]) => escape(p)).join('|')})\\s?${NUMBER}${SCALE}`, 'gu');
const SUFFIX_RE = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥₹₩])${NUMBER}${SCALE}\\s(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?|US|U\\.S\\.) )?(${Object.keys(SUFFIXES).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gu');

/**
 * Every money amount in a text, in any currency and scale: "up to 1 trillion
 * yen", "KRW 1.4 trillion", "$6.2 billion", "€109bn", "₹10,372 crore",
 * "S$70 million", "200 billion won", "Swiss francs". Spans come from a small
 * grammar plus Microsoft Recognizers (for currencies the grammar lacks); the
 * value is always re-read from the span, because the recognizer mis-scales
 * prefixed ISO codes ("CHF 20 million" → 200,000).
 */
export function parseMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const match of text.matchAll(PREFIX_RE)) {
    const currency = PREFIXES.find(([p]) => p === match[1])![1];
    push(found, match[0], match.index ?? 0, value(match[2], match[3] ?? match[4]), currency);
    if (match[1] === '$') found[found.length - 1].bareDollar = found[found.length - 1].start === (match.index ?? 0) || undefined;
  }
  for (const match of text.matchAll(SUFFIX_RE)) {
    const currency = currencyOfWord(match[5], match[4]);
    push(found, match[0], match.index ?? 0, value(match[1], match[2] ?? match[3]), currency);
  }
  for (const result of safeRecognize(text)) {
    const resolution = result.resolution as { unit?: string; isoCurrency?: string } | undefined;
    const currency = resolution?.isoCurrency || RECOGNIZER_UNITS[resolution?.unit ?? ''];
    const span = text.slice(result.start, result.end + 1);
    const number = new RegExp(`${NUMBER}${SCALE}`, 'u').exec(span);
    if (currency && number) push(found, span, result.start, value(number[1], number[2] ?? number[3]), currency);
  }
  return found.sort((a, b) => a.start - b.start);
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
function currencyOfWord(word: string, countryWord: string | undefined): string {
  const fallback = SUFFIXES[word];
  if (!countryWord) return fallback;
  const code = countryWord === 'U.S.' ? 'US' : countryOf(countryWord);
  const country = code ? worldCountries.find((c) => c.cca2 === code) : undefined;
  const singular = word.replace(/s$/, '').toLowerCase();
  const match = Object.entries(country?.currencies ?? {}).find(([, c]) => c.name.toLowerCase().includes(singular));
  return match?.[0] ?? fallback;
}

/** The recognizer throws on some odd inputs; a failure there must not lose the grammar's finds. */
function safeRecognize(text: string): ReturnType<typeof recognizeCurrency> {
  try {
    return recognizeCurrency(text, 'en-us');
  } catch {
    return [];
  }
}

import worldCountries from 'world-countries';
import type { EntityLabel, ParsedArticle } from '../types';
import { governmentId, fundingId } from '../resolve/ids';
import { usdRate } from '../resolve/fxRates';
import { countryOf } from '../resolve/countries';
import { regionsIn } from '../resolve/places';
import { ensureGovernment } from './emitNames';
import type { FactSink, Mention } from './factSink';
import type { GovernmentsResult } from './extractGovernments';
import { sectionsOf } from './headingTeams';
import { parseMoney, type MoneyMention } from './parseMoney';
import { ASSETS, isBudgetStatement, isChannelMention, passiveFunderOf, ownVentureReferent, sourceFunderOf } from './fundingCues';

/** Words saying an amount restates another in a second currency ("about", "≈"); each pattern below adds its own. */
const APPROXIMATELY = String.raw`about|approximately|approx\.?|roughly|around|nearly|almost|circa|≈|equivalent to`;
/**
 * A USD equivalent in brackets or after "or": "(approximately $6.2 billion)";
 * after a comma when a word of approximation says so ("NIS 150 million, about
 * $43 million"); a bracket may follow the noun the amount measures ("a 250
 * million euro package (about $263 million)").
 */
const EQUIVALENT = new RegExp(String.raw`^\s*(?:(?:[\p{Ll}-]+\s+){0,2}\(|,\s*or\s+|—\s*|-\s*)\s*(?:${APPROXIMATELY}|some|just over|over|more than|~|or|worth)?\s*$|^\s*,\s*(?:which is |which was |that is |or )?(?:${APPROXIMATELY}|some|worth)\s*$`, 'iu');
/** Amounts that are not commitments of money. */
// ("valued at" alone prices a project, which is a commitment; only a company's value is not.)
const NOT_FUNDING = /\b(?:revenue|revenues|sales|turnover|exports|imports|GDP|output|valuation|market (?:value|cap|capitalisation|capitalization)|profit|loss|losses|debt|salary|salaries|wages|fined|fine of|penalty of|price|prices|priced at|costs? of living|selling for|sells for|sold for|traded (?:as high as|at)|trades at)\b[^.;]{0,30}$|\b(?:company|firm|start-?up|business|unicorn|chipmaker|it)(?:['’]s)? (?:is |was |now |being |has been |had been |last |recently |previously |reportedly |once )*(?:valued at|worth)\s*[^.;]{0,20}$|\b(?:last|most recently|now|currently|today) (?:valued at|worth)\s*[^.;]{0,20}$|\bnet worth\b[^.;]{0,20}$|\bcan cost\s*[^.;]{0,20}$/i;
/** "The global AI market is expected to be worth $1.8 trillion", "Nvidia, now valued at more than $3 trillion", "AI spending is expected to reach $1.5 trillion", "shares rose 5% to $120": a market's size, a company's price, a forecast of a whole field's spending, a share price. */
const SIZE_OR_PRICE_BEFORE = /\b(?:markets?|industry|sector)\b[^.;]{0,40}\b(?:worth|reach|hit|top|exceed|surpass|grow to|be valued at)\s*[^.;]{0,15}$|\b(?:now|currently|today|recently) valued at\s*[^.;]{0,15}$|\bestimat\w* (?:the )?(?:[\w-]+ ){0,3}(?:market|industry|sector)s? (?:size )?at\s*[^.;]{0,15}$|\bspending\b[^.;]{0,30}\bto reach\s*[^.;]{0,15}$|\bshares? (?:price )?(?:rose|fell|jumped|climbed|dropped|slid|gained|closed|traded|ended|opened)\b[^.;]{0,25}$/i;
/** "will save … more than US$60 million", "savings of up to £100 billion", "wants revenue from X to reach $1 billion": money hoped for, not committed. */
/** "Revenue roughly doubled in 2022, reaching about €55 million": a company's figures rising or falling to an amount. */
const FIGURES_MOVED = /\b(?:revenue|revenues|sales|turnover)\b[^.;]{0,40}\b(?:rose|grew|doubled|reached|reaching|fell)\b[^.;]{0,20}$/i;
const HOPED_FOR = /\b(?:save|saves|saving|savings)\b[^.;]{0,50}$|\b(?:revenue|revenues|sales|turnover)\b[^.;]{0,60}\b(?:to reach|to hit|to top|to exceed|to pass|target of)\s*[^.;]{0,10}$/i;
/** "a $1.5 billion domestic market", "a €4bn industry", "a $2 billion price tag": a market's size or a company's price, not money anyone commits. */
// ("add about $71 billion to Saudi gross domestic product", "contribute $15.7 trillion to the global economy": an economic effect, not money anyone commits.)
// ("more than 100 trillion won in added value", "$80 billion in annual R&D spending", "A$1.15 for each share", "$100 per collar": an effect, a total spend, a unit price.)
// ("close to £1 million a month in electricity": a running cost; a yearly sum stays, since budgets are stated per year.)
// ("to the economy ministry": a body named for its field is a recipient.)
const NOT_A_BODY = String.raw`\b(?! (?:ministry|minister|department|agency)\b)`;
const SIZE_OR_PRICE_AFTER = new RegExp(
  String.raw`^ (?:[\p{L}-]+ ){0,2}(?:market|markets|industry|economy|sector|valuation|price tag)${NOT_A_BODY}|^ (?:to|of) (?:[\p{L}-]+ ){0,2}(?:GDP|gross domestic product|economic output|economy|economies)${NOT_A_BODY}|^ in (?:[\p{L}&-]+ ){0,2}(?:spending|added value|value added|value|economic value|economic impact|revenues?|sales|reserves|profits?|earnings|net income|fines|damages|penalties)\b|^ (?:[\p{L}-]+ )?(?:loss|losses|profit|profits|fine|penalty)(?![-\p{L}])|^ (?:an|per|a) (?:GPU[- ])?hour\b|^ (?:a|per|each) (?:month|day|week)\b|^ (?:per|for each|for every) (?:\p{Lu}[\p{L}-]* )?(?:share|unit|collar|device|vehicle|aircraft|user|person|head|capita)\b`,
  'u',
);
/** "($1 = 386 drams)": an exchange-rate note states two amounts, neither a commitment. */
const RATE_NOTE = { before: /=\s*$/, after: /^\s*=/ };
/** "The round values Mistral at €11.7bn", "valued the Beijing company at $3 billion"; "A single high-end GPU can cost $45,000 to $60,000", "A single data-centre GPU of the type being installed costs an estimated …": a valuation or a unit price. */
const VALUE_OR_UNIT_PRICE = /(?:\bvalu(?:es|ed|ing) (?:\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*|it|the (?:[\p{L}-]+ )?(?:company|firm|startup|start-up|group|business)) at|\b(?:[Aa] single|[Ee]ach|[Oo]ne|[Pp]er|[Ee]very) [\p{L}-]+(?: [\p{L}-]+){0,7} (?:can |could |would |will |may )?(?:cost|costs|sells? for|retails? for|goes for|go for)(?: an estimated)?)\s*[^.;]{0,20}$/u;
/** "the arm's-length body that manages the Commonwealth's $15 billion manufacturing fund": the size of a fund someone runs, which describes it. */
const MANAGED_FUND = { before: /\bmanag(?:e|es|ed|ing)\s+(?:the|its|their|a|an)\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u, after: /^ (?:[\p{L}-]+ ){0,2}funds?\b/u };
/** "Vardo, the $3 trillion chipmaker", "a $4 billion company": what a company is worth, written as its epithet. */
const COMPANY_EPITHET = {
  before: /\b(?:a|an|the)\s*$/i,
  after: /^ (?:(?!(?:in|into|to|for|from|of|by|with|at|on)\b)[\p{Ll}-]+ ){0,2}(?:company|companies|chipmaker|firm|start-?up|unicorn|giant|conglomerate)\b/u,
};
/** "was valued at $8.1 billion in a private round", "valued at €11.7 billion after the round": a company's price at a funding round, not the round. */
const ROUND_VALUATION = { before: /\bvalued at\s*[^.;]{0,20}$/, after: /^ (?:in|after|following) (?:a|an|its|the|their|that|this|his|her) (?:[\p{L}-]+ ){0,3}(?:round|raise|fundraise|fundraising)\b/u };
/** "$1.5 billion to $2 billion", "between NOK 75 million and NOK 200 million": the second end of a range ("and" only after "between"). */
const RANGE_GAP = /^\s*(?:to|-|–|—)\s*$/;
const BETWEEN = { before: /\bbetween\s*$/, gap: /^\s*and\s*$/ };
/** "roughly Rp 27.6 trillion at current exchange rates": an amount stated elsewhere, converted; not a second commitment. */
const CONVERSION_AFTER = /^ (?:[\p{L}-]+ ){0,2}at (?:the |today['’]s |current |present |prevailing |official |then[- ]current |that day['’]s )*(?:exchange )?rates?\b|^ at the (?:official |current |prevailing )?exchange\b|^ at the time\b/u;
/** "(US$434 million)" after a bare "$" amount: a US-dollar equivalent, which says nothing about which dollar the bare "$" is. */
const USD_EQUIVALENT_IN_BRACKETS = /\((?:about |approximately |roughly |around |some |~|≈ ?)?(?:US\$|U\.S\. ?\$|USD ?)[^()]*\)/g;
const UP_TO = /\b(?:up to|as much as|a maximum of|at most|no more than)\s*$/i;
const FUNDERS: EntityLabel[] = ['Government', 'Agency', 'Organization'];
const RECIPIENTS: EntityLabel[] = ['Consortium', 'Initiative', 'Organization'];
/** "The government", "the ministry" with no name: the article's main government or its agency. */
const PUBLIC_SUBJECT = /\b(?:government|ministry|state|cabinet|officials|authorities|administration|commission|department)\b/i;

interface Occurrence {
  money: MoneyMention;
  sentence: number;
  usd?: number;
  upTo: boolean;
  funder?: string;
  recipient?: string;
}

/**
 * One Funding per distinct amount + currency stated in the article, with the
 * USD value (the article's own equivalent when it gives one, else the dated fx
 * table), "up to" flag and the span as written; funder PROVIDED it and it went
 * TO a recipient when the sentence says who gave it and who gets it. A USD
 * equivalent in brackets is part of the same funding, never a second one.
 */
export function extractFunding(article: ParsedArticle, sink: FactSink, governments: GovernmentsResult): void {
  const occurrences: Occurrence[] = [];
  const dollarIn = localDollars(article.sentences, governments);
  article.sentences.forEach((sentence, index) => {
    const localDollar = dollarIn(index);
    const mentions = parseMoney(sentence, { country: governments.main }).map((m) =>
      // Canadian, Australian, Singaporean … copy writes its own dollar as a bare "$".
      m.bareDollar && localDollar && !/US\$|U\.S\. dollars?|\bUSD\b|American dollars?/.test(sentence.replace(USD_EQUIVALENT_IN_BRACKETS, '')) ? { ...m, currency: localDollar } : m,
    );
    let notCommitted: MoneyMention | undefined;
    for (let i = 0; i < mentions.length; i++) {
      const money = mentions[i];
      const before = sentence.slice(0, money.start);
      const after = sentence.slice(money.end);
      // A range's second end is what its first is ("revenue of $1.5 billion to $2 billion": the cue is out of reach behind "1.5").
      if ((notCommitted && isRangeEnd(sentence, notCommitted, money)) || isNotCommitment(before, after)) {
        notCommitted = money;
        continue;
      }
      if (RATE_NOTE.before.test(before) || RATE_NOTE.after.test(after) || CONVERSION_AFTER.test(after)) continue;
      const next = mentions[i + 1];
      let usd: number | undefined;
      // "1 trillion yen (about $6.2 billion)", "$1 billion (₹8,300 crore)": one commitment, two currencies.
      if (next && next.currency !== money.currency && (EQUIVALENT.test(sentence.slice(money.end, next.start)) || isEquivalentAfterPhrase(sentence, money, next))) {
        if (next.currency === 'USD') usd = next.amount;
        i++;
      }
      const mentionsHere = sink.mentionsIn(index);
      const funder = funderOf(sentence, money, mentionsHere, sink, governments);
      occurrences.push({
        money,
        sentence: index,
        usd,
        upTo: UP_TO.test(sentence.slice(0, money.start)),
        funder,
        recipient: recipientOf(sentence, money, mentionsHere, funder) ?? ownVentureBefore(sink, index, funder, ownVentureReferent(sentence)),
      });
    }
  });
  for (const group of groupByAmount(occurrences)) emitFunding(article, group, sink);
}

/** A revenue, value, price, market size, hope or fund size: money nobody commits. */
function isNotCommitment(before: string, after: string): boolean {
  return (
    NOT_FUNDING.test(before) ||
    SIZE_OR_PRICE_BEFORE.test(before) ||
    HOPED_FOR.test(before) ||
    FIGURES_MOVED.test(before) ||
    VALUE_OR_UNIT_PRICE.test(before) ||
    ASSETS.test(before) ||
    SIZE_OR_PRICE_AFTER.test(after) ||
    (MANAGED_FUND.before.test(before) && MANAGED_FUND.after.test(after)) ||
    (ROUND_VALUATION.before.test(before) && ROUND_VALUATION.after.test(after)) ||
    (COMPANY_EPITHET.before.test(before) && COMPANY_EPITHET.after.test(after))
  );
}

function isRangeEnd(sentence: string, first: MoneyMention, second: MoneyMention): boolean {
  const gap = sentence.slice(first.end, second.start);
  return RANGE_GAP.test(gap) || (BETWEEN.gap.test(gap) && BETWEEN.before.test(sentence.slice(0, first.start)));
}

/** A bracket that holds nothing but an approximate amount: "(just over ISK 1 billion)", "(about $43 million at current rates)". */
const BRACKET_OPENS = new RegExp(String.raw`^[^()]{0,80}\(\s*(?:(?:at (?:that|the) (?:time|moment)|then|at the time),? )?(?:${APPROXIMATELY}|some|just over|just under|over|more than|~)?\s*$`, 'iu');
const BRACKET_CLOSES = /^\s*(?:at [^()]{1,40})?\)/u;
/** "SEK 300 million donation from …, announced last October - roughly USD 34 million": a dash or comma, then a word of approximation. */
const APPROXIMATED_AFTER_DASH = new RegExp(String.raw`^[^()]{0,100}(?:,| [-–—]) (?:which is |which was |that is )?(?:${APPROXIMATELY})\s*$`, 'iu');

/**
 * "EUR 7 million from the EU's Horizon Europe programme (just over ISK 1
 * billion)": an amount bracketed alone a few words after another, or after a
 * dash or comma and a word of approximation, is its equivalent, however long
 * the phrase between them.
 */
function isEquivalentAfterPhrase(sentence: string, money: MoneyMention, next: MoneyMention): boolean {
  const between = sentence.slice(money.end, next.start);
  return (BRACKET_OPENS.test(between) && BRACKET_CLOSES.test(sentence.slice(next.end))) || APPROXIMATED_AFTER_DASH.test(between);
}

/** "X received ₹… from Y": the subject is the recipient; the funder is after "from" or the state. */
const RECEIVE = /\b(?:received?|receives|receiving|gets|got|secured|won|raised|was awarded|were awarded|will be given|was granted|draws? on)\b[^.;]{0,40}$/;

/** The first government, agency or organisation before the amount; else the main government when the sentence is about the state. */
function funderOf(sentence: string, money: MoneyMention, mentions: Mention[], sink: FactSink, governments: GovernmentsResult): string | undefined {
  const named = passiveFunderOf(sentence, money, mentions) ?? sourceFunderOf(sentence, money, mentions);
  if (named) return named.id;
  if (RECEIVE.test(sentence.slice(0, money.start))) {
    const from = /^[^.;]*?\bfrom (?:the )?/.exec(sentence.slice(money.end));
    const source = from ? mentions.find((m) => FUNDERS.includes(m.label) && m.start >= money.end + from[0].length - 1) : undefined;
    const agency = mentions.find((m) => m.label === 'Agency');
    return source?.id ?? agency?.id ?? (governments.main ? governmentId(governments.main) : undefined);
  }
  const before = mentions.filter((m) => FUNDERS.includes(m.label) && m.end <= money.start && !isAdjectiveOfName(sentence, m));
  if (before.length) return before[0].id;
  const clause = sentence.slice(0, money.start);
  // "The ministry said it will spend …": the public body named most recently.
  if (/\b(?:ministry|agency|department|commission|authority)\b/i.test(clause)) {
    const agency = latestAgency(sink, sentenceIndexOf(mentions));
    if (agency) return agency;
  }
  if (governments.main && (PUBLIC_SUBJECT.test(clause) || mentions.some((m) => m.label === 'Initiative'))) return governmentId(governments.main);
  // "The programme's budget includes …" with no payer named: the state pays for its own programme.
  // Any company or foreign state in the sentence could be the payer instead, so nothing is guessed then.
  const main = governments.main ? governmentId(governments.main) : undefined;
  const otherActor = mentions.some((m) => m.label === 'Organization' || (m.label === 'Government' && m.id !== main));
  if (main && !otherActor && isBudgetStatement(sentence, money)) return main;
  return undefined;
}

function sentenceIndexOf(mentions: Mention[]): number {
  return mentions[0]?.sentence ?? Number.MAX_SAFE_INTEGER;
}

/** The agency mentioned last at or before a sentence. */
function latestAgency(sink: FactSink, sentence: number): string | undefined {
  const seen = sink.byLabel('Agency').filter((a) => a.sentences.some((s) => s <= sentence));
  seen.sort((a, b) => Math.max(...b.sentences.filter((s) => s <= sentence)) - Math.max(...a.sentences.filter((s) => s <= sentence)));
  return seen[0]?.id;
}

/** "Canadian fund Brookfield": a demonym describing a name is not the actor. */
function isAdjectiveOfName(sentence: string, mention: Mention): boolean {
  if (mention.label !== 'Government') return false;
  return /^\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u.test(sentence.slice(mention.end)) && !/^\s+(?:government|ministry|state|cabinet)/.test(sentence.slice(mention.end));
}

/**
 * The first consortium, initiative or organisation after the amount that is
 * not a channel ("through the X Plan") or the payer, else one before it that
 * is not the funder. In "X … funded with €5M by Y" the recipient is X.
 */
function recipientOf(sentence: string, money: MoneyMention, mentions: Mention[], funder: string | undefined): string | undefined {
  const passive = passiveFunderOf(sentence, money, mentions);
  if (RECEIVE.test(sentence.slice(0, money.start)) || passive) {
    const beforeIt = mentions.filter((m) => RECIPIENTS.includes(m.label) && m.end <= money.start && m.id !== funder);
    const subject = beforeIt.find((m) => m.label !== 'Organization') ?? beforeIt[0];
    if (subject) return subject.id;
  }
  const after = mentions.filter((m) => RECIPIENTS.includes(m.label) && m.start >= money.end && m.id !== funder && !isChannelMention(sentence, m, money.end));
  if (after.length) return after[0].id;
  const before = mentions.filter((m) => (m.label === 'Consortium' || m.label === 'Initiative') && m.end <= money.start);
  return before[before.length - 1]?.id;
}

/**
 * The consortium or initiative the article named first, at or before this
 * sentence: what "the programme" or "it" refers back to in an article about it.
 */
function ownVentureBefore(sink: FactSink, sentence: number, funder: string | undefined, referent: 'Initiative' | 'Consortium' | 'either' | undefined): string | undefined {
  if (!referent) return undefined;
  const labels: EntityLabel[] = referent === 'either' ? ['Consortium', 'Initiative'] : [referent];
  const seen = labels.flatMap((label) => sink.byLabel(label)).filter((e) => e.id !== funder && (e.sentences[0] ?? Infinity) <= sentence);
  seen.sort((a, b) => a.sentences[0] - b.sentences[0]);
  return seen[0]?.id;
}

/**
 * The dollar a bare "$" means in each sentence: the article's main country's
 * own dollar, unless the sentence's section names countries and not that one
 * (a roundup mostly about Singapore writes its Dubai item's "$2 million" in US
 * dollars). Another country named in the section decides nothing: an item
 * about Kenya that mentions a Canadian funder still writes US dollars. A
 * sentence that names countries itself decides for itself: in an Australian
 * newsletter, "Nscale, headquartered in the UK, announced a $1.1 billion
 * round" is in US dollars even though its section later mentions Australia.
 */
function localDollars(sentences: string[], governments: GovernmentsResult): (index: number) => string | undefined {
  // "Amounts in Canadian dollars unless stated": the article's own note decides for every bare "$".
  const noted = sentences.map((sentence) => CURRENCY_NOTE.exec(sentence)?.[1]).find(Boolean);
  const declared = noted && (/^U\.?S\.?$/.test(noted) ? 'USD' : localDollarOf(countryOf(noted)));
  if (declared) return () => declared;
  const main = localDollarOf(governments.main);
  // (Most articles' main country writes no dollar of its own: "$" is the US dollar, whatever a section names.)
  if (!main) return () => undefined;
  const section = sectionsOf(sentences);
  // ("Governor Reeves announced $9.1 million for Mississippi universities" in a Canadian newsletter: a state names its country.)
  const regions = sentences.flatMap((sentence, index) => regionsIn(sentence).flatMap(({ country }) => (country ? [{ code: country, sentence: index }] : [])));
  const named = [...governments.named, ...regions];
  const countries = new Map<number, Set<string>>();
  for (const { code, sentence } of named) countries.set(section[sentence], (countries.get(section[sentence]) ?? new Set()).add(code));
  const inSentence = new Map<number, Set<string>>();
  for (const { code, sentence } of named) inSentence.set(sentence, (inSentence.get(sentence) ?? new Set()).add(code));
  return (index) => {
    const own = inSentence.get(index);
    if (own) return own.has(governments.main ?? '') ? main : 'USD';
    const named = countries.get(section[index]);
    return !named || named.has(governments.main ?? '') ? main : 'USD';
  };
}

/** "All figures are in New Zealand dollars", "Amounts in Canadian dollars unless stated": a note on the currency. */
const CURRENCY_NOTE = /\b(?:[Aa]mounts|[Ff]igures|[Ss]ums)\b[^.;]{0,20}?\bin (U\.?S\.?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) dollars\b/u;

/** The dollar of an English-writing country other than the US ("CA" → "CAD"), else undefined. */
function localDollarOf(code: string | undefined): string | undefined {
  const country = code && code !== 'US' ? worldCountries.find((c) => c.cca2 === code) : undefined;
  if (!country || !Object.values(country.languages ?? {}).includes('English')) return undefined;
  return Object.entries(country.currencies ?? {}).find(([, c]) => /dollar/i.test(c.name))?.[0];
}

/** Occurrences of the same amount + currency are one commitment restated. */
function groupByAmount(occurrences: Occurrence[]): Occurrence[][] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = `${o.money.amount}|${o.money.currency}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(o);
  }
  return [...groups.values()];
}

function emitFunding(article: ParsedArticle, group: Occurrence[], sink: FactSink): void {
  const first = group[0];
  const funder = group.find((o) => o.funder)?.funder;
  const recipient = group.find((o) => o.recipient && o.recipient !== funder)?.recipient;
  const { amount, currency } = first.money;
  const stated = group.find((o) => o.usd !== undefined)?.usd;
  const rate = currency === 'USD' ? { rate: 1, date: '' } : usdRate(currency, article.published);
  const amountUsd = stated ?? (rate ? Math.round(amount * rate.rate) : null);
  const usdSource = stated !== undefined || currency === 'USD' ? 'article' : rate ? `fx:${rate.date}` : null;
  const id = fundingId(funder ?? 'unknown', recipient ?? 'unknown', amount, currency);
  const sentences = group.map((o) => o.sentence);
  sink.addEntity({
    id,
    label: 'Funding',
    name: first.money.text,
    props: { amount, currency, amountUsd, usdSource, upTo: group.some((o) => o.upTo), text: first.money.text, announced: article.published ?? null },
    sentences,
  });
  if (funder) {
    const stated = group.filter((o) => o.funder === funder).map((o) => o.sentence);
    if (funder.startsWith('gov:')) ensureGovernment(sink, funder.slice(4), stated);
    sink.addRelation('PROVIDED', funder, id, stated);
  }
  if (recipient) sink.addRelation('TO', id, recipient, group.filter((o) => o.recipient === recipient).map((o) => o.sentence));
}

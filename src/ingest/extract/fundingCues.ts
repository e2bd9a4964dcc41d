import type { EntityLabel } from '../types';
import type { Mention } from './factSink';
import type { MoneyMention } from './parseMoney';

/**
 * Sentence cues that say which role a named actor plays around an amount of
 * money. Kept apart from extractFunding so each cue can be tested on a literal.
 */

const FUNDERS: EntityLabel[] = ['Government', 'Agency', 'Organization'];

/**
 * Words that say where money goes ("to", "for", "into") or where it comes
 * from ("from", "by", "through the X Plan", "under the Y Programme", "via").
 * Whichever of them comes last before a name decides the name's role, so a
 * list after "from partners including A, B" is all sources.
 */
// "by" is a source only after a paying verb ("funded by"); "data centres developed by X" still goes to X.
const ROLE_WORD = /\b(?:to|for|into|towards|toward|in|from|(?:funded|financed|co-financed|backed|paid|provided|granted|awarded|allocated|given|supported|sponsored|contributed|investments?|funding|grants?) (?:[\w-]+ ){0,3}?by|through|via|under|out of|as part of)\b/gi;
const SOURCE_WORD = /^(?:from|.* by|through|via|under|out of|as part of)$/i;

/** Whether the last role word between the amount and the mention marks a source or channel, so it cannot receive the money. */
export function isChannelMention(sentence: string, mention: Mention, after: number): boolean {
  const last = lastRoleWord(sentence.slice(after, mention.start));
  return last !== undefined && SOURCE_WORD.test(last);
}

/**
 * The first government, agency or organisation after the amount introduced by
 * "from" or a paying "by" ("$3M of seed funding from partners including Acme",
 * "$9B in projects, including investments by Acme"): who the money comes from. "through"/"under" name a channel programme, not a payer.
 */
export function sourceFunderOf(sentence: string, money: MoneyMention, mentions: Mention[]): Mention | undefined {
  return mentions.find((m) => FUNDERS.includes(m.label) && m.start >= money.end && /^(?:from|.* by)$/i.test(lastRoleWord(sentence.slice(money.end, m.start)) ?? ''));
}

function lastRoleWord(gap: string): string | undefined {
  let last: string | undefined;
  for (const match of gap.matchAll(ROLE_WORD)) last = match[0];
  return last;
}

/** Participles that make "… by X" after an amount name the payer: "funded with €5M by the ministry". */
const PASSIVE_BEFORE = /\b(?:funded|financed|co-financed|cofinanced|backed|supported|allocated|granted|awarded|given|provided|paid|subsidi[sz]ed|endowed)\b[^.;]{0,40}$/i;
const BY_AFTER = /^[^.;]{0,40}?\bby (?:the )?$/;
const PASSIVE_IN_GAP = /^[^.;]{0,40}?\b(?:funded|financed|co-financed|backed|paid for|supported)\b[^.;]{0,20}?\bby (?:the )?$/i;

/**
 * The payer named after "by" in a passive funding clause ("funded with €114M
 * by Acme Ministry", "budgeted at €30M, funded half by Acme Agency"), else
 * undefined. A passive "by" outranks whoever is named earlier in the
 * sentence: that earlier name is usually the recipient or its coordinator.
 */
export function passiveFunderOf(sentence: string, money: MoneyMention, mentions: Mention[]): Mention | undefined {
  const passive = PASSIVE_BEFORE.test(sentence.slice(0, money.start));
  return mentions.find((m) => {
    if (!FUNDERS.includes(m.label) || m.start < money.end) return false;
    const gap = sentence.slice(money.end, m.start);
    return (passive && BY_AFTER.test(gap)) || PASSIVE_IN_GAP.test(gap);
  });
}

/** "The programme's budget", "the plan is budgeted at": money the programme itself has. */
const BUDGET = /\b(?:budget|budgets|budgeted|outlay|envelope|allocation|set aside|earmarked|ring-fenced|war chest)\b/i;

/** Whether the clause before the amount talks about a budget being set or spent. */
export function isBudgetStatement(sentence: string, money: MoneyMention): boolean {
  return BUDGET.test(sentence.slice(Math.max(0, money.start - 120), Math.min(sentence.length, money.end + 40)));
}

/** "PIF, which manages assets of about $940 billion": an asset figure, not a commitment. */
export const ASSETS = /\b(?:manages?|managing|oversees|overseeing|holds|has) (?:total )?(?:assets|funds|a portfolio)\b[^.;]{0,30}$|\bassets (?:under management )?(?:of|worth|totalling|totaling)\b[^.;]{0,20}$|\bassets under management\b[^.;]{0,20}$/i;

/** "committed €5M to it", "the programme's budget", "for the project": the money goes to the article's own venture. */
const REFERENT = /\b(?:(?:to|into|for) it\b|(?:the|this|its) (programme|program|project|initiative|mission|plan|strategy|scheme|effort|consortium|venture|factory|alliance)(?:['’]s)?\b)/i;

/**
 * What the sentence points back at as where the money goes: "Initiative" for
 * "the programme", "Consortium" for "the venture", "either" for "it", else undefined.
 */
export function ownVentureReferent(sentence: string): 'Initiative' | 'Consortium' | 'either' | undefined {
  const match = REFERENT.exec(sentence);
  if (!match) return undefined;
  if (!match[1]) return 'either';
  return /^(?:consortium|venture|factory|alliance)$/i.test(match[1]) ? 'Consortium' : 'Initiative';
}

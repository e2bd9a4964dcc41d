import { findNameSpans, type NameSpan } from './nameSpans';
import type { Candidate, CueStrength } from './orgRegistry';

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>) => void;

/** Words before a forum's name that make it a body: "members of the", "joined the", "recognised by the", "ran with the". */
const BODY_BEFORE = /\b(?:members? of|joined|joins|join|founded|co-founded|according to|by|with|staff (?:from|of)) (?:the )?$/i;
/** Words after it: its own ("the Forum's members"), or it acting ("X Forum said", "X Forum, a non-profit"). */
const BODY_AFTER = /^(?:['’]s\b|,? (?:said|says|announced|announces|launched|launches|published|publishes|released|releases|estimated|estimates|warned|warns|found|finds|reported|reports|has (?:launched|published|released|said|estimated|warned|joined|signed)|counts|brings together|includes|comprises|was founded|was set up|was established)\b|,? (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:non-profit|nonprofit|not-for-profit|industry body|body|group|organisation|organization|membership organisation|coalition|alliance|association|foundation)\b)/u;

/**
 * "Members of the Frontier Model Forum", "the World Economic Forum said":
 * a forum is an event ("at the Qatar Economic Forum") unless the text has it
 * act, speak, own or take members, and then it is a body.
 */
export function findForumBodies(sentence: string, add: AddFn): void {
  if (!sentence.includes('Forum')) return;
  for (const span of findNameSpans(sentence)) {
    if (!/\S \S*Forum$/.test(span.text)) continue;
    if (BODY_BEFORE.test(sentence.slice(Math.max(0, span.start - 40), span.start)) || BODY_AFTER.test(sentence.slice(span.end))) {
      add(span, 'strong', undefined, { forced: 'Organization' });
    }
  }
}

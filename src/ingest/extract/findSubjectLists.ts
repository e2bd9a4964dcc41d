import { countryOf } from '../resolve/countries';
import { hasOrgMark } from './findOfficerCues';
import type { NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';
import { readList } from './readList';

/**
 * "Kakao, KT, Konan Technology and Motif Technologies had survived the first
 * screening": a list of three or more names opening a sentence as the subject
 * of a verb (two with an aside: "A and B, both seen as contenders, were cut"),
 * or the list closing "…, as were A, B and C". When most items carry an
 * organisation mark (a head word, an acronym, camel case) the unmarked ones
 * are organisations too.
 */
const VERB_AFTER = /^,? (?:had|have|has|were|are|was|is|did|do|will|would|could|also|all|each|both|then|later|now|jointly|together|said|say|says|plan|plans|[\p{Ll}]+ed)\b/u;

/** "In October 2023, A, B and C said …": a fronted time phrase before the subject list. */
const FRONTED_TIME = /^(?:In|On|By|Since|Last|Earlier|Later|This) (?:[\p{L}\p{N}]+ ){0,3}(?:\p{N}{4}|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter), /u;

export function findSubjectLists(sentence: string, add: (span: NameSpan, strength: CueStrength) => void): void {
  const bullet = /^(?:(?:[-*•·]|\d+[.)])\s+)?/.exec(sentence)![0].length;
  const fronted = FRONTED_TIME.exec(sentence.slice(bullet))?.[0].length ?? 0;
  const opener = bullet + fronted + (/^The /.test(sentence.slice(bullet + fronted)) ? 4 : 0);
  readSubjects(sentence, opener, 3, add);
  // "… were eliminated, as were A, B and C": a parallel subject list after "as were".
  for (const match of sentence.matchAll(/, as (?:were|did|have|had) /g)) readSubjects(sentence, (match.index ?? 0) + match[0].length, 2, add, true);
}

/** "Kakao and KT, both considered serious contenders, were …": a short aside may stand before the verb. */
const ASIDE = /^, (?:both|all|each|all of them|both of them|two of them)\b[^,;.]{0,60},/;

function readSubjects(sentence: string, at: number, fewest: number, add: (span: NameSpan, strength: CueStrength) => void, verbless = false): void {
  const items = readList(sentence, at);
  if (items.length < 2 || items[0].name.start > at + 4) return;
  const rest = sentence.slice(items[items.length - 1].name.end);
  const aside = ASIDE.exec(rest);
  if (!verbless && !(items.length >= fewest && VERB_AFTER.test(rest)) && !(aside && VERB_AFTER.test(rest.slice(aside[0].length)))) return;
  if (verbless && !/^\s*(?:[.;]|$)/.test(rest)) return;
  // "On 18 September, Union Minister X named …": a time phrase and a titled person are no subject list.
  if (items.some((item) => countryOf(item.name.text) || /^(?:On|In|At|By|For|From|After|Before|Since|During|Under)\b|\b(?:Minister|President|Secretary|Chancellor)\b|\p{N}/u.test(item.name.text))) return;
  if (items.filter(hasOrgMark).length * 2 < items.length) return;
  for (const item of items) add(item.name, 'strong');
}

import type { NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';
import { readList } from './readList';

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string) => void;

/**
 * "The government has picked Nscale, Nebius and CoreWeave to build sovereign
 * compute": the names a buyer picks to build, supply or run something are
 * companies, however they look (one-word names read like nothing else). Two
 * names at least, and the work they were picked for right after them, so
 * "picked Smith as minister" adds nothing.
 */
const SELECTED = /\b(?:picked|selected|chose|tapped) /g;
const PICKED_TO_WORK = /^ to (?:build|develop|supply|provide|run)\b/;

export function findSelectedLists(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(SELECTED)) {
    const items = readList(sentence, (match.index ?? 0) + match[0].length);
    const last = items[items.length - 1];
    if (items.length < 2 || !PICKED_TO_WORK.test(sentence.slice(last.name.end))) continue;
    // (Countries and titled people among them are refused later, as for every cue.)
    for (const item of items) add(item.name, 'strong', item.descriptor || undefined);
  }
}

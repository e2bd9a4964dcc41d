import { listRuns } from './listRuns';
import type { NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';

/**
 * "Hugging Face, Uber and Zapier, among several dozen smaller companies",
 * "Kesh, Orvane and other start-ups": the words after a list say what its
 * items are, so each is an organisation, however much it reads like a
 * person's name.
 */
export function findKindAfterList(sentence: string, add: (span: NameSpan, strength: CueStrength) => void): void {
  // (The cheap test first: few sentences say what a list was.)
  if (!KIND_WORDS.test(sentence)) return;
  for (const { spans } of listRuns(sentence)) {
    if (spans.length < 2 || !KIND_AFTER.test(sentence.slice(spans[spans.length - 1].end))) continue;
    for (const span of spans) add(span, 'strong');
  }
}

const KINDS = '(?:companies|firms|start-?ups|organi[sz]ations|businesses|institutions|universities|members|backers|partners|investors|labs|vendors|suppliers)';
const KIND_WORDS = new RegExp(`\\b${KINDS}\\b`);
/** ", among several dozen smaller companies", " and other firms", ", and more than 40 other members". */
const KIND_AFTER = new RegExp(
  `^(?:,? among (?:(?:the|its|their|many|several|some|other|dozens|of|more|than|\\d+|[\\p{Ll}-]+) ){0,4}|,? and (?:(?:other|several|many|more|than|dozens|of|some|\\d+) )+(?:[\\p{Ll}-]+ ){0,2})${KINDS}\\b`,
  'u',
);

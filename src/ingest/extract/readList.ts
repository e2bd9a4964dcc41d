import { readNameAt, type NameSpan } from './nameSpans';

/**
 * Reading enumerations of names: "telecom firm Softbank, automaker Honda, IT
 * enterprise NEC, and consumer electronics leader Sony". Each item is an
 * optional descriptor (a few words) plus a name; the list ends at the first
 * item that is not one, or at a clause boundary.
 */

/** One enumerated name and the descriptor written before it. */
export interface ListItem {
  name: NameSpan;
  /** "telecom firm" in "telecom firm Softbank"; "" when none. */
  descriptor: string;
}

const SEPARATOR = /^(?:,? and |, |,? as well as |,? plus |,? along with )/;
const END = /^(?:\s*$|[.;:!?)\]—–]|,? (?:[-–—] )|,? (?:which|who|whose|that|with|to|on|for|at|among|have|has|had|will|would|are|is|was|were|said|says|say|plans?|as|into|from|under|after|while|but|by|also|all|each|both|span|joined|signed|committed|agreed|announced|could|can|may|might|should|must|did|do|does|were|being|been|over|through|a total|to)\b)/;
const LOCATION = /^ in \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?/u;
const MAX_DESCRIPTOR_WORDS = 5;

/** Reads the enumeration starting at `pos` (after its trigger). Empty when none starts there. */
export function readList(sentence: string, pos: number): ListItem[] {
  const items: ListItem[] = [];
  let cursor = pos;
  for (;;) {
    const item = readItem(sentence, cursor);
    if (!item) break;
    items.push(item.item);
    const rest = sentence.slice(item.next);
    const sep = SEPARATOR.exec(rest);
    if (!sep) break;
    cursor = item.next + sep[0].length;
  }
  return items;
}

/** One item: skips up to a few descriptor words until a name that ends cleanly. */
function readItem(sentence: string, pos: number): { item: ListItem; next: number } | null {
  let start = pos;
  const article = /^(?:the|a|an|its|their|his|her) /i.exec(sentence.slice(start));
  if (article) start += article[0].length;
  let wordStart = start;
  for (let skipped = 0; skipped <= MAX_DESCRIPTOR_WORDS; skipped++) {
    const span = readNameAt(sentence, wordStart);
    if (span) {
      const next = endOfItem(sentence, span.end);
      if (next !== null) {
        return { item: { name: span, descriptor: sentence.slice(start, wordStart).trim() }, next };
      }
    }
    const word = /^[\p{L}\p{N}'’&-]+ /u.exec(sentence.slice(wordStart));
    if (!word || /^(?:and|or|but|which|who|that|with|to|said|will|is|are|was|were|has|have)$/.test(word[0].trim())) return null;
    wordStart += word[0].length;
  }
  return null;
}

/** Where the item ends (after an optional "in <Place>"), or null if the name runs on into prose. */
function endOfItem(sentence: string, end: number): number | null {
  let next = end;
  const possessive = /^['’]s?(?!\p{L})/u.exec(sentence.slice(next));
  if (possessive) return null;
  const location = LOCATION.exec(sentence.slice(next));
  if (location) next += location[0].length;
  const rest = sentence.slice(next);
  return SEPARATOR.test(rest) || END.test(rest) ? next : null;
}

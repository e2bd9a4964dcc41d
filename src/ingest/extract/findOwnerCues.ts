import { countryOf } from '../resolve/countries';
import { looksLikePerson } from './classifyName';
import { ORG_HEADS } from './lexicon';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';

/**
 * Organisations named through what they make, own or were run by:
 * "Nvidia GPUs" / "Nvidia GH200 Superchips" (a maker before its product),
 * "G42's Inception unit" (a unit named inside its owner), "Meta's Llama
 * architecture" (an owner before its named product), "previously ran Aramco
 * Digital" / "co-founded Orbit Labs" (a company a person ran or founded).
 */
const PRODUCT_LAST = /^(?:\p{Lu}{2,5}s|Superchips)$/u;
const PRODUCT_AFTER = /^ (?:chips|superchips|GPUs|processors|accelerators|servers|systems)\b/;
const UNIT_AFTER = /^ (?:unit|arm|division|subsidiary|affiliate|lab|research lab)\b/;
const OWNED_PRODUCT = /^['’]s? (?:\p{Lu}[\p{L}\p{N}.-]*(?: \p{N}[\p{N}.]*)? ){1,3}(?:architecture|model|models|family|platform|chips?|GPUs|cloud)\b/u;
const RAN = /\b(?:previously|formerly|once|who) (?:ran|headed|founded|co-founded|led) (?=\p{Lu})/gu;

export function findOwnerCues(sentence: string, add: (span: NameSpan, strength: CueStrength) => void): void {
  for (const span of findNameSpans(sentence)) {
    const words = span.text.split(' ');
    // "Nvidia GPUs": the first word, before any model code ("GH200"), is the maker.
    // "Nvidia GH200 chips", "AMD MI300X accelerators": a maker, then a model code, then a lowercase product noun.
    const coded = words.length >= 2 && /\p{N}/u.test(words[1]) && PRODUCT_AFTER.test(sentence.slice(span.end));
    if (words.length >= 2 && (PRODUCT_LAST.test(words[words.length - 1]) || coded) && !/\p{N}/u.test(words[0]) && !countryOf(words[0])) {
      add({ text: words[0], start: span.start, end: span.start + words[0].length, possessive: false }, 'strong');
    }
    const unit = span.possessive ? readNameAt(sentence, span.end + (/^['’]s?\s*/.exec(sentence.slice(span.end))?.[0].length ?? 0)) : null;
    if (unit && UNIT_AFTER.test(sentence.slice(unit.end)) && !countryOf(span.text)) {
      add(unit, 'strong');
      add(span, 'strong');
    }
    if (OWNED_PRODUCT.test(sentence.slice(span.end)) && !countryOf(span.text) && !looksLikePerson(span.text, ORG_HEADS)) add(span, 'weak');
  }
  for (const match of sentence.matchAll(RAN)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && !countryOf(span.text)) add(span, 'strong');
  }
}

import { countryOf } from '../resolve/countries';
import { isKnownOrganization } from '../resolve/resolveNames';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';

type AddFn = (span: NameSpan, strength: CueStrength) => void;

/** "chips from X", "GPUs supplied by X", "a system built with X": whoever supplies hardware is a company. */
const SUPPLIED = /\b(?:chips|GPUs|processors|accelerators|servers|hardware|supercomputers?|systems?|cloud capacity) (?:from|supplied by|made by|built by|designed by) |\b(?:built|developed|designed|co-developed) (?:with|in partnership with|in collaboration with) /g;

/**
 * Suppliers and builders named after what they supply, and organisations the
 * project's gazetteer already knows (a weak cue: other readers may still show
 * the name is a model or a place in this article).
 */
export function findSupplierCues(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(SUPPLIED)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && !countryOf(span.text) && /^(?:[.,;)]|$| and | to | in | for | at )/.test(sentence.slice(span.end))) add(span, 'strong');
  }
  for (const span of findNameSpans(sentence)) {
    // ("built on Alibaba's Qwen": a possessive is the maker, not the model.)
    if (isKnownOrganization(span.text) && (span.possessive || !MODEL_CONTEXT.test(sentence.slice(0, span.start)))) add(span, 'weak');
  }
}

/** "fine-tuning Llama or Mistral", "the tokenizers of Llama 3 or Mistral": a company's name used for its model. */
const MODEL_CONTEXT = /\b(?:fine-tun\w*|tokeni[sz]ers? of|weights of|versions? of|built on|based on|on top of|models? such as)(?: the)? (?:\p{Lu}[\p{L}\p{N}.-]*(?: \p{N}[\p{N}.]*)?,? (?:or|and) )?$/u;

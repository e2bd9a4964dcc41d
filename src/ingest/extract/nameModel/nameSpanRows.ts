import { capitalOf, countryOf, isLanguageName } from '../../resolve/countries';
import { isCityName } from '../../resolve/places';
import { nameKey } from '../../resolve/resolveNames';
import { findNameSpans, type NameSpan } from '../nameSpans';

/**
 * What a capitalised name looks like and the words written around it, for the
 * name model (nameModel.ts): the same organisation is named in many ways
 * ("Suppliers included X", "X, the Turin carmaker", "X's engineers"), and a
 * model trained on annotated articles reads them all at once where rules read
 * one phrasing each. Dense features are 0/1; the rest are words.
 */
export const NAME_FEATURES = ['bias', 'city', 'country', 'language', 'twice', 'often'] as const;

/** One distinct name of an article: its features, its words, and where it stands. */
export interface NameSpanRow {
  text: string;
  features: number[];
  context: string[];
  spans: Array<{ sentence: number; span: NameSpan }>;
}

/**
 * A row per distinct name (by its comparison key) the article's sentences
 * capitalise; a name `skip` says is known already (by the form it first
 * appears in) gets none: extraction asks only about names no cue proposed,
 * the trainer about all.
 */
export function nameSpanRows(sentences: string[], skip: (name: string) => boolean = () => false): NameSpanRow[] {
  const byKey = new Map<string, Array<{ sentence: number; span: NameSpan }>>();
  sentences.forEach((sentence, index) => {
    for (const span of findNameSpans(sentence)) {
      const key = nameKey(span.text);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), { sentence: index, span }]);
    }
  });
  // (Each sentence's cue words once, however many names it holds.)
  const cuesOf = new Map<number, string[]>();
  const sentenceCues = (index: number): string[] => {
    if (!cuesOf.has(index)) cuesOf.set(index, [...new Set(sentences[index].toLowerCase().match(SENTENCE_CUES) ?? [])].map((word) => `s:${word}`));
    return cuesOf.get(index)!;
  };
  return [...byKey.values()]
    .filter((spans) => !skip(spans[0].span.text))
    .map((spans) => {
      const text = spans[0].span.text;
      const words = new Set<string>();
      for (const { sentence, span } of spans) {
        for (const word of [...wordsAround(sentences[sentence], span), ...sentenceCues(sentence)]) words.add(word);
      }
      const on = new Set<string>(['bias']);
      if (isCityName(text)) on.add('city');
      if (countryOf(text) || capitalOf(text)) on.add('country');
      if (text.split(/[- ]/).some((part) => isLanguageName(part))) on.add('language');
      if (spans.length >= 2) on.add('twice');
      if (spans.length >= 4) on.add('often');
      return { text, spans, features: NAME_FEATURES.map((name) => (on.has(name) ? 1 : 0)), context: [...words].sort() };
    });
}

/** Words of a sentence that say what kind of thing its names are ("partners", "ministry", "city"). */
const SENTENCE_CUES = /\b(?:partners?|members?|consortium|alliance|company|companies|firms?|start-?ups?|university|universities|institutes?|founded|joined|joins|led|leads|including|investors?|funded|funding|said|minister|ministry|government|president|ceo|city|region|model|models)\b/g;

/** Three words each side (the nearest two also as pairs), the name's first and last word, its length and shape, where it stands (the sentence's cue words are added by nameSpanRows). */
function wordsAround(sentence: string, span: NameSpan): string[] {
  // (Cut, then lower-cased: "İ" lower-cases to two characters, so the whole sentence's lower case has other offsets.)
  const left = sentence.slice(0, span.start).toLowerCase().match(/[\p{L}\d&'-]+/gu) ?? [];
  const right = sentence.slice(span.end).toLowerCase().match(/[\p{L}\d&'-]+/gu) ?? [];
  const words = span.text.split(/\s+/);
  const [l1, l2] = [left.at(-1) ?? '^', left.at(-2) ?? '^'];
  const [r1, r2] = [right[0] ?? '$', right[1] ?? '$'];
  return [
    `l1:${l1}`,
    `l2:${l2}`,
    `r1:${r1}`,
    `r2:${r2}`,
    `lb:${l2}_${l1}`,
    `rb:${r1}_${r2}`,
    `h:${words[words.length - 1].toLowerCase()}`,
    `f:${words[0].toLowerCase()}`,
    `n:${Math.min(words.length, 5)}`,
    ...(/^\p{Lu}{2,}$/u.test(span.text) ? ['shape:caps'] : []),
    ...(/\d/.test(span.text) ? ['shape:digit'] : []),
    ...(/-/.test(span.text) ? ['shape:hyphen'] : []),
    ...(/\p{Ll}\p{Lu}/u.test(span.text) ? ['shape:camel'] : []),
    ...(span.start === 0 ? ['pos:initial'] : []),
    ...(sentence.startsWith('|') ? ['pos:table'] : []),
    ...(/^\s*[-*•]/.test(sentence) ? ['pos:bullet'] : []),
    `l3:${left.at(-3) ?? '^'}`,
    `r3:${right[2] ?? '$'}`,
  ];
}

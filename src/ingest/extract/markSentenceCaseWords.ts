import { opensClause } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';

/**
 * "- **Synthetic data** — IIT Roorkee", "Pairing a defence institute with …":
 * a single word capitalised only where a sentence or clause opens, and
 * written in lower case elsewhere in the article ("reduce dataset bias"), is
 * an ordinary word, not a name.
 */
export function markSentenceCaseWords(sentences: string[], registry: OrgRegistry): void {
  const text = sentences.join('\n');
  const lower = new Set(text.match(/(?<![\p{L}\p{N}-])\p{Ll}+(?![\p{L}\p{N}-])/gu) ?? []);
  // (Only words some cue proposed as a name can matter.)
  const proposed = registry.oneWordSurfaces();
  const capitalised = new Set((text.match(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu) ?? []).filter((word) => proposed.has(word) && lower.has(word.toLowerCase())));
  for (const word of capitalised) if (opensClausesOnly(word, sentences)) registry.addNonActor(word);
  for (const word of openingGerunds(sentences)) registry.addNonActor(word);
}

/**
 * "Designing an accelerator is the easy part": a word in -ing opening a sentence before a lower-case word is a
 * gerund, unless the article writes it as a name elsewhere: inside a sentence, or before a comma or possessive
 * ("MUNICH - Helsing, the defence AI maker …" … "Helsing declined to comment").
 */
function openingGerunds(sentences: string[]): string[] {
  const openers = new Set(sentences.map((sentence) => /^["“]?(\p{Lu}\p{Ll}{3,}ing) \p{Ll}/u.exec(sentence)?.[1]).filter((word): word is string => !!word));
  return [...openers].filter((word) => opensClausesOnly(word, sentences) && !sentences.some((sentence) => new RegExp(`(?<![\\p{L}\\p{N}-])${word}(?:,|['’]s\\b)`, 'u').test(sentence)));
}

/**
 * Whether one capitalised word is an ordinary word by the test above ("Because …" in a Q&A's answers,
 * "because" elsewhere), for names no cue proposed: the team-name model reads every capitalised word.
 */
export function isSentenceCaseWord(word: string, sentences: string[]): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  const lower = new RegExp(`(?<![\\p{L}\\p{N}-])${word.toLowerCase()}(?![\\p{L}\\p{N}-])`, 'u');
  return sentences.some((sentence) => lower.test(sentence)) && opensClausesOnly(word, sentences);
}

/** Whether every time the text writes the word, it opens a sentence or clause. */
function opensClausesOnly(word: string, sentences: string[]): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${word}(?![\\p{L}\\p{N}-])`, 'gu');
  return sentences.every((sentence) => !sentence.includes(word) || [...sentence.matchAll(pattern)].every((match) => opensClause(sentence.slice(0, match.index))));
}

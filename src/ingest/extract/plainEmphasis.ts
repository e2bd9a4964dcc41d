import type { ParsedArticle } from '../types';

/**
 * "- **SK Telecom**'s team comprises …", "*Companies:* A, B": markdown bold and
 * italic stars are layout, not words, so the readers see plain text (a line
 * wholly in bold is a heading, and keeps its stars). Sentence
 * indexes stay as they are (facts cite sentences, not character offsets); a
 * bullet star ("* item") is kept.
 */
export function plainEmphasis(sentence: string): string {
  // "**2. AI4REALNET: reinforcement learning …**" alone on its line is a heading: its stars stay, so it still reads as one.
  if (/^\*\*[^*]+\*\*$/.test(sentence.trim())) return sentence;
  return sentence.includes('*') ? sentence.replace(/(^[*]\s)|\*+/g, (_all, bullet: string | undefined) => bullet ?? '') : sentence;
}

/** The article with every sentence's emphasis dropped. */
export function withPlainSentences(article: ParsedArticle): ParsedArticle {
  return { ...article, sentences: article.sentences.map(plainEmphasis) };
}

/**
 * Sentence splitting tuned for news bodies: wire datelines, emoji section
 * headers, headings without a final period, abbreviations and decimals.
 * Sentence indexes are the provenance unit of the whole graph, so the split
 * must be deterministic and must never drop text.
 */

/** Words whose trailing period never ends a sentence (titles, "approx."). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt',
  'approx', 'e.g', 'i.e', 'vs', 'no', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'ca', 'cf', 'est',
]);

/** Corporate suffixes: "Acme Inc. said" continues, "… Acme Inc. The deal" ends. */
const CORPORATE = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'cos', 'pvt', 'pte', 'pty', 'bhd', 'sdn']);

/** Words that usually open a new sentence, used only after a corporate suffix. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'this', 'that', 'these', 'those', 'they', 'he', 'she', 'we', 'i', 'in', 'on',
  'but', 'and', 'however', 'meanwhile', 'separately', 'officials', 'analysts', 'according',
]);

/** A line that stands alone: bullets, markdown headings, emoji-led lines. */
const STANDALONE_LINE = /^(?:[#>*\-•·]|\d+[.)]\s|\p{Extended_Pictographic})/u;

/**
 * Splits a plain-text body into trimmed, non-empty sentences.
 * Blank lines, headings and emoji lines always end a sentence; hard-wrapped
 * lines inside a paragraph are joined first so a wrap never splits a sentence.
 */
export function splitSentences(body: string): string[] {
  const text = body.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u2010\u2011]/g, '-').replace(/[\u200b\ufeff]/g, '');
  const sentences: string[] = [];
  for (const block of splitBlocks(text)) {
    for (const sentence of splitBlock(block)) sentences.push(sentence);
  }
  return sentences;
}

/** Paragraphs and standalone lines, with wrapped lines joined by a space. */
function splitBlocks(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const blocks: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      if (current) blocks.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    const next = lines[i + 1] ?? '';
    // A table's rows stay together as one block, apart from the prose around it.
    const tableEdge = /^\|/.test(line) !== /^\|/.test(next);
    if (!next || tableEdge || STANDALONE_LINE.test(line) || STANDALONE_LINE.test(next) || looksLikeHeading(line, next)) {
      blocks.push(current);
      current = '';
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/** A short line without closing punctuation followed by a capitalised line. */
function looksLikeHeading(line: string, next: string): boolean {
  return line.length <= 60 && !/[.!?:;,”"’)\-–—]$/.test(line) && /^[\p{Lu}\p{N}“"]/u.test(next);
}

/** Sentences of one block, split after . ! ? (and closing quotes) before a new sentence. */
function splitBlock(block: string): string[] {
  const out: string[] = [];
  // A candidate end: terminal punctuation, optional closing quotes/brackets, space, then an opener.
  // ("**Consortium composition.** Besides …": a bold or italic run closes after its sentence's end too.)
  const boundary = /([.!?…]+)(["”’')\]*_]*)\s+(?=["“‘(\[]?[\p{Lu}\p{N}\p{Extended_Pictographic}])/gu;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(block))) {
    const end = match.index + match[1].length + match[2].length;
    if (match[1] === '.' && !match[2] && !isSentenceEnd(block, match.index, end)) continue;
    out.push(block.slice(start, end).trim());
    start = boundary.lastIndex;
  }
  const rest = block.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((sentence) => sentence.length > 0);
}

/** Decides whether the period at `dot` ends a sentence, looking at the word it closes. */
function isSentenceEnd(block: string, dot: number, end: number): boolean {
  const word = /(\S+)$/.exec(block.slice(0, dot))?.[1] ?? '';
  // "2. Reykjavik University": a list item's number opens its line, it ends nothing.
  if (/^(?:\*\*)?\d{1,2}$/.test(block.slice(0, dot).trim())) return false;
  const bare = word.replace(/^["“‘(\[]+/, '').toLowerCase();
  if (NEVER_FINAL.has(bare)) return false;
  // Initials and dotted acronyms ("U.S.", "J.", "A.I.") mostly sit mid-sentence.
  // "the UAE-U.S. AI Campus": the acronym may close a hyphenated compound.
  const acronym = word.replace(/^["“‘(\[]+/, '').split('-').pop() ?? '';
  if (/^(?:\p{L}\.)*\p{L}$/u.test(acronym.toLowerCase()) && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(acronym)) return false;
  if (CORPORATE.has(bare)) {
    const nextWord = /^\s*["“‘(\[]?([\p{L}]+)/u.exec(block.slice(end))?.[1]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

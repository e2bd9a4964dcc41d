import { rowsOf, type Cell } from '../readTableRows';

/**
 * The clauses of a sentence that name the organisation (from the clause mark
 * before a mention to the one after it; in a table, its rows), or the whole
 * sentence when no mention is placed: "The consortium, which got €10m in
 * funding, includes A and B" says nothing against A.
 */
export function clausesOf(sentence: string, mentions: Array<{ start: number; end: number }>): string {
  if (!mentions.length) return sentence;
  // "| Kvarn Shipyards | Built the hull; not a participant |": in a table, the organisation's row.
  if (/^\|/.test(sentence)) {
    const naming = (row: Cell[]): boolean => mentions.some((m) => row.some((cell) => cell.start <= m.start && m.start < cell.start + cell.text.length));
    return rowsOf(sentence).filter(naming).map((row) => row.map((cell) => cell.text).join('|')).join(' | ');
  }
  return mentions
    .map((m) => {
      const before = sentence.slice(0, m.start);
      const from = Math.max(...[',', ';', ':', '(', ')', '—', ' – '].map((mark) => before.lastIndexOf(mark))) + 1;
      const after = sentence.slice(m.end).search(/[,;:()—]| – /);
      return sentence.slice(from, after < 0 ? sentence.length : m.end + after);
    })
    .join(' | ');
}

import type { NameSpan } from './nameSpans';
import type { Candidate, CueStrength } from './orgRegistry';
import { nameIn, ORG_COLUMN, rowsOf } from './readTableRows';

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>) => void;

/**
 * "| Organisation | Role | … |": a table whose column is headed by a kind of
 * organisation names one in each row's cell of that column (the read stage
 * joins a table into one sentence; readTableRows.ts reads its teams).
 */
export function findTableNames(sentence: string, add: AddFn): void {
  if (!/^\|/.test(sentence)) return;
  const [header, ...rows] = rowsOf(sentence);
  const at = header?.findIndex((cell) => ORG_COLUMN.test(cell.text.replace(/\*+/g, '').trim())) ?? -1;
  if (at < 0) return;
  // (The heading vouches for names of ordinary words: "Marsk Data Guild".)
  for (const span of rows.map((row) => nameIn(row[at], true))) {
    // The cell's opening name, when it is the cell's whole first item ("University of Johannesburg (UJ), via …").
    if (span && /^(?:\s*(?:[|,;(]|$)| via | through | and )/.test(sentence.slice(span.end))) add(span, 'strong', undefined, { forced: 'Organization' });
  }
}

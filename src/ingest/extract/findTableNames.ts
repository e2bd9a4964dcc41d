import type { NameSpan } from './nameSpans';
import type { Candidate, CueStrength } from './orgRegistry';
import { nameIn, ORG_COLUMN, rowsOf } from './readTableRows';

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>) => void;

/**
 * "| Organisation | Role | … |", "| Israeli partner | U.S. partner |": a table
 * whose column is headed by a kind of organisation names one in each row's
 * cell of that column (the read stage joins a table into one sentence;
 * readTableRows.ts reads its teams).
 */
export function findTableNames(sentence: string, add: AddFn): void {
  if (!/^\|/.test(sentence)) return;
  const [header, ...rows] = rowsOf(sentence);
  const columns = (header ?? []).flatMap((cell, at) => (NAMES_COLUMN(cell.text.replace(/\*+/g, '').trim()) ? [at] : []));
  // (The heading vouches for names of ordinary words: "Marsk Data Guild".)
  for (const span of columns.flatMap((at) => rows.map((row) => nameIn(row[at], true)))) {
    // The cell's opening name, when it is the cell's whole first item ("University of Johannesburg (UJ), via …").
    if (span && /^(?:\s*(?:[|,;(]|$)| via | through | and )/.test(sentence.slice(span.end))) add(span, 'strong', undefined, { forced: 'Organization' });
  }
}

/** "Israeli ", "U.S. ": words saying which side or sort, before a kind of organisation ("| Israeli partner | U.S. partner |"). */
const QUALIFIER = /^(?:[\p{L}.'-]+ ){1,2}/u;

/** "| Applicant | Model submitted |": who applied, built or supplied something, an organisation a row (members of no team for that). */
const DOER_KIND = /^(?:[\p{L}.'-]+ )?(?:applicants?|developers?|bidders?|vendors?|suppliers?|operators?|builders?|contractors?|grantees?|awardees?|recipients?)$/iu;

/** Whether a column's heading says each cell names an organisation. */
const NAMES_COLUMN = (heading: string): boolean => ORG_COLUMN.test(heading) || ORG_COLUMN.test(heading.replace(QUALIFIER, '')) || DOER_KIND.test(heading);

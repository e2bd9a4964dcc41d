import { classifyName } from './classifyName';
import { readNameAt, type NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';

/**
 * "**Teams selected in this round**" then "- Tech Mahindra", "- NeuroDX -
 * models for brain health": a bullet that is only a name (perhaps with a
 * dash, colon or bracket description) under a heading about teams, partners
 * or selected companies names an organisation, however person-like it looks.
 * So does each name of a bullet that is nothing but names, comma-separated
 * ("- Accenture, AMD, Anthropic, Armada").
 */
const BULLET = /^(?:[-*•·]|\d+[.)])\s+(?:\*\*)?/;
const ACTOR_HEADING = /\b(?:teams?|partners?|members?|companies|startups?|start-ups?|firms|selected|selection|winners|participants|consortium|consortia|grantees|recipients|beneficiaries|cohort|line-?up|shortlist(?:ed)?|organi[sz]ations|collaborators|signatories|institutions|newcomers|entrants|players|bidders|applicants|finalists|awardees|backers|investors|shareholders|founders|vendors|suppliers|providers|builders|labs|universities|who does what|who['’]s who|who is in)\b/i;
/** Between two names of a bullet that lists them: a comma, perhaps with "and". */
const LIST_SEPARATOR = /^(?:,(?: and)?| and) /;
const NAME_ENDS = /^(?:\*\*)?(?:\s*$|\s+[-–—]\s|:\s|\s\(|,\s)/;

export function findBulletNames(sentences: string[], index: number, add: (span: NameSpan, strength: CueStrength) => void): void {
  const line = sentences[index];
  const marker = BULLET.exec(line);
  if (!marker) return;
  const span = readNameAt(line, marker[0].length);
  if (!span || classifyName(span.text) !== 'Organization') return;
  let above = index - 1;
  while (above >= 0 && BULLET.test(sentences[above])) above--;
  const heading = sentences[above] ?? '';
  // A short heading or a line ending in a colon introduces the list.
  if ((heading.length > 80 && !heading.endsWith(':')) || !ACTOR_HEADING.test(heading)) return;
  // (The line's other names are read only under such a heading.)
  const listed = namesListedFrom(line, span);
  if (listed.length < 2 && !NAME_ENDS.test(line.slice(span.end))) return;
  // ("- Leader: Cóndor Data", "- Net: …": one plain word before a colon labels the line.)
  if (/^\p{Lu}\p{Ll}+$/u.test(span.text) && /^(?:\*\*)?:/.test(line.slice(span.end))) return;
  for (const name of listed.length > 1 ? listed : [span]) add(name, 'strong');
}

/**
 * The names of a bullet that holds nothing else ("Accenture, AMD, Anthropic,
 * Armada"), starting with its first; [] when anything but names and commas
 * stands on the line, or a name is not an organisation's.
 */
function namesListedFrom(line: string, first: NameSpan): NameSpan[] {
  const names = [first];
  // (A name's span ends after its bracketed short form: "Amazon Web Services (AWS)".)
  let end = first.end;
  for (;;) {
    const separator = LIST_SEPARATOR.exec(line.slice(end));
    if (!separator) break;
    const next = readNameAt(line, end + separator[0].length);
    if (!next || classifyName(next.text) !== 'Organization') return [];
    names.push(next);
    end = next.end;
  }
  return /^(?:\*\*)?\.?\s*$/.test(line.slice(end)) ? names : [];
}

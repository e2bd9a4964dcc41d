import { classifyName } from './classifyName';
import { readNameAt, type NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';

/**
 * "**Teams selected in this round**" then "- Tech Mahindra", "- NeuroDX -
 * models for brain health": a bullet that is only a name (perhaps with a
 * dash, colon or bracket description) under a heading about teams, partners
 * or selected companies names an organisation, however person-like it looks.
 */
const BULLET = /^(?:[-*•·]|\d+[.)])\s+(?:\*\*)?/;
const ACTOR_HEADING = /\b(?:teams?|partners?|members?|companies|startups?|start-ups?|firms|selected|selection|winners|participants|consortium|consortia|grantees|recipients|beneficiaries|cohort|line-?up|shortlist(?:ed)?)\b/i;
const NAME_ENDS = /^(?:\*\*)?(?:\s*$|\s+[-–—]\s|:\s|\s\(|,\s)/;

export function findBulletNames(sentences: string[], index: number, add: (span: NameSpan, strength: CueStrength) => void): void {
  const line = sentences[index];
  const marker = BULLET.exec(line);
  if (!marker) return;
  const span = readNameAt(line, marker[0].length);
  if (!span || !NAME_ENDS.test(line.slice(span.end)) || classifyName(span.text) !== 'Organization') return;
  let above = index - 1;
  while (above >= 0 && BULLET.test(sentences[above])) above--;
  const heading = sentences[above] ?? '';
  // A short heading or a line ending in a colon introduces the list.
  if ((heading.length > 80 && !heading.endsWith(':')) || !ACTOR_HEADING.test(heading)) return;
  add(span, 'strong');
}

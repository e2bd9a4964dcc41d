import { classifyName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { readList } from './readList';
import { findNameSpans } from './nameSpans';
import { isCountryForm } from '../resolve/countries';

/** A bullet line as the splitter keeps it: "- Telcoandina, a regional carrier …". */
const BULLET = /^(?:[-*•·]|\d+[.)])\s+/;
/** A short heading line ("**Who is in the alliance**", "🤝 The team") about a team's make-up. */
const TEAM_HEADING = /\b(?:consortium|alliance|coalition|team|teams|members|partners|who(?:['’]s| is) (?:in|on|behind)|line-?up|roster)\b|\bside (?:includes|comprises|is made up of|consists of):$/i;
/** Role labels opening a bullet. */
const LABEL = /^(?:\*\*|\*)?(Leader|Lead|Lead partner|Coordinator|Leads|Members?|Partners?|Also)(?:\*\*|\*)?:\s*(?:\*\*)?/i;

/**
 * Member lists written as bullets under a heading about the team: every
 * bullet that opens with a name adds that name to the consortium referred to
 * last ("Leader: X" makes X its leader). Bullets end at the first line that is
 * not one.
 */
export function readBulletMembers(ctx: SentenceContext): void {
  const { sentence, index, sentences, book } = ctx;
  const heading = BULLET.test(sentence) ? teamHeadingBefore(sentences, index) : undefined;
  // A list of "partners" names a team only when there is one to add to; "consortium"/"alliance"/"members" headings make one.
  if (!heading || (!book.current && !/consortium|alliance|coalition|members|team|side/i.test(heading))) return;
  // "The five teams": each bullet is a different team, not a member of one.
  if (/\b(?:teams|consortia|groups|bids|finalists|alliances|coalitions)\b/i.test(heading)) return;
  const subject = book.current ? undefined : subjectBefore(sentences, index);
  const draft = book.current ?? (subject ? book.byName(subject) : book.anonymous());
  draft.formal = true;
  // "- **SAP**, which will …": markdown emphasis is not part of the name (the stars are dropped, positions stay close).
  const line = sentence.replace(/\*+/g, '');
  let at = BULLET.exec(line)![0].length;
  const label = LABEL.exec(line.slice(at));
  if (label) at += label[0].length;
  const lineCtx = { ...ctx, sentence: line };
  const items = orgItems(lineCtx, readList(line, at)).filter((item) => classifyName(item.name.text) === 'Organization');
  // A member bullet names the member, then describes it ("X, a regional carrier"); "X is building …" is news about X.
  if (!items.length || !/^(?:[,;.:(]|$| and | [—–-] )/.test(line.slice(items[0].name.end))) return;
  if (label && /^(?:Leader|Lead|Lead partner|Coordinator|Leads)$/i.test(label[1])) for (const item of items) addTo(draft.leaders, item.name.text, index);
  addMembers(lineCtx, draft, items);
  book.refer(draft, index, items[0].name.start, items[0].name.end);
}

/** The nearest non-bullet line above this bullet when it is a heading (or a line ending in ":") about the team. */
function teamHeadingBefore(sentences: string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    if (BULLET.test(sentences[i])) continue;
    const line = sentences[i];
    const heading = line.length <= 60 && !/[.!?]$/.test(line.replace(/\*+$/, ''));
    return heading && TEAM_HEADING.test(line) ? line : undefined;
  }
  return undefined;
}

/**
 * "IT-X is co-financed by … . The national side includes:" — the name that
 * opens the sentence before the list heading, unless it is an agency or a
 * country: a venture with "sides" is a consortium, and the list's members
 * belong to it (an opener like "IT-X" reads as an organisation name, so that
 * class is accepted too).
 */
function subjectBefore(sentences: string[], index: number): string | undefined {
  let heading = index - 1;
  while (heading > 0 && BULLET.test(sentences[heading])) heading--;
  if (!/\bside (?:includes|comprises|is made up of|consists of):$/i.test(sentences[heading]) || heading === 0) return undefined;
  const opener = findNameSpans(sentences[heading - 1])[0];
  if (!opener || opener.start !== 0) return undefined;
  return classifyName(opener.text) === 'Agency' || isCountryForm(opener.text) ? undefined : opener.text;
}

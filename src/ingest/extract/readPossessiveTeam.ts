import { isOrganizationName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import { findNameSpans } from './nameSpans';
import { readList } from './readList';

/**
 * "X did not do it alone. Its consortium brings together: …" — a sentence that
 * opens with "Its/Their consortium" continues the previous sentence's subject,
 * which leads the team; the members follow in the same sentence or as the
 * bullets after a colon (readBulletMembers adds those to the team referred to
 * here).
 */
const OPENER = /^(?:Its|Their|The (?:company|firm|group|operator|lab|start-?up|institute|university)['’]s) (?:[\p{Ll}-]+ )?(?:consortium|team|partners|consortium partners) (?:brings together|includes|include|comprises|comprise|is made up of|are|consists of|counts)(?::| )/u;

export function readPossessiveTeam(ctx: SentenceContext): void {
  const { sentence, index, sentences, book, registry } = ctx;
  const opener = OPENER.exec(sentence);
  if (!opener) return;
  // ("Created in response to the call, CAAIN invests …": after a fronted participle's clause comes the subject.)
  const before = sentences[index - 1] ?? '';
  const fronted = /^\p{Lu}\p{Ll}+(?:ed|ing) [^,]{1,160}, /u.exec(before)?.[0].length ?? 0;
  const subject = findNameSpans(before).find((span) => span.start >= fronted);
  // Only the previous sentence's own subject (it opens that sentence) is who "its" points back to.
  if (!subject || subject.start > fronted + 4 || !isOrganizationName(subject.text)) return;
  // "The Halden project started in May. Its partners are …": the subject names the team, it does not lead one.
  // ("CAAIN invests … Its core partners are …", where CAAIN is the Canadian … Network: a collaboration's own name is the team;
  // "The MGHPCC … Its operating consortium …": a centre is what the consortium runs.)
  const named = /^ (?:project|consortium|alliance|hub|network|initiative|programme|program|partnership)\b/.test(before.slice(subject.end)) || /\b(?:Network|Alliance|Consortium|Coalition|Partnership|Collaborative)$/.test(registry.longFormOf(subject.text));
  if (!named) registry.add({ surface: subject.text, sentence: index - 1, start: subject.start, end: subject.end, strength: 'strong', viaConsortium: true });
  const draft = named ? book.byName(subject.text) : book.byLeader(subject.text, index);
  book.refer(draft, index, 0, opener[0].length);
  if (opener[0].endsWith(' ')) addMembers(ctx, draft, readList(sentence, opener[0].length));
}

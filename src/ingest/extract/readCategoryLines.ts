import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { readList } from './readList';

/**
 * Partners grouped by kind on lines of their own, under a line that
 * introduces the members: "Names confirmed include:" then "Companies: A (Finland),
 * B", "Research: C, D". Each such line adds its names to the consortium in view.
 * The introduction must speak of members, not money ("Funding comes from:"
 * lists backers, who are not members).
 */
// ("- research bodies: A, B": after a bullet the label may start in lower case.)
const CATEGORY_LINE = /^(?:\p{Lu}|[-*•·]\s+\p{L})[\p{Ll}-]+(?: [\p{Ll}-]+){0,3}: (?=\S)/u;
// ("the partner list reads like a tour of the continent:": the singular, as in "partner list", says it too.)
const MEMBER_INTRO = /\b(?:include|includes|including|comprise|comprises|are|involved|partners?|members?|participants|consortium|line-?up|following|founding|roster)\b[^.!?]*:$/i;
const MONEY_INTRO = /\b(?:fund|funds|funding|funded|invest\w*|backers?|sponsors?|financ\w*|donors?|customers?|suppliers?)\b/i;

export function readCategoryLines(ctx: SentenceContext): void {
  const { sentence, index, sentences, book } = ctx;
  const label = CATEGORY_LINE.exec(sentence);
  const team = book.current;
  // The team in view: referred to within a few paragraphs of the list.
  if (!label || !team || !team.refs.some((ref) => ref.sentence >= index - 12)) return;
  let intro = index - 1;
  while (intro >= 0 && CATEGORY_LINE.test(sentences[intro])) intro--;
  const line = sentences[intro] ?? '';
  if (intro < index - 6 || !MEMBER_INTRO.test(line) || MONEY_INTRO.test(line) || MONEY_INTRO.test(label[0])) return;
  const items = orgItems(ctx, readList(sentence, label[0].length));
  if (!items.length) return;
  addMembers(ctx, team, items);
  book.refer(team, index, items[0].name.start, items[0].name.end);
}

import { addMembers, type SentenceContext } from './consortiumContext';
import { readList } from './readList';
import { inView } from './teamInView';

/** "From the member list circulating in the press room: …", "the partner list reads like a tour of the continent: …". */
const LIST_NOUN = /\b(?:member|membership|partner|participant|founding partner|founding member)s? list\b[^:.;!?]{0,70}: /gi;

/**
 * The names after a team's member list and a colon: "Who is in? From the
 * member list circulating in the press room: chipmakers A and B; C, D and E;
 * …" puts them in the team the article spoke of in the last ten sentences
 * (a live blog or roundup may name it a few entries before).
 */
export function readMemberListColon(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(LIST_NOUN)) {
    const at = (match.index ?? 0) + match[0].length;
    const team = book.referredIn(index, 0, match.index ?? 0).pop() ?? inView(ctx, 10);
    if (!team) continue;
    const items = readList(sentence, at);
    if (!items.length) continue;
    addMembers(ctx, team, items);
    book.refer(team, index, match.index ?? 0, at);
  }
}

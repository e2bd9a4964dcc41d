import { addMembers, type SentenceContext } from './consortiumContext';
import { readList } from './readList';
import { inView } from './teamInView';

/**
 * Joining without an object, to the sentence's end or the next clause, perhaps with a date: "… will also join.",
 * "… are taking part too.", "… signed on as partners.", "… came in on 1 April, and …".
 */
const JOINS_TOO = /^ (?:(?:will|have|has|had|are|is|were|was|would) )?(?:(?:also|now|already|later) )?(?:(?:be|been) )?(?:join|joins|joined|joining|take part|takes part|took part|taking part|participate|participates|participated|participating|signed on|signs on|sign on|signed up|signs up|sign up|come on board|came on board|on board|came in|came aboard|were added|was added|were admitted|was admitted)(?: as (?:founding |full |new )?(?:members|partners))?(?: too| as well)?(?: (?:on|in) (?:\d{1,2} )?\p{Lu}\p{Ll}+(?: \d{1,2})?(?:,? \d{4})?| in \d{4}| last (?:week|month|year))?(?:[.!]?$|,? and )/u;

/**
 * "The Helios Alliance was formed in March. Kelvo and Tamsin Systems will
 * also take part.": organisations that open a sentence and join, with nothing
 * joined named, join the team the article spoke of in this or the last two
 * sentences.
 */
export function readJoinsToo(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const team = inView(ctx, 2);
  if (!team) return;
  const listed = readList(sentence, 0);
  // (The check comes before addMembers, which offers every item to the registry as an organisation.)
  if (!listed.length || !JOINS_TOO.test(sentence.slice(listed[listed.length - 1].name.end))) return;
  addMembers(ctx, team, listed);
  if (listed.some((item) => team.members.has(item.name.text))) book.refer(team, index, 0, listed[listed.length - 1].name.end);
}

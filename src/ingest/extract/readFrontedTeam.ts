import { addMembers, type SentenceContext } from './consortiumContext';
import { readNameAt } from './nameSpans';
import { readList } from './readList';

/** A sentence that opens with the team it is about: "In the Helios Alliance, …", "Within the Helios consortium, …". */
const FRONTED = /^(?:In|Within|Through|As part of|As members of|Under) the /;

/**
 * "In the Helios Alliance, Kelvo, Tamsin Systems and Ruta AI will pool their
 * data": several organisations acting in a team the sentence opens with are
 * its members. Only a name some reader already made a team counts ("In the
 * Helios region, A and B …" names a place), and only when the list goes on
 * into a verb.
 */
export function readFrontedTeam(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const cue = FRONTED.exec(sentence);
  const span = cue ? readNameAt(sentence, cue[0].length) : null;
  const draft = span ? book.named(span.text) : undefined;
  const comma = span ? /^(?: (?:alliance|consortium|coalition|partnership|network))?, /.exec(sentence.slice(span.end)) : null;
  if (!span || !draft || !comma) return;
  const at = span.end + comma[0].length;
  const items = readList(sentence, at);
  if (items.length < 2 || !/^ \p{Ll}/u.test(sentence.slice(items[items.length - 1].name.end))) return;
  addMembers(ctx, draft, items);
  book.refer(draft, index, span.start, span.end);
}

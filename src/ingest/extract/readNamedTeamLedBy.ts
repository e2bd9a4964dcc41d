import { isCountryForm } from '../resolve/countries';
import { classifyName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { findNameSpans } from './nameSpans';
import { readList } from './readList';

/**
 * Teams named by their own title, then given a leader and members in a relative
 * or following clause:
 * - "the EU-funded Language Data (LD) consortium, which is coordinated by X and
 *   whose members include A and B" — the title names the consortium, X leads;
 * - "Nordlab, the regional research centre for AI, … . The centre is led by X,
 *   and its industry partners include A and B" — "the centre" is the name just
 *   described, which becomes the team's name once partners are stated.
 */
const TEAM = '(?:consortium|alliance|network|partnership|coalition|project)';
const TITLED = new RegExp(`^ ${TEAM}, (?:which|that) (?:is|was|has been) (?:jointly )?(?:coordinated|co-ordinated|led|headed) by `);
const MEMBERS_AFTER = /^,? (?:and )?(?:whose|its) (?:other )?(?:[\p{Ll}-]+ )?(?:members|partners) (?:include|includes|are|comprise) /u;
const NOUN_LED = /^The (centre|center|institute|lab|laboratory|programme|program|initiative|network|platform|hub) (?:is|was) (?:jointly )?(?:led|coordinated|co-ordinated|headed|run) by /;

export function readNamedTeamLedBy(ctx: SentenceContext): void {
  readTitledTeam(ctx);
  readNounLedTeam(ctx);
}

function readTitledTeam(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const cue = TITLED.exec(sentence.slice(span.end));
    if (!cue || !classifyName(span.text) || isCountryForm(span.text)) continue;
    const at = span.end + cue[0].length;
    const leaders = orgItems(ctx, readList(sentence, at)).filter((item) => !isCountryForm(item.name.text));
    if (!leaders.length) continue;
    const draft = book.byName(span.text);
    draft.formal = true;
    for (const item of leaders) addTo(draft.leaders, item.name.text, index);
    book.refer(draft, index, span.start, span.end);
    const end = leaders[leaders.length - 1].name.end;
    const members = MEMBERS_AFTER.exec(sentence.slice(end));
    if (members) addMembers(ctx, draft, readList(sentence, end + members[0].length));
  }
}

function readNounLedTeam(ctx: SentenceContext): void {
  const { sentence, index, sentences, book } = ctx;
  const cue = NOUN_LED.exec(sentence);
  if (!cue) return;
  const leaders = orgItems(ctx, readList(sentence, cue[0].length)).filter((item) => !isCountryForm(item.name.text));
  if (!leaders.length) return;
  const end = leaders[leaders.length - 1].name.end;
  const members = MEMBERS_AFTER.exec(sentence.slice(end));
  // Without partners a led centre is one organisation's unit, not a team.
  if (!members) return;
  const previous = sentences[index - 1] ?? '';
  const noun = cue[1];
  const title = findNameSpans(previous).find((span) => new RegExp(`^, (?:the|a|an) [^,;.]{0,60}\\b${noun}\\b`).test(previous.slice(span.end)));
  const draft = title && classifyName(title.text) ? book.byName(title.text) : book.byLeader(leaders[0].name.text, index);
  draft.formal = true;
  for (const item of leaders) addTo(draft.leaders, item.name.text, index);
  book.refer(draft, index, 0, cue[0].length);
  addMembers(ctx, draft, readList(sentence, end + members[0].length));
}

import { isCountryForm } from '../resolve/countries';
import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, type ConsortiumDraft } from './consortiumDrafts';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { readList } from './readList';
import { TEAM_NOUN_AFTER } from './readPartnerPhrasings';
import { teamNameInObject } from './readLeadPhrasings';

/**
 * Team phrasings that name no consortium noun next to the leader, found in
 * articles written by other hands: "X is bringing its model; its partners
 * include …", "X will build Y, a cluster, alongside A and B", "X, a start-up
 * that will work together with A", "the A and B consortia were eliminated",
 * "That group has been joined by A", "A has signed on as a fourth partner",
 * "A is the coordinator", "The other five are …", "A new company, Y, …".
 */


/** Registers a leader as a strong organisation and makes it lead `draft`. */
function lead(ctx: SentenceContext, draft: ConsortiumDraft, span: NameSpan): void {
  ctx.registry.add({ surface: span.text, sentence: ctx.index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
  addTo(draft.leaders, span.text, ctx.index);
  ctx.book.refer(draft, ctx.index, span.start, span.end);
}

/** "LG AI Research is bringing its EXAONE family; its partners include A, B": the sentence's subject leads. */
export function readSubjectPartners(ctx: SentenceContext): void {
  if (!ctx.consortiumArticle) return;
  const cue = /[;,] (?:and )?its (?:partners|members|consortium partners|team members) (?:include|includes|are|comprise) /.exec(ctx.sentence);
  const subject = cue && findNameSpans(ctx.sentence.slice(0, cue.index))[0];
  // Only the sentence's own subject: "… with Google; its partners …" would be about someone else.
  if (!subject || subject.start > 4 || !isOrganizationName(subject.text)) return;
  const items = readList(ctx.sentence, cue.index + cue[0].length);
  if (orgItems(ctx, items).length < 2) return;
  const draft = ctx.book.byLeader(subject.text, ctx.index);
  lead(ctx, draft, subject);
  addMembers(ctx, draft, items);
}

/** "the A and B consortia", "while A and B were eliminated" (in an article about consortia): one team each. */
export function readPairedTeams(ctx: SentenceContext): void {
  const { sentence } = ctx;
  const plural = /\b[Tt]he ([^.;]{2,80}?) (?:consortia|teams)\b/.exec(sentence);
  const status = ctx.consortiumArticle ? /(?:^|, (?:while |whereas |but )?)([^,;]{2,80}?) (?:were|have been) (?:eliminated|dropped|knocked out|cut)\b/.exec(sentence) : null;
  for (const match of [plural, status]) {
    if (!match) continue;
    const start = match.index + match[0].indexOf(match[1]);
    const items = readList(sentence, start).filter((item) => isOrganizationName(item.name.text));
    // Only a whole conjunction of names: "the five consortia" or "Three of the rival teams" name nobody.
    if (items.length < 2 || items[items.length - 1].name.end !== start + match[1].length) continue;
    for (const item of items) lead(ctx, ctx.book.byLeader(item.name.text, ctx.index), item.name);
  }
}

/** The organisation doing the verb at `at`: right before it, before "…, a start-up that", or "X announced … that it". */
function subjectOf(sentence: string, at: number): NameSpan | undefined {
  const spans = [...findNameSpans(sentence.slice(0, at))].reverse();
  return spans.find((span) => {
    const between = sentence.slice(span.end, at);
    return isOrganizationName(span.text) && (/^ ?$/.test(between) || /^, (?:a|an|the) [^,;.]{0,80}? (?:that|which|who) $/.test(between) || /^ (?:\p{Ll}+ ){1,3}that (?:it|they) $/u.test(between));
  });
}
const BUILD = /\b(?:will|to|is to|plans to|is set to) (build|develop|train|work|deliver)\b/g;

/**
 * "X will build the models together with A and B", "X, a start-up that will
 * work together with A", "X announced that it will build Y, a cluster,
 * alongside A, B and C" (Y, a name, is then the team's own name).
 */
export function readBuildsAlongside(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(BUILD)) {
    const at = (match.index ?? 0) + match[0].length;
    const subject = subjectOf(sentence, match.index ?? 0);
    if (!subject) continue;
    const named = /^ /.test(sentence.slice(at)) ? readNameAt(sentence, at + 1) : null;
    const title = named && classifyName(named.text) && !isCountryForm(named.text) ? named : undefined;
    // The object: a name and its appositive, or a few plain words ("the models"); then the partner cue.
    const cue = title
      ? /^(?:, [^,.;]{1,80},)?,? (?:together with|alongside|in partnership with|in collaboration with|with (?:the )?participation (?:from|of)) /.exec(sentence.slice(title.end))
      : /^(?: [\p{Ll}\p{N}-]+){0,4}?,? (?:together with|alongside|in partnership with|in collaboration with|with (?:the )?participation (?:from|of)) /u.exec(sentence.slice(at));
    if (!cue) continue;
    const from = (title ? title.end : at) + cue[0].length;
    const items = orgItems(ctx, readList(sentence, from));
    // One partner makes a team only in an article about teams; an unnamed team needs that, too.
    // "with participation from A and B" says partners outright: two of them make a team in any article.
    const participation = /participation/.test(cue[0]) && items.length >= 2;
    // "X will work alongside A and B in the Helios consortium": the team named after the partners is the one they share; none leads it.
    const shared = title || !items.length ? undefined : sharedTeamAfter(sentence, items[items.length - 1].name.end);
    if (!items.length || (!ctx.consortiumArticle && !participation && !shared && (!title || items.length < 2))) continue;
    const team = title ?? shared;
    const draft = team ? book.byName(team.text) : book.byLeader(subject.text, index);
    if (team) book.refer(draft, index, team.start, team.end);
    if (shared) addMembers(ctx, draft, [{ name: subject, descriptor: '' }]);
    else lead(ctx, draft, subject);
    addMembers(ctx, draft, items);
  }
}

const PARTNERING = /\b(?:is|are|has been|have been|will be) (?:partnering|teaming up|working|collaborating) (?:with|alongside) /g;

/** "X is partnering with A and B on the Helios project": the three are the named team's members. */
export function readPartneringInNamedTeam(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(PARTNERING)) {
    const subject = subjectOf(sentence, match.index ?? 0);
    const items = subject ? orgItems(ctx, readList(sentence, (match.index ?? 0) + match[0].length)) : [];
    const team = items.length ? sharedTeamAfter(sentence, items[items.length - 1].name.end) : undefined;
    if (!subject || !team) continue;
    const draft = book.byName(team.text);
    book.refer(draft, index, team.start, team.end);
    addMembers(ctx, draft, [{ name: subject, descriptor: '' }, ...items]);
  }
}

/** The named team right after a list of partners: "… on the Helios project", "… in the Helios consortium". */
function sharedTeamAfter(sentence: string, at: number): NameSpan | undefined {
  const opener = /^ (?:on|in|for|within) (?:the )?(?=\p{Lu})/u.exec(sentence.slice(at));
  const named = opener ? readNameAt(sentence, at + opener[0].length) : null;
  return named && TEAM_NOUN_AFTER.test(sentence.slice(named.end)) && isTeamOrProjectName(named.text) ? named : undefined;
}

/** "A and B co-lead the consortium, which also includes C and D", "A and B co-lead the Y Alliance, joined by C": both lead one team. */
export function readCoLeaders(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(/ (?:co-lead|co-leads|jointly lead|will co-lead|will jointly lead|are co-leading|are jointly leading|will be jointly leading) (?:(?:a|an|the) (?:[\w-]+ ){0,3}?(?:consortium|team|group|alliance|coalition|bid)\b|the (?=\p{Lu}))/gu)) {
    const spans = findNameSpans(sentence.slice(0, match.index));
    const last = spans[spans.length - 1];
    if (!last || last.end !== match.index) continue;
    const subjects = [last];
    for (let i = spans.length - 2; i >= 0 && /^(?:, | and |, and )$/.test(sentence.slice(spans[i].end, subjects[0].start)); i--) subjects.unshift(spans[i]);
    const heads = subjects.filter((span) => isOrganizationName(span.text));
    if (heads.length < 2) continue;
    let end = (match.index ?? 0) + match[0].length;
    const named = /the $/.test(match[0]) ? readNameAt(sentence, end) : null;
    if (/the $/.test(match[0]) && (!named || classifyName(named.text) !== 'Consortium')) continue;
    if (named) end = named.end;
    // "A and B co-lead the Helios alliance": the name before the team noun is the team's own.
    const ownName = named ? undefined : teamNameInObject(match[0], heads[0].text);
    const teamName = named?.text ?? ownName;
    const draft = teamName ? book.byName(teamName) : definiteCurrent(ctx, match[0]) ?? book.byLeader(heads[0].text, index);
    if (named) book.refer(draft, index, named.start, named.end);
    for (const span of heads) lead(ctx, draft, span);
    const cue = /^,? (?:(?:which|that) (?:also )?(?:includes|counts|comprises|brings together)|with|alongside|together with|joined by) /.exec(sentence.slice(end));
    if (cue) addMembers(ctx, draft, readList(sentence, end + cue[0].length));
  }
}

/** "… goes to the Y Consortium. A and B co-lead the group": a definite noun points back to the named, leaderless team just introduced. */
function definiteCurrent(ctx: SentenceContext, phrase: string): ConsortiumDraft | undefined {
  const current = ctx.book.current;
  if (!/ the (?:consortium|team|group|alliance|coalition)$/.test(phrase) || !current?.name || current.leaders.size) return undefined;
  return current.refs.some((ref) => ref.sentence >= ctx.index - 2) ? current : undefined;
}

/** "That group has been joined by A", "A has also signed on as a fourth partner", "A is the coordinator", "The other five are …". */
export function readCurrentTeamCues(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const current = book.current;
  if (!current) return;
  const joined = /\b(?:[Tt]hat|[Tt]his|[Tt]he) (?:group|consortium|team|alliance|coalition|venture)(?: has been| was| is| will be) joined by /.exec(sentence);
  const others = /^(?:[Tt]he|[Ii]ts) other (?:\w+ )?(?:members|partners)?\s?(?:are|include|will be) /.exec(sentence);
  // "The three are joined by D": a count of the partners just named stands for their team.
  const counted = /\b(?:[Tt]he|[Tt]hese|[Aa]ll) (?:two|three|four|five|six|seven|eight|nine|ten)(?: [\p{Ll}-]+)? (?:are|were|have been|will be|is) (?:also |now )?joined by /u.exec(sentence);
  const list = joined ?? others ?? counted;
  if (list) {
    addMembers(ctx, current, readList(sentence, list.index + list[0].length));
    book.refer(current, index, list.index, list.index + list[0].length);
  }
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    if (!isOrganizationName(span.text)) continue;
    if (/^ (?:has |have )?(?:also )?(?:signed on|joined|come on board) as (?:a|an|the) (?:[\w-]+ )?(?:partner|member)\b/.test(rest)) addMembers(ctx, current, [{ name: span, descriptor: '' }]);
    else if (/^ (?:is|was|will be|acts as|serves as) (?:the )?(?:lead |overall )?(?:consortium |project |team |alliance )?(?:coordinator|lead partner|lead member|leader)\b/.test(rest)) lead(ctx, current, span);
  }
}

/** "A new company, Y, set up on …", "the venture, Y, …": Y is the consortium the next sentences describe. */
export function readNamedVenture(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(/\b(?:[Aa] new (?:company|entity|venture|joint venture)|[Tt]he (?:new )?(?:joint venture|venture)), /g)) {
    const at = (match.index ?? 0) + match[0].length;
    const span = readNameAt(sentence, at);
    if (!span || !/^,/.test(sentence.slice(span.end)) || !classifyName(span.text) || isCountryForm(span.text)) continue;
    const draft = book.byName(span.text);
    draft.formal = true;
    book.refer(draft, index, span.start, span.end);
  }
}

import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, type ConsortiumDraft } from './consortiumDrafts';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { readList, type ListItem } from './readList';
import { subjectsEndingAt } from './readPartnerPhrasings';
import { mayLead } from './teamInView';

/**
 * Membership stated as a sentence about the team rather than next to a leader:
 * "A, B and C make up the consortium", "The winning team comprises A, B and
 * C", "the consortium: A, B and C", "A and B are also members", "Under X's
 * leadership, the consortium …", "X is the lead partner in a consortium with
 * A and B", "… with X as coordinator", "A, B and C are behind Helios".
 */

const TEAM = '(?:consortium|team|group|alliance|coalition|joint venture|partnership|bloc)';
/** Nouns that never mean a corporate group ("The group comprises 12 subsidiaries"): a team introduced by its member list. */
const TEAM_ONLY = '(?:consortium|team|alliance|coalition|joint venture|partnership)';
/** "A, B and C make up the consortium"; not "form the backbone of the alliance" or "form the largest group of investors". */
const MAKE_UP = new RegExp(`\\b(?:make up|makes up|made up|form|forms|comprise|constitute|constitutes) (?:(?:the|this|that) (?:(?!of )[\\w-]+ ){0,3}?${TEAM}\\b(?! of\\b)|(?:the )?(?=\\p{Lu}))`, 'gu');
const TEAM_SUBJECT_LIST = new RegExp(`^(?:The|This|That|Their|Its) (?:[\\p{Ll}-]+ ){0,3}${TEAM_ONLY}(?:, (?:which|that|whose|with) [^,]{1,80},)?(?: [\\p{Ll}]+(?: [\\p{Ll}-]+){0,4}?)?,? (?:comprises|includes|brings together|consists of|is made up of|unites|gathers|groups) `, 'u');
const COLON_LIST = new RegExp(`(?:^|\\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\\p{Ll}-]+ ){0,3})(?:${TEAM}|[Pp]artners|[Mm]embers|[Cc]onsortium (?:members|partners)|line-?up)(?: members| partners)?: `, 'u');
const ANY_TEAM = new RegExp(`\\b${TEAM}\\b`, 'i');
const LEAD_PARTNER_IN = new RegExp(`^ (?:is|was|will be|acts as|serves as) (?:the )?(?:lead partner|lead member|coordinator|leader|lead) (?:in|of) (a|an|the) (?:[\\w-]+ ){0,3}?${TEAM}\\b`);

/** The consortium a definite noun phrase at `at` means: one named there, one referred to earlier in the sentence, else the current one if recent. */
function teamAt(ctx: SentenceContext, at: number, end: number, emptyOnly = false): ConsortiumDraft | undefined {
  const named = readNameAt(ctx.sentence, at);
  if (named && classifyName(named.text) === 'Consortium') {
    const draft = ctx.book.byName(named.text);
    ctx.book.refer(draft, ctx.index, named.start, named.end);
    return draft;
  }
  const here = ctx.book.referredIn(ctx.index, 0, end).pop();
  if (here) return here;
  const current = ctx.book.current;
  // A full member list names a new team unless the one in view has no members yet.
  if (emptyOnly && current?.members.size) return undefined;
  return current?.refs.some((ref) => ref.sentence >= ctx.index - 2) ? current : undefined;
}

/** A new team known only by its members ("the winning team comprises A, B and C"): named after its first member when it has two. */
function newFormalTeam(ctx: SentenceContext, at: number, end: number): ConsortiumDraft {
  const draft = ctx.book.anonymous();
  draft.formal = true;
  ctx.book.refer(draft, ctx.index, at, end);
  return draft;
}

/** "A, B and C make up the consortium", "A and B form the Y Alliance". */
export function readMakeUp(ctx: SentenceContext): void {
  for (const match of ctx.sentence.matchAll(MAKE_UP)) {
    const subjects = subjectsEndingAt(ctx.sentence, match.index ?? 0);
    if (subjects.length < 2) continue;
    const end = (match.index ?? 0) + match[0].length;
    const named = readNameAt(ctx.sentence, end);
    // "A and B form the Digital Backbone": a capitalised object must be a consortium's own name,
    // or one the text introduced as a team ("make up DFM, a joint effort to …").
    if (/ $/.test(match[0]) && (!named || (classifyName(named.text) !== 'Consortium' && !ctx.book.named(named.text)))) continue;
    // "… make up the second consortium": an ordinal introduces another team; so does a team whose members are already listed.
    const another = /\b(?:second|third|fourth|fifth|other|another|new|rival|last|final|smaller|larger)\b/.test(match[0]);
    const known = another ? undefined : teamAt(ctx, end, match.index ?? 0);
    const draft = known && (known.name || !known.members.size) ? known : newFormalTeam(ctx, match.index ?? 0, end);
    addMembers(ctx, draft, subjects.map((name) => ({ name, descriptor: '' })));
  }
}

/**
 * "A, B and C are behind Helios", "Behind Helios are A, B and C", "Helios brings A, B and C together":
 * the named work is a team, and the organisations behind it or brought together are its members (two
 * at least: one organisation behind a product is its maker, not a team).
 */
export function readBehindOrTogether(ctx: SentenceContext): void {
  const { sentence } = ctx;
  if (!/\b(?:[Bb]ehind|together)\b/.test(sentence)) return;
  const join = (team: NameSpan | null | undefined, members: ListItem[]): void => {
    // ("Mara Velden and Tomas Brandt are behind Helios": people behind a work make no team; a name cued as an organisation may read like one.)
    const organisations = members.filter((item) => mayLead(ctx, item.name.text) || ctx.registry.hasStrong(item.name.text));
    if (!team || organisations.length < 2 || !isTeamOrProjectName(team.text) || organisations.some((item) => item.name.text === team.text)) return;
    const draft = ctx.book.byName(team.text);
    ctx.book.refer(draft, ctx.index, team.start, team.end);
    addMembers(ctx, draft, organisations);
  };
  const behind = /\b(?:are|were) (?:(?:all|jointly|also) )?behind (?:the )?(?=\p{Lu})/u.exec(sentence);
  if (behind) join(readNameAt(sentence, behind.index + behind[0].length), subjectsEndingAt(sentence, behind.index).map((name) => ({ name, descriptor: '' })));
  const fronted = /^Behind (?:the )?(?=\p{Lu})/u.exec(sentence);
  const team = fronted && readNameAt(sentence, fronted[0].length);
  const are = team && /^(?: (?:project|model|initiative|effort|consortium|alliance))? (?:are|stand) /.exec(sentence.slice(team.end));
  if (team && are) join(team, readList(sentence, team.end + are[0].length));
  const opener = findNameSpans(sentence)[0];
  const brings = opener && opener.start <= 4 && /^ (?:brings|brought|will bring|has brought) /.exec(sentence.slice(opener.end));
  if (opener && brings) {
    const items = readList(sentence, opener.end + brings[0].length);
    if (items.length && /^,? together\b/.test(sentence.slice(items[items.length - 1].name.end))) join(opener, items);
  }
}

/**
 * "The winning team comprises A, B and C", "The consortium behind the model
 * brings together A, B and C" when no team has been introduced yet: the
 * sentence introduces one. (With a team already in view, readMemberLists adds to it.)
 */
export function readTeamSubjectList(ctx: SentenceContext): void {
  const match = TEAM_SUBJECT_LIST.exec(ctx.sentence);
  if (!match || ctx.book.current || ctx.book.referredIn(ctx.index, 0, match[0].length).length) return;
  const items = orgItems(ctx, readList(ctx.sentence, match[0].length));
  if (items.length < 2) return;
  addMembers(ctx, newFormalTeam(ctx, 0, match[0].length), items);
}

/** "the winning consortium: A, B and C", "Partners: A; B; C" — a list after a colon. */
export function readColonList(ctx: SentenceContext): void {
  const match = COLON_LIST.exec(ctx.sentence);
  if (!match) return;
  const at = match.index + match[0].length;
  const items = orgItems(ctx, readList(ctx.sentence, at));
  if (items.length < 2) return;
  // "The winning consortium: …" with an adjective introduces a team; a bare "the consortium:" may point back.
  const bare = /^(?:the |its |their )?(?:consortium|team|alliance|coalition|partners|members)/i.test(match[0].trimStart());
  const draft = (bare ? teamAt(ctx, match.index, at, true) : undefined) ?? newFormalTeam(ctx, match.index, at);
  addMembers(ctx, draft, items);
}

/** "A and B are also members (of the consortium)", "A, B and C are the members of the Y Alliance", "A is a founding member of Y". */
export function readAreMembers(ctx: SentenceContext): void {
  if (!/ (?:members?|partners?|part)\b/.test(ctx.sentence)) return;
  // ("A, B and C have signed on as members of X": joining as members says it too.)
  const match = /^([^.;:]{2,160}?) (?:are|were|is|was|will be|have become|has become|became|((?:have |has |had )?(?:all )?(?:signed on|signed up|joined|come on board) as)) (?:also |now )?(?:one of (?:the )?|(?:a|an|the) )?(?:(?:founding|full|associate|core) )?(?:members|member|partners|partner|part)(?=[,.]| of | in )/.exec(ctx.sentence);
  if (!match) return;
  let subjects = subjectsEndingAt(ctx.sentence, match[1].length);
  // "A and B will operate it, and C and D are also partners": a second clause's subject after ", and".
  const clause = subjects.length > 0 && subjects[0].start > 4 && /, and $/.test(ctx.sentence.slice(0, subjects[0].start));
  if (!subjects.length || (subjects[0].start > 4 && !clause)) return;
  // "… are also partners": the names opening the first clause are partners as well.
  if (clause && /\balso\b/.test(match[0])) subjects = [...subjectsEndingAt(ctx.sentence, openingSubjectsEnd(ctx.sentence)), ...subjects];
  const rest = ctx.sentence.slice(match[0].length);
  // "partners in the consortium" says the same as "partners of the consortium", but only for a team noun.
  const of = /^ of (?:the |this |that )?/.exec(rest) ?? (/^ in (?:the |this |that )(?:[\w-]+ ){0,3}?(?:consortium|team|alliance|coalition|venture|project)\b/.exec(rest) ? /^ in (?:the |this |that )/.exec(rest) : null);
  const at = match[0].length + (of?.[0].length ?? 0);
  const named = of ? readNameAt(ctx.sentence, at) : null;
  // "… a member of the Y Alliance" names the team; "… members of the consortium" points back; "part of the plan" is neither.
  // ("A and B became members of the Brenna Manufacturing Platform": "members of" makes any body a team of its members;
  // "partners of" an organisation may be its business partners.)
  const kind = named && classifyName(named.text);
  // (Plural only: one member of an organisation may be its unit, "HBKU is a member of Qatar Foundation". Partners
  // too when they signed on or joined as such: "have all signed on as partners of Hub IA".)
  const body = /members$/.test(match[0]) || (!!match[2] && /partners$/.test(match[0]));
  const target = named && (kind === 'Consortium' || (body && (kind === 'Organization' || kind === 'Initiative'))) ? named : null;
  if (of && !target && !/^(?:[\w-]+ ){0,3}?(?:consortium|team|group|alliance|coalition)\b/.test(ctx.sentence.slice(at))) return;
  const draft = target ? ctx.book.byName(target.text) : teamAt(ctx, match[1].length, match[1].length);
  if (!draft) return;
  if (target) ctx.book.refer(draft, ctx.index, target.start, target.end);
  addMembers(ctx, draft, subjects.map((name) => ({ name, descriptor: '' })));
  // "A is one of the founding members of Y, along with B and C": the others named after the team are members too.
  const end = target?.end ?? at;
  const along = /^,? (?:along with|together with|alongside) /.exec(ctx.sentence.slice(end));
  if (along) addMembers(ctx, draft, readList(ctx.sentence, end + along[0].length));
}

/** Where the conjunction of names opening a sentence ends ("OpenAI and Oracle will …" → after "Oracle"), or 0. */
function openingSubjectsEnd(sentence: string): number {
  const spans = findNameSpans(sentence);
  if (!spans.length || spans[0].start > 4) return 0;
  let last = spans[0];
  for (const span of spans.slice(1)) {
    if (!/^(?:, | and |, and )$/.test(sentence.slice(last.end, span.start))) break;
    last = span;
  }
  return last.end;
}

/** "under the leadership of X", "under the overall coordination of the X": who leads, after it. */
export const UNDER_LEADERSHIP_OF = /\b[Uu]nder the (?:overall )?(?:leadership|coordination|direction) of (?:the )?/;

const SUBJECT_GATHERS = /^ (?:brings together|unites|gathers|groups together|includes|comprises) /;

/** "Under X's leadership, the consortium …", "under the leadership of X, the team …". */
export function readUnderLeadership(ctx: SentenceContext): void {
  const possessive = /\b[Uu]nder (?:the )?(?=\p{Lu})/u;
  const of = UNDER_LEADERSHIP_OF.exec(ctx.sentence);
  const cue = of ?? possessive.exec(ctx.sentence);
  if (!cue) return;
  const span = readNameAt(ctx.sentence, cue.index + cue[0].length);
  if (!span || !isOrganizationName(span.text)) return;
  if (!of && !/^['’]s? (?:leadership|coordination|direction)\b/.test(ctx.sentence.slice(span.end))) return;
  // ("Helios brings together A and B under the coordination of X": the sentence's subject is the team, its object the members.)
  const opener = findNameSpans(ctx.sentence)[0];
  const gathers = opener && opener.start <= 4 && opener !== span ? SUBJECT_GATHERS.exec(ctx.sentence.slice(opener.end)) : null;
  const subjectTeam = gathers && isTeamOrProjectName(opener!.text) ? opener : undefined;
  if (!subjectTeam && !ANY_TEAM.test(ctx.sentence)) return;
  ctx.registry.add({ surface: span.text, sentence: ctx.index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
  const named = subjectTeam ?? findNameSpans(ctx.sentence).find((s) => classifyName(s.text) === 'Consortium');
  const draft = named ? ctx.book.byName(named.text) : ctx.book.byLeader(span.text, ctx.index);
  addTo(draft.leaders, span.text, ctx.index);
  if (subjectTeam) addMembers(ctx, draft, readList(ctx.sentence.slice(0, cue.index), subjectTeam.end + gathers![0].length));
  ctx.book.refer(draft, ctx.index, span.start, span.end);
}

/** "X is the lead partner in a consortium with A and B", "X is the coordinator of the consortium, which includes A". */
export function readLeadPartnerIn(ctx: SentenceContext): void {
  // Cheap guard: the cue words must be there before every name is tried.
  if (!/\b(?:lead|leader|coordinator) (?:partner |member )?(?:in|of) /.test(ctx.sentence)) return;
  for (const span of findNameSpans(ctx.sentence)) {
    const cue = LEAD_PARTNER_IN.exec(ctx.sentence.slice(span.end));
    if (!cue || !isOrganizationName(span.text)) continue;
    const end = span.end + cue[0].length;
    const members = /^,? (?:with|together with|alongside|that (?:also )?includes|which (?:also )?includes|including) /.exec(ctx.sentence.slice(end));
    const items = members ? orgItems(ctx, readList(ctx.sentence, end + members[0].length)) : [];
    // "the consortium" points back to the team in view; "a consortium" introduces X's own.
    const current = cue[1] === 'the' && ctx.book.current?.refs.some((ref) => ref.sentence >= ctx.index - 2) ? ctx.book.current : undefined;
    const draft = current ?? ctx.book.byLeader(span.text, ctx.index);
    ctx.registry.add({ surface: span.text, sentence: ctx.index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    addTo(draft.leaders, span.text, ctx.index);
    ctx.book.refer(draft, ctx.index, span.start, span.end);
    addMembers(ctx, draft, items);
  }
}

/** "…, with X as coordinator": the team referred to earlier in the sentence is led by X. */
export function readWithAsLeader(ctx: SentenceContext): void {
  for (const match of ctx.sentence.matchAll(/\bwith (?:the )?(?=\p{Lu})/gu)) {
    const at = (match.index ?? 0) + match[0].length;
    const span = readNameAt(ctx.sentence, at);
    if (!span || !isOrganizationName(span.text) || !/^ as (?:the |its )?(?:coordinator|lead partner|leader|lead)\b/.test(ctx.sentence.slice(span.end))) continue;
    const draft = ctx.book.referredIn(ctx.index, 0, match.index ?? 0).pop();
    if (!draft) continue;
    ctx.registry.add({ surface: span.text, sentence: ctx.index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    addTo(draft.leaders, span.text, ctx.index);
  }
}

/** "X and its partners A and B won the tender" (in an article about teams): X leads, A and B are members. */
export function readAndItsPartners(ctx: SentenceContext): void {
  if (!ctx.sentence.includes(' and its ')) return;
  for (const match of ctx.sentence.matchAll(/ and its (?:consortium )?(?:partners|team-mates|teammates),? /g)) {
    const leader = [...findNameSpans(ctx.sentence.slice(0, match.index))].pop();
    if (!leader || leader.end !== match.index || !isOrganizationName(leader.text)) continue;
    const items = orgItems(ctx, readList(ctx.sentence, (match.index ?? 0) + match[0].length));
    // Outside an article about teams, two named partners make it a team rather than a single deal.
    if (items.length < (ctx.consortiumArticle ? 1 : 2)) continue;
    ctx.registry.add({ surface: leader.text, sentence: ctx.index, start: leader.start, end: leader.end, strength: 'strong', viaConsortium: true });
    const draft = ctx.book.byLeader(leader.text, ctx.index);
    ctx.book.refer(draft, ctx.index, leader.start, leader.end);
    for (const item of items) addTo(draft.members, item.name.text, ctx.index);
  }
}

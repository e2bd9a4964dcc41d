import { isCountryForm } from '../resolve/countries';
import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, leaderKey, type ConsortiumDraft } from './consortiumDrafts';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { readList } from './readList';
import { addCoBuilders, readLaterPartners, readListAlongside } from './readProjectPartners';

/**
 * Leadership phrasings beyond "a consortium led by X": a leader who "leads the
 * project alongside A and B", "will lead, with A and B as partners", "entered
 * with a group that included A", "Her Rabat-based startup is leading a
 * consortium, together with A" (the pronoun points back to the organisation
 * named last), and "X, a joint programme of A and B" (a named team).
 */

/** Members named after the leader's verb phrase: "alongside A", "together with A", "joined by A", "with A and B as partners". */
export const MEMBER_CUE = /^,? (?:(?:(?:who|which) )?(?:will |is to |is set to |to )?(?:work|works|working|partner|partners|partnering|collaborate|collaborates|collaborating)(?: closely)? )?(?:alongside|together with|joined by|in partnership with|in collaboration with|with) /;
/** "…, will train a model for tax enquiries alongside A and B": the leader's work, then its partners (no bare "with", which tools and data take). */
const WORK_THEN_PARTNERS = /^,? (?:will|is to|is set to|to) [\p{Ll}-]+(?: [\p{L}\p{N}-]+){0,10}? (?:alongside|together with|in partnership with|in collaboration with) /u;
/** Phrases between a leader and the member cue that describe the leader, not new members: "of Liège", ", a Ghent startup,", " delivering the programme,". */
const LEADER_TAIL = /^(?: (?:of|in|from) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)?(?:, (?:a|an|the) [^,;.]{1,60}(?=,))?(?: [\p{Ll}-]+ing(?: [\p{Ll}-]+){0,3}(?=,))?/u;

/** "The project team is led by X, the group's carrier, and includes affiliates A and B alongside C": the team's own verb, after the leader. */
const AND_INCLUDES = /^,? and (?:also )?(?:includes|comprises|brings together|counts) (?:(?:fellow |sister )?(?:affiliates|partners|subsidiaries|members|companies|firms|units) )?/;
/** Members written after a leader ("… of Liège, working alongside A and B"); returns whether any were found. */
export function readMembersAfterLeader(ctx: SentenceContext, draft: ConsortiumDraft, pos: number): boolean {
  const tail = LEADER_TAIL.exec(ctx.sentence.slice(pos))?.[0] ?? '';
  const rest = ctx.sentence.slice(pos + tail.length);
  const cue = MEMBER_CUE.exec(rest) ?? /^,? (?:that|which|who) (?:also )?(?:included|includes|include|comprised|comprises) |^ made up of /.exec(rest) ?? AND_INCLUDES.exec(rest) ?? WORK_THEN_PARTNERS.exec(rest);
  if (!cue) return false;
  const items = readListAlongside(ctx.sentence, pos + tail.length + cue[0].length);
  addMembers(ctx, draft, items);
  return items.length > 0;
}

/** Verbs a leader does to a team; the noun says it is a team (or its bid/project). */
const LEADS = '(?:leads|heads|is leading|is heading|will lead|will head|led|headed|(?:will |is )?spearhead(?:s|ing|ed)?|co-leads|coordinates|will coordinate|is coordinating|(?:was|has been|is) (?:chosen|selected|picked|tapped) to (?:lead|head|coordinate))';
const TEAM_NOUN = '(?:consortium|group|team|alliance|coalition|partnership|joint venture|project|programme|program|bid|effort|initiative|work|build-out|build|buildout|roll-out|rollout)';
/** Nouns for the work itself, not a team: its partners may be named in the sentences after ("… with Microsoft as its main partner"). */
const WORK_NOUN = /\b(?:project|programme|program|effort|initiative|work|build-out|build|buildout|roll-out|rollout)$/;
const SUBJECT_LEADS = new RegExp(`^(?:,[^,]{0,90})?,? (?:which|who|that) ${LEADS} (?:a|an|the|its) (?:[\\w-]+ ){0,3}?${TEAM_NOUN}\\b|^ ${LEADS} (?:a|an|the|its) (?:[\\w-]+ ){0,3}?${TEAM_NOUN}\\b|^ (?:will lead|leads|is leading)(?=, with )`);
const ENTERED_WITH = /^ (?:had |has |have )?(?:entered|bid|applied|competed|competes|applies|applied jointly)(?: [\w-]+){0,2}? with (?:a|an|its) (?:[\w-]+ ){0,2}?(?:consortium|group|team|alliance|coalition)\b/;

/** "X leads the project alongside A", "X, a startup, which will lead a consortium with A", "X entered with a group that included A". */
export function readLeaderVerbs(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const verb = SUBJECT_LEADS.exec(rest) ?? ENTERED_WITH.exec(rest);
    if (!verb || !isOrganizationName(span.text)) continue;
    // "A new company, Y, … . SoftBank will lead, with A and B": the venture just named is the team led.
    // ("… will lead the joint venture": a definite venture is the one in view, however far back it was named.)
    const definite = /\bthe (?:joint venture|venture|consortium|alliance|partnership)$/.test(verb[0]);
    const venture = book.current?.name && !book.current.leaders.size && (definite || book.current.refs.some((ref) => ref.sentence >= index - 2)) ? book.current : undefined;
    // "Brask Systems leads the Helios consortium": a name between "the" and the team noun is the team's own, not a second leader's.
    const ownName = teamNameInObject(verb[0], span.text);
    const existing = (ownName && (book.named(ownName) ?? book.byName(ownName))) || (book.drafts.find((d) => d.leaders.has(span.text)) ?? venture);
    const draft = existing ?? book.anonymous();
    // A team exists once someone else is named in it; "X leads the project" alone is not a consortium.
    // "X is leading the project …, with A as its main partner", "… the partners include A": partners may come later.
    const work = WORK_NOUN.test(verb[0]);
    const direct = readMembersAfterLeader(ctx, draft, span.end + verb[0].length);
    const later = work && !direct && readLaterPartners(ctx, draft, span, span.end + verb[0].length);
    if (!direct && !later && !existing) {
      book.drafts.splice(book.drafts.indexOf(draft), 1);
      continue;
    }
    // "Nvidia and Foxconn will build X. Foxconn is leading the build": the co-builders are partners too.
    if (work && (direct || later)) addCoBuilders(ctx, draft, span.text);
    if (work && !existing) draft.ledProject = true;
    ctx.registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    // "X will lead, with A and B as partners": no team noun, so the team is the project the article is about.
    if (!existing && !new RegExp(TEAM_NOUN).test(verb[0])) draft.ledProject = true;
    addTo(draft.leaders, span.text, index);
    book.refer(draft, index, span.start, span.end);
  }
}

/**
 * The name in "leads the Helios consortium" when it is a team's: a whole name
 * that is not the leader's and no country's, city's or public body's ("the
 * Japanese consortium", "the Lyon team"). The team may be spoken of by that
 * name alone elsewhere ("Helios will train …"), which reads like a company.
 */
export function teamNameInObject(phrase: string, leader: string): string | undefined {
  const words = new RegExp(`\\bthe ((?:[\\w-]+ ){1,3}?)${TEAM_NOUN}$`).exec(phrase)?.[1]?.trim();
  if (!words || words === leader || findNameSpans(words)[0]?.text !== words) return undefined;
  return isTeamOrProjectName(words) ? words : undefined;
}

const PRONOUN_LEADS = new RegExp(`\\b(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Tt]his|[Tt]he) (?:[\\p{L}-]+ ){0,3}(?:startup|company|firm|lab|operator|developer|group|institute|university) ${LEADS} (?:a|an|the) (?:[\\w-]+ ){0,3}?(?:consortium|group|team|alliance|coalition)\\b`, 'u');

/** "Her Rabat-based startup is leading a three-member consortium, together with A and B": the organisation named last leads it. */
export function readPronounLeader(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const match = PRONOUN_LEADS.exec(sentence);
  if (!match) return;
  const leader = lastOrganization(ctx, match.index);
  if (!leader) return;
  const draft = book.byLeader(leader.text, index);
  book.refer(draft, index, match.index, match.index + match[0].length);
  readMembersAfterLeader(ctx, draft, match.index + match[0].length);
}

/** The last name before `at` (this sentence, then the two before) that some cue already made an organisation. */
function lastOrganization(ctx: SentenceContext, at: number): NameSpan | undefined {
  // "X, a unit of Y, won a grant from Z. The company heads …": a sentence-opening pronoun continues the previous subject.
  const subject = at === 0 ? findNameSpans(ctx.sentences[ctx.index - 1] ?? '')[0] : undefined;
  if (subject && subject.start === 0 && ctx.registry.has(subject.text, true) && isOrganizationName(subject.text)) return subject;
  const pools = [findNameSpans(ctx.sentence.slice(0, at)), ...[1, 2].map((back) => findNameSpans(ctx.sentences[ctx.index - back] ?? ''))];
  for (const spans of pools) {
    const found = [...spans].reverse().find((span) => ctx.registry.has(span.text, true) && isOrganizationName(span.text));
    if (found) return found;
  }
  return undefined;
}

/** "Swiss AI Initiative, a joint programme of EPFL and ETH Zurich": a named team of the listed members. */
export function readJointProgramme(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(/, (?:a|an|the) joint (?:programme|program|project|initiative|effort|venture|undertaking|team) (?:of|between|by|run by|led by) /g)) {
    const name = [...findNameSpans(sentence.slice(0, match.index))].pop();
    if (!name || name.end !== match.index || !classifyName(name.text)) continue;
    const items = readList(sentence, (match.index ?? 0) + match[0].length);
    if (items.length < 2) continue;
    const draft = book.byName(name.text);
    draft.formal = true;
    addMembers(ctx, draft, items);
    book.refer(draft, index, name.start, name.end);
  }
}

/** "The project is led by X at Y. Its partners are A and B": a team when partners follow here or next sentence. */
export function readLedProject(ctx: SentenceContext, at: number): void {
  const { sentence, sentences, index, book } = ctx;
  const leader = orgItems(ctx, readList(sentence, at).slice(0, 1))[0];
  const next = sentences[index + 1] ?? '';
  // "… is coordinated by X and has grown into an alliance of 60 institutions. Partners named include:" — a team too.
  const grown = /\b(?:has grown into|grew into|has become|became|brings together|forms|formed) (?:a|an) (?:[\p{L}\p{N}-]+ ){0,3}(?:alliance|consortium|network|coalition|partnership)\b/u.test(sentence.slice(at));
  const partnersNext = /^(?:Its |Their |The project['’]s |The programme['’]s )?(?:partners|members)\b/i.test(next) && (/^(?:Its|Their|The)/.test(next) || /:$/.test(next));
  // "… and Nvidia, Cisco and SoftBank are also partners in the consortium": the next sentence names the team's partners.
  const partnersIn = /\b(?:are|is) (?:also )?(?:partners|members) (?:in|of) the (?:consortium|project|venture|team)\b/.test(next);
  // "It is implemented with the participation of A, B and C": the led project's partners, named in the next sentence.
  const implemented = /^It (?:is|was|will be) (?:being )?(?:implemented|carried out|run|delivered|developed|executed) (?:with the participation of|together with|in partnership with|in cooperation with|jointly with) /.exec(next);
  const partners = implemented ? orgItems({ ...ctx, sentence: next, index: index + 1 }, readList(next, implemented[0].length)) : [];
  if (!leader || !(/^(?:Its|Their|The project['’]s|The programme['’]s) (?:partners|members) (?:are|include)\b/.test(next) || (grown && partnersNext) || partnersIn || partners.length)) return;
  // "Stargate UAE is a planned cluster. The project is led by G42": the project is the one the last sentence opened on.
  const previous = findNameSpans(sentences[index - 1] ?? '')[0];
  const titled = partnersIn && previous && previous.start <= 4 && /^ is (?:a|an) /.test((sentences[index - 1] ?? '').slice(previous.end)) && classifyName(previous.text) && !isCountryForm(previous.text) ? previous.text : undefined;
  const draft = titled ? book.byName(titled) : book.byLeader(leader.name.text, index);
  if (titled) addTo(draft.leaders, leader.name.text, index);
  if (!titled) draft.ledProject = true;
  for (const item of partners) addTo(draft.members, item.name.text, index + 1);
  if (partners.length) draft.formal = true;
  book.refer(draft, index, leader.name.start, leader.name.end);
}

/** "OpenEuroLLM — the EU-funded effort to …": a named project the article's unnamed consortium carries out. */
export function projectNamedIn(sentences: string[], upTo: number): string | undefined {
  for (const sentence of sentences.slice(0, upTo + 1)) {
    const match = /((?:\p{Lu}|\p{N})[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3})(?: (?:—|–|-)|,) (?:the|a|an) [^,.;—]{0,50}?\b(?:effort|project|programme|program|initiative)\b/u.exec(sentence);
    const span = match && readNameAt(sentence, match.index);
    if (span && span.text === match[1] && classifyName(span.text) && !isCountryForm(span.text)) return span.text;
  }
  return undefined;
}

/**
 * "The consortium of 20 organisations is coordinated by X" in an article about
 * a named project: the consortium is known by the project's name, so that
 * name becomes one of its aliases.
 */
export function aliasProjectConsortium(ctx: Pick<SentenceContext, 'book' | 'sentences'>): void {
  // "BharatGen is collaborating with A and B" is the project's own outside partnership, not another team.
  const others = (project: string) => ctx.book.drafts.filter((d) => ![...d.leaders.keys()].some((leader) => leaderKey(leader) === leaderKey(project)));
  const unnamed = ctx.book.drafts.filter((d) => !d.name && d.leaders.size);
  const [draft] = unnamed;
  const first = draft?.refs[0];
  if (!first || !/^[Tt]he (?:consortium|alliance|partnership|coalition)\b/.test(ctx.sentences[first.sentence].slice(first.start))) return;
  const project = projectNamedIn(ctx.sentences, first.sentence);
  if (!project || others(project).length !== 1 || others(project)[0] !== draft) return;
  draft.phrases.add(project);
}

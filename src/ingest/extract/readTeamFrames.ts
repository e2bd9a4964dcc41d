import { isCountryForm } from '../resolve/countries';
import { classifyName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, type ConsortiumDraft } from './consortiumDrafts';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { readList, type ListItem } from './readList';

/**
 * Teams that are not called consortia: a named project, hub, AI factory,
 * network or venture that organisations join, take part in, lead or
 * coordinate. Such a name only becomes a team when the text states who takes
 * part (a tentative draft without members is dropped), so "X, an EU-funded
 * project" alone adds nothing.
 *
 * Two halves, read per sentence:
 * - introductions: "TrustLLM, a Horizon Europe project …", "the project,
 *   branded BRAIN++", "BRAIN++ is an AI factory …" make the name the team
 *   that "the project" / "the consortium" / "it" point back to;
 * - participation: "A and B have joined T", "A is involved in T", "A will
 *   join B as founding partners of T", "A will lead the consortium",
 *   "T is coordinated by A".
 */

/** Nouns a team of several organisations goes by besides "consortium". */
const TEAM_HEAD = '(?:consortium|project|programme|program|initiative|alliance|partnership|coalition|collaboration|hub|AI factory|AI Factory|factory|network|venture|joint venture)';
/**
 * The heads an introduction may use. Consortia, alliances and partnerships are
 * introduced by parseConsortia already; a programme or initiative is an
 * Initiative ("AI Singapore, a national research programme"), not a team.
 */
const INTRODUCED_HEAD = '(?:project|hub|AI factory|AI Factory|factory|network)';
/** A verb right after the head means the head is the clause's subject ("X, the project comprises …"), not X's description. */
const NOT_A_VERB = '(?! (?:comprises|includes|is|was|will|has|had|are|were|said|says|brings|counts|consists|aims|plans|would|could|can|may|received|receives|got|gets)\\b)';
const APPOSITIVE_TEAM = new RegExp(`^,? (?:a|an|the) (?:(?!\\b(?:that|which|who|whose|and|not|of|by|with|for)\\b)[^,.;:()]){0,70}?\\b${INTRODUCED_HEAD}\\b(?![-\\p{L}])${NOT_A_VERB}`, 'u');
const PREDICATE_TEAM = new RegExp(`^ (?:is|was|will be|has become|became) (?:a|an|the) (?:(?!\\b(?:that|which|who|whose|and|not|of|by|with)\\b)[^,.;:()]){0,60}?\\b${INTRODUCED_HEAD}\\b(?![-\\p{L}])`, 'u');
const BRANDED = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts) (?:new |joint |national |planned |proposed )?${INTRODUCED_HEAD},? (?:branded|called|named|dubbed|known as|christened) (?:the )?`, 'gu');
/** What a team head says when it is the thing made, not a team ("a data-centre project" built by one company). */
const PRODUCT_HEAD = /\b(?:model|models|LLM|chatbot|supercomputer|cluster|data cent(?:re|er)|campus|platform|system|tool|app|fund)\b/;

/** "the project", "the consortium", "this hub", "it": a definite reference to the team in view. */
const TEAM_REFERENCE = new RegExp(`^(?:the|this|that|its|their) (?:new |joint |national |wider |whole |European |EU |research |same )?(?:${TEAM_HEAD}|effort|build|work)\\b`, 'u');
/** Verbs of taking part, after the subjects and before the team. */
const PARTICIPATES = /^,? (?:(?:have|has|had|will|would|also|already|now|each|both|all|officially|formally|recently|are set to|is set to|have also|has also|will also)\s+)*(?:joined|joins|join|signed on to|signed up to|signed up for|(?:are|is|were|was|will be) (?:also |now )?(?:part of|involved in|participating in|taking part in|members of|a member of|partners in|a partner in|partners of|a partner of|(?:among )?the (?:founding )?(?:members|partners) of|(?:a |the )?founding (?:member|members|partner|partners) of)|participates? in|participated in|takes? part in|took part in) /;
/** "… join A and B as founding partners of T": A and B are partners already. */
const AS_PARTNERS_OF = /^,? as (?:the )?(?:founding |full |core )?(?:partners|members|participants) (?:of|in) /;
/** Verbs of leading, after the subject and before the team. */
// ("QCRI, which is part of HBKU, leads the work": a relative clause may stand between.)
const SUBJECT_LEADS = /^(?:, (?:which|who) [^,;]{1,80},)?,? (?:(?:will|would|is to|has been chosen to|was chosen to|is set to|also)\s+)*(?:leads|lead|led|coordinates|coordinate|coordinated|heads|head|headed|is leading|is coordinating|is heading|fronts|fronted|chairs|chaired) /;
/** "T is coordinated by A", "It is led by A". */
const LED_BY = /^,? (?:which |that )?(?:is|was|will be|has been|are|were) (?:being )?(?:jointly )?(?:led|co-led|coordinated|headed|fronted|chaired|spearheaded)(?: jointly)? by /;

/** Whether the article writes the name as a project's ("the project HIVE", "HIVE project"). */
function isProjectMentioned(name: string, sentences: string[]): boolean {
  return sentences.some((sentence) => findNameSpans(sentence).some((span) => span.text === name && (/\b(?:the|a|its) (?:new |follow-on |next )?(?:project|initiative) $/.test(sentence.slice(0, span.start)) || /^ (?:project|initiative)\b/.test(sentence.slice(span.end)))));
}

/** Introductions of named teams (tentative until someone takes part). */
export function readTeamIntroductions(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const appositive = APPOSITIVE_TEAM.exec(rest);
    const predicate = span.start <= 4 ? PREDICATE_TEAM.exec(rest) : null;
    const cue = appositive ?? predicate;
    if (!cue || PRODUCT_HEAD.test(cue[0]) || !isTeamName(span.text)) continue;
    introduce(ctx, span);
  }
  // "New York's publicly funded computing consortium, Empire AI, is set to grow": the name after the noun.
  for (const match of sentence.matchAll(/\b(?:consortium|alliance|coalition|partnership|project|initiative|hub|network|venture),? (?:called |named |known as )?(?=\p{Lu})/gu)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && /^(?:,|\s+(?:is|was|has|had|will|said|says)\b)/.test(sentence.slice(span.end)) && /, $/.test(match[0]) && isTeamName(span.text)) introduce(ctx, span);
  }
  // "The Danish Language Model Consortium was formed to …": a consortium's own name opening the sentence puts it in view.
  const opener = findNameSpans(sentence)[0];
  if (opener && opener.start <= 4 && classifyName(opener.text) === 'Consortium' && !/^(?:Consortium|Alliance|Coalition|Partnership|Joint Venture)$/.test(opener.text)) introduce(ctx, opener);
  for (const match of sentence.matchAll(BRANDED)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && isTeamName(span.text)) introduce(ctx, span);
  }
}

/** Organisations taking part in, or leading, a team named or referred to in the sentence. */
export function readTeamParticipation(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const joins = PARTICIPATES.exec(rest);
    if (joins && isOrganisation(span.text)) {
      const subjects = conjunctsEndingAt(sentence, span);
      const at = span.end + joins[0].length;
      // "A and B will join C and D as founding partners of T": the objects are partners already.
      const partners = /join $/.test(joins[0]) ? readList(sentence, at) : [];
      const asOf = partners.length ? AS_PARTNERS_OF.exec(sentence.slice(partners[partners.length - 1].name.end)) : null;
      const draft = teamReferredAt(ctx, asOf ? partners[partners.length - 1].name.end + asOf[0].length : at);
      if (!draft) continue;
      addMembers(ctx, draft, [...subjects.map((name) => ({ name, descriptor: '' })), ...(asOf ? partners : [])]);
      settle(draft);
      continue;
    }
    const leads = SUBJECT_LEADS.exec(rest);
    // ("QCRI, which is part of HBKU under Qatar Foundation, leads the work": the name inside the clause leads nothing.)
    const insideClause = /, (?:which|who) [^,;]*$/.test(sentence.slice(0, span.start));
    if (leads && isOrganisation(span.text) && !insideClause) {
      const at = span.end + leads[0].length;
      const draft = teamReferredAt(ctx, at, true);
      if (!draft) continue;
      lead(ctx, draft, span);
      // "A will lead the consortium, with B and C": the partners follow the team.
      const reference = TEAM_REFERENCE.exec(sentence.slice(at)) ?? /^(?:the )?\S+/.exec(sentence.slice(at))!;
      const partners = /^,? (?:with|alongside|together with|joined by) /.exec(sentence.slice(at + reference[0].length));
      if (partners) addMembers(ctx, draft, readList(sentence, at + reference[0].length + partners[0].length));
      settle(draft);
    }
  }
  // "The consortium leader is A", "The project's coordinator is A".
  const role = /\b(?:[Tt]he|[Ii]ts) (?:(?:consortium|project|team|alliance|initiative)(?:['’]s)? )?(?:leader|coordinator|lead partner|lead institution|lead organi[sz]ation) (?:is|was|will be) (?:the )?/.exec(sentence);
  const roleHolder = role && readNameAt(sentence, role.index + role[0].length);
  const roleTeam = roleHolder && isOrganisation(roleHolder.text) ? inView(ctx) ?? projectInView(ctx, 2) : undefined;
  if (role && roleHolder && roleTeam && !roleTeam.leaders.size) {
    lead(ctx, roleTeam, roleHolder);
    ctx.book.refer(roleTeam, ctx.index, role.index, role.index + role[0].length);
  }
  // "It is coordinated by A", "TrustLLM is led by A": a named team without a leader yet gets one.
  // (Unnamed teams are led in parseConsortia's "led by" readers.)
  for (const match of sentence.matchAll(/(?:^|, |[—–:] )([Ii]t|[Tt]he (?:project|initiative|effort|partnership|build|work))(?=,? (?:is|was|will be|has been) )/g)) {
    const draft = inView(ctx) ?? projectInView(ctx, 2);
    const at = (match.index ?? 0) + match[0].length;
    if (!(draft?.name || draft?.servesName) || !leadBy(ctx, draft, at)) continue;
    // "It is coordinated by A, and its members include …": the rest of the sentence is about the team too.
    ctx.book.refer(draft, ctx.index, (match.index ?? 0) + match[0].length - match[1].length, at);
  }
  for (const span of findNameSpans(sentence)) {
    // "The Halden project is coordinated by A", "the project HIVE … HIVE is coordinated by A": the project is a team in waiting, its partners may follow.
    const project = /^ (?:project|hub|network)(?=,? (?:which |that )?(?:is|was|will be|has been) )/.exec(sentence.slice(span.end)) ?? (isProjectMentioned(span.text, ctx.sentences) ? /^/.exec('') : null);
    const draft = ctx.book.drafts.find((d) => d.name === span.text) ?? (project && isTeamName(span.text) && !ctx.registry.hasStrong(span.text) && LED_BY.test(sentence.slice(span.end + project[0].length)) ? introduce(ctx, span) : undefined);
    if (draft) leadBy(ctx, draft, span.end + (project?.[0].length ?? 0));
  }
}

/** The team a phrase starting at `at` names: a known team by name, a team-like name, or a definite reference. */
function teamReferredAt(ctx: SentenceContext, at: number, referenceOnly = false): ConsortiumDraft | undefined {
  const { sentence, index } = ctx;
  const text = sentence.slice(at);
  const reference = TEAM_REFERENCE.exec(text);
  if (reference) {
    const draft = inView(ctx) ?? projectInView(ctx, 2);
    if (draft) ctx.book.refer(draft, index, at, at + reference[0].length);
    // "A will lead the consortium": the text itself calls the project a team.
    if (draft && /consortium|alliance|coalition|partnership|joint venture/.test(reference[0])) draft.tentative = false;
    return draft;
  }
  if (referenceOnly && !/^(?:the )?\p{Lu}/u.test(text)) return undefined;
  const named = readNameAt(sentence, text.startsWith('the ') ? at + 4 : at);
  if (!named) return undefined;
  const known = ctx.book.drafts.find((d) => d.name === named.text);
  if (!known && !(classifyName(named.text) === 'Consortium' || /\b(?:Hub|AI Factory|Project|Network)$/.test(named.text) || APPOSITIVE_TEAM.test(sentence.slice(named.end)))) return undefined;
  if (!known && !isTeamName(named.text)) return undefined;
  const draft = known ?? introduce(ctx, named);
  ctx.book.refer(draft, index, named.start, named.end);
  return draft;
}

/** The team the text is about: the current one, when referred to in the last few sentences. */
function inView(ctx: SentenceContext): ConsortiumDraft | undefined {
  const current = ctx.book.current;
  return current && current.refs.some((ref) => ref.sentence >= ctx.index - 4) ? current : undefined;
}

function introduce(ctx: SentenceContext, span: NameSpan): ConsortiumDraft {
  const draft = ctx.book.byName(span.text);
  // A name another reader made a team already keeps its standing; a new one waits for members.
  if (!draft.refs.length && !draft.members.size && !draft.leaders.size) draft.tentative ??= true;
  ctx.book.refer(draft, ctx.index, span.start, span.end);
  return draft;
}

/** "… is coordinated by A" at `at`: A leads the team, unless it has a leader already. */
function leadBy(ctx: SentenceContext, draft: ConsortiumDraft, at: number): boolean {
  const by = LED_BY.exec(ctx.sentence.slice(at));
  const items = by ? readList(ctx.sentence, at + by[0].length) : [];
  if (!items.length || draft.leaders.size || !isOrganisation(items[0].name.text)) return false;
  // "jointly by A and B", "co-led by A and B": every name leads; otherwise the first does ("by A, with B as partner").
  const pair = items.length === 2 && /^ and (?:the )?$/.test(ctx.sentence.slice(items[0].name.end, items[1].name.start));
  const joint = (/jointly|co-/.test(by![0]) && items.length <= 3) || pair;
  for (const item of joint ? items : items.slice(0, 1)) if (isOrganisation(item.name.text)) lead(ctx, draft, item.name);
  // A project's own team, led as the text says, is a team even before its partners are named.
  if (draft.servesName && !draft.name) draft.tentative = false;
  return true;
}

/**
 * The team behind the article's project, when the project was named in this
 * sentence or the few before it: in a roundup "the effort" is the one just
 * described, not the headline's.
 */
export function projectInView(ctx: SentenceContext, window: number): ConsortiumDraft | undefined {
  const project = ctx.book.project;
  if (!project) return undefined;
  const near = ctx.sentences.slice(Math.max(0, ctx.index - window), ctx.index + 1).some((s) => s.includes(project));
  // An article about one project speaks of it as "the project" anywhere; once another team is described, only nearby.
  const onlyProject = ctx.book.drafts.every((d) => d.servesName === project || d.tentative || !(d.leaders.size || d.members.size));
  return near || onlyProject ? ctx.book.projectTeam() : undefined;
}

/** "Led by A in partnership with B and C, TRAILS will study …": a fronted clause naming the team's leader and partners. */
export function readFrontedLedBy(ctx: SentenceContext): void {
  const { sentence } = ctx;
  const fronted = /^(?:Led|Co-led|Coordinated|Headed|Run) (?:jointly )?by /.exec(sentence);
  if (!fronted) return;
  // The clause's names run into the main clause's subject ("Led by A, ACTION will …"): the name before the verb is the team.
  const names = readList(sentence, fronted[0].length);
  const subjectAt = names.findIndex((item) => MAIN_VERB.test(sentence.slice(item.name.end)));
  const team = subjectAt > 0 ? names[subjectAt].name : undefined;
  const before = team ? names.slice(0, subjectAt) : names;
  // "Led by A in partnership with B and C, TRAILS will …": partners after the leaders.
  const leaders = before.filter((item) => isOrganisation(item.name.text));
  if (!leaders.length) return;
  const last = leaders[leaders.length - 1].name.end;
  const partnersCue = /^,? (?:in partnership with|in collaboration with|together with|with|alongside) /.exec(sentence.slice(last));
  const partners = partnersCue ? readList(sentence, last + partnersCue[0].length).filter((item) => isOrganisation(item.name.text) && !MAIN_VERB.test(sentence.slice(item.name.end))) : [];
  const after = partners.length ? partners[partners.length - 1].name.end : last;
  const subject = team ?? readNameAt(sentence, after + (/^,? (?:the )?/.exec(sentence.slice(after))?.[0].length ?? 0));
  // With no named subject, only "it" or "the project" points back to the team in view.
  const pointsBack = /^,? (?:it|the (?:project|consortium|initiative|alliance|team))\b/.test(sentence.slice(after));
  const draft = subject && isTeamName(subject.text) && MAIN_VERB.test(sentence.slice(subject.end)) ? introduce(ctx, subject) : pointsBack ? inView(ctx) : undefined;
  if (!draft) return;
  for (const item of leaders) lead(ctx, draft, item.name);
  addMembers(ctx, draft, partners);
  // "Led by A, ACTION will …": the text presents the named work as A's team, partners or not.
  if (draft.leaders.size) draft.tentative = false;
}

const MAIN_VERB = /^,? (?:will|would|is|was|has|have|aims|plans|focuses|brings|builds|develops|studies|works|seeks)\b/;


/** "a national initiative led by A in collaboration with B": the project's lead and its partner. */
export function readLedInitiative(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const match of sentence.matchAll(/\b(?:an?|the) (?:[\p{L}-]+ ){0,3}(?:initiative|project|effort|programme) (?:jointly )?(?:led|run|coordinated|spearheaded) by /gu)) {
    const at = (match.index ?? 0) + match[0].length;
    const leaders = readList(sentence, at).filter((item) => isOrganisation(item.name.text));
    if (!leaders.length) continue;
    const last = leaders[leaders.length - 1].name.end;
    const partners = /^,? (?:in collaboration with|in partnership with|together with|alongside|with) /.exec(sentence.slice(last));
    const members = partners ? readList(sentence, last + partners[0].length).filter((item) => isOrganisation(item.name.text)) : [];
    if (!members.length) continue;
    const draft = inView(ctx) ?? projectInView(ctx, 2) ?? ctx.book.byLeader(leaders[0].name.text, ctx.index);
    for (const item of leaders) lead(ctx, draft, item.name);
    addMembers(ctx, draft, members);
    draft.tentative = false;
    ctx.book.refer(draft, ctx.index, match.index ?? 0, last);
  }
}

/** A leader alone does not make a team: a tentative one still waits for members. */
function lead(ctx: SentenceContext, draft: ConsortiumDraft, leader: NameSpan): void {
  const [item] = orgItems(ctx, [{ name: leader, descriptor: '' } satisfies ListItem]);
  if (item) addTo(draft.leaders, leader.text, ctx.index);
  // "CENIA leads the effort": the article's project has a lead organisation, which makes it a team.
  if (item && draft.servesName && !draft.name) draft.tentative = false;
}

/** "A, which co-developed the OpenThaiGPT models with B and C": the named work's team is A with B and C. */
export function readCoDeveloped(ctx: SentenceContext): void {
  const { sentence, index } = ctx;
  for (const match of sentence.matchAll(/\b(?:co-developed|co-develops|co-created|jointly developed|jointly built|co-built) (?:the )?(?:open |open-source |first )?/g)) {
    const at = (match.index ?? 0) + match[0].length;
    const work = readNameAt(sentence, at);
    const partners = work && /^ (?:[\p{L}-]+ ){0,2}?(?:models?|LLMs?|family|series|platform|project)? ?with (?:researchers (?:at|from) )?/u.exec(sentence.slice(work.end));
    const maker = [...findNameSpans(sentence.slice(0, match.index))].reverse().find((span) => isOrganisation(span.text));
    if (!work || !partners || !maker || !isTeamName(work.text)) continue;
    const items = readList(sentence, work.end + partners[0].length).filter((item) => isOrganisation(item.name.text));
    if (!items.length) continue;
    const draft = ctx.book.byName(work.text);
    addMembers(ctx, draft, [{ name: maker, descriptor: '' }, ...items]);
    ctx.book.refer(draft, index, work.start, work.end);
  }
}

/** "OpenGPT-X is a research consortium funded by … and led by two institutes: A and B": the named subject's leaders, later in its sentence. */
export function readSubjectLedLater(ctx: SentenceContext): void {
  const { sentence } = ctx;
  const subject = findNameSpans(sentence)[0];
  const draft = subject && subject.start <= 4 ? ctx.book.drafts.find((d) => d.name === subject.text) : undefined;
  if (!draft || draft.leaders.size) return;
  const by = / (?:and |, )(?:is |are |was )?(?:jointly )?(?:led|co-led|coordinated|headed) by (?:(?:two|three|four|\d+) [^:;.]{1,50}: )?/.exec(sentence.slice(subject!.end));
  if (!by || ctx.book.referredIn(ctx.index, subject!.end + 1, subject!.end + by.index).some((d) => d !== draft)) return;
  for (const item of orgItems(ctx, readList(sentence, subject!.end + by.index + by[0].length)).slice(0, 3)) addTo(draft.leaders, item.name.text, ctx.index);
}

/** A team someone takes part in is no longer tentative. */
function settle(draft: ConsortiumDraft): void {
  if (draft.members.size) draft.tentative = false;
}

function isTeamName(name: string): boolean {
  const cls = classifyName(name);
  return !!cls && cls !== 'Agency' && !isCountryForm(name);
}

function isOrganisation(name: string): boolean {
  return classifyName(name) === 'Organization' && !isCountryForm(name);
}

/** "A, B and C joined": the names joined by commas and "and" that end with `last`. */
export function conjunctsEndingAt(sentence: string, last: NameSpan): NameSpan[] {
  const spans = findNameSpans(sentence.slice(0, last.end));
  const out = [last];
  for (let i = spans.length - 2; i >= 0 && /^(?:, | and |, and )(?:the )?$/.test(sentence.slice(spans[i].end, out[0].start)); i--) out.unshift(spans[i]);
  return out.filter((span) => classifyName(span.text) === 'Organization');
}

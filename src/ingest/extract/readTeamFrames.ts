import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { NOT_A_ROLE_AFTER } from './lexicon';
import { isKnownOrganization } from '../resolve/resolveNames';
import { addMembers, type SentenceContext } from './consortiumContext';
import type { ConsortiumDraft } from './consortiumDrafts';
import { findNameSpans, readNameAt } from './nameSpans';
import { readList } from './readList';
import { conjunctsEndingAt, inView, introduce, lead, mayLead, projectInView, settle } from './teamInView';

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
// ("the Syensqo AI Lab, a joint research laboratory": a lab or centre run jointly is a team.)
// ("OPEA, a collaborative effort to define …": an effort made together is a team's, an initiative alone may be a programme.)
const INTRODUCED_HEAD = '(?:project|hub|AI factory|AI Factory|factory|network|joint (?:[\\p{L}-]+ ){0,2}(?:laboratory|lab|centre|center)|(?:collaborative|joint|cross-industry|industry-wide|community) (?:effort|initiative|undertaking))';
/** A verb right after the head means the head is the clause's subject ("X, the project comprises …"), not X's description. */
const NOT_A_VERB = '(?! (?:comprises|includes|is|was|will|has|had|are|were|said|says|brings|counts|consists|aims|plans|would|could|can|may|received|receives|got|gets)\\b)';
// ("X, a partner in the Helios project": what X belongs to is the team, not X.)
const APPOSITIVE_TEAM = new RegExp(`^,? (?:a|an|the) (?:(?!\\b(?:that|which|who|whose|and|not|of|by|with|for|in|at|on|member|members|partner|partners|participant|participants)\\b)[^,.;:()]){0,70}?\\b${INTRODUCED_HEAD}\\b(?![-\\p{L}])${NOT_A_VERB}${NOT_A_ROLE_AFTER}`, 'u');
// ("Databricks is a partner in the Brellm project": a subject that is a partner or member of a project is not the project.)
const PREDICATE_TEAM = new RegExp(`^ (?:is|was|will be|has become|became) (?:a|an|the) (?:(?!\\b(?:that|which|who|whose|and|not|of|by|with|in|partner|member)\\b)[^,.;:()]){0,60}?\\b${INTRODUCED_HEAD}\\b(?![-\\p{L}])${NOT_A_ROLE_AFTER}`, 'u');
const BRANDED = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts) (?:new |joint |national |planned |proposed )?${INTRODUCED_HEAD},? (?:branded|called|named|dubbed|known as|christened) (?:the )?`, 'gu');
/** Closing words of a company's own name: such a name is a firm's, whatever its appositive calls it. */
const COMPANY_FORM = /\b(?:Company|Corporation|Corp|Inc|Ltd|Limited|Holdings|Group|Bank|plc|PLC|AG|GmbH|LLC|SpA|Oyj|Pty)$/;
/** What a team head says when it is the thing made, not a team ("a data-centre project" built by one company). */
const PRODUCT_HEAD = /\b(?:model|models|LLM|chatbot|supercomputer|cluster|data cent(?:re|er)|campus|platform|system|tool|app|fund)\b/;

/** "the project", "the consortium", "this hub", "it": a definite reference to the team in view. */
/** A team noun right after a name: "the Helios project". */
const TEAM_NOUN_NEXT = new RegExp(`^ ${TEAM_HEAD}\\b`);
// ("lead the project PRISMA IA 2.0": a name after the noun says which project, not the one in view.)
const TEAM_REFERENCE = new RegExp(`^(?:the|this|that|its|their) (?:new |joint |national |wider |whole |European |EU |research |same )?(?:${TEAM_HEAD}|effort|build|work)\\b(?! \\p{Lu})`, 'u');
/** Verbs of taking part, after the subjects and before the team. */
// ("A, which is part of the Helios consortium": a relative clause says it too, and "A, part of the Helios consortium," an
// appositive; what follows must be a team, so "A, part of the Kesh Group" stays owned.)
const PARTICIPATES = /^,? (?:(?:which|who|that) )?(?:(?:have|has|had|will|would|also|already|now|each|both|all|officially|formally|recently|are set to|is set to|have also|has also|will also)\s+)*(?:joined|joins|join|signed on to|signed up to|signed up for|(?:are|is|were|was|will be) (?:also |now )?(?:part of|involved in|participating in|taking part in|members of|a member of|partners in|a partner in|partners of|a partner of|(?:among )?the (?:founding )?(?:members|partners) of|(?:a |the )?founding (?:member|members|partner|partners) of|one of (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:members|partners|participants) (?:of|in)|(?:also )?among (?:the )?(?:[\w-]+ ){0,2}?(?:companies|firms|organi[sz]ations|institutions|universities|members|partners|participants) (?:taking part in|participating in|involved in|in|of))|participates? in|participated in|takes? part in|took part in|part of|(?:a|an|one of the|one of its|one of (?:[\w-]+ ){0,2}?) (?:founding |full |core |associate |academic |industrial |industry )?(?:member|members|partner|partners|participant|participants) (?:of|in)) /;
/** "… join A and B as founding partners of T": A and B are partners already. */
const AS_PARTNERS_OF = /^,? as (?:the )?(?:founding |full |core )?(?:partners|members|participants) (?:of|in) /;
/** Verbs of leading, after the subject and before the team. */
// ("QCRI, which is part of HBKU, leads the work": a relative clause may stand between.)
const SUBJECT_LEADS = /^(?:, (?:which|who) [^,;]{1,80},)?,? (?:(?:will|would|is to|has been chosen to|was chosen to|is set to|also)\s+)*(?:leads|lead|led|coordinates|coordinate|coordinated|heads|head|headed|is leading|is coordinating|is heading|fronts|fronted|chairs|chaired|(?:is|was|will be|acts as|serves as) (?:the )?(?:overall |project )?(?:coordinator|co-ordinator|leader|lead partner) of) /;
/** "T is coordinated by A", "It is led by A". */
// ("It is led from Athens by A": where it is led from stands between.)
const LED_BY = /^,? (?:which |that )?(?:is|was|will be|has been|are|were) (?:being )?(?:jointly )?(?:led|co-led|coordinated|headed|fronted|chaired|spearheaded|steered|initiated|co-initiated|convened)(?: jointly)?(?: from \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)? by /u;
/** "The Helios project is run by A": said of a project (or hub, or network), whoever runs it leads it; a machine "run by" someone has an operator. */
const RUN_BY = /^,? (?:which |that )?(?:is|was|will be|has been) (?:jointly )?run(?: jointly)? by /;
/** "T, led by A, …": the participle alone, after a name opening the sentence (or after its description, with no comma). */
const LED_BY_APPOSITIVE = /^,? (?:jointly )?(?:led|co-led|coordinated|co-ordinated|headed|fronted|chaired|spearheaded|steered)(?: jointly)? by /;
/** "Helios, a research project led by …", "Helios is a joint programme coordinated by …": the name, described as a team, up to the participle. */
const DESCRIBED_LED = new RegExp(`^(?:,| is| was|['’]s) (?:a|an) (?:(?!\\b(?:that|which|who|whose|and|not|of|by|with|for|in|at|on|member|partner|participant)\\b)[^,.;:()]){0,60}?\\b(?:project|programme|program|initiative|consortium|alliance|coalition|partnership|collaboration|network|hub|effort)(?=${LED_BY_APPOSITIVE.source.slice(1)})`, 'u');

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
    if (!cue || PRODUCT_HEAD.test(cue[0]) || !isTeamOrProjectName(span.text)) continue;
    // ("… the Universidad Austral de Chile and REUNA, the national academic network": the last of a list is one more member, not the team.)
    if (appositive && /, [^,;]{1,80}? (?:and|&) (?:the )?$/.test(sentence.slice(0, span.start))) continue;
    // ("Abu Dhabi Health Services Company (SEHA), the UAE's largest healthcare network": a firm's name described by its trade.)
    if (appositive && COMPANY_FORM.test(span.text)) continue;
    introduce(ctx, span);
  }
  // "New York's publicly funded computing consortium, Empire AI, is set to grow": the name after the noun.
  for (const match of sentence.matchAll(/\b(?:consortium|alliance|coalition|partnership|project|initiative|hub|network|venture),? (?:called |named |known as )?(?=\p{Lu})/gu)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    // (An appositive closes with a comma. "As part of the research consortium, OpenAI is committing …": a name
    // running straight into its verb is the subject of the clause after a fronted phrase.)
    if (span && /^,/.test(sentence.slice(span.end)) && /, $/.test(match[0]) && isTeamOrProjectName(span.text)) introduce(ctx, span);
  }
  // "The Danish Language Model Consortium was formed to …": a consortium's own name opening the sentence puts it in view.
  const opener = findNameSpans(sentence)[0];
  if (opener && opener.start <= 4 && classifyName(opener.text) === 'Consortium' && !/^(?:Consortium|Alliance|Coalition|Partnership|Joint Venture)$/.test(opener.text)) introduce(ctx, opener);
  for (const match of sentence.matchAll(BRANDED)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && isTeamOrProjectName(span.text)) introduce(ctx, span);
  }
}

/** Organisations taking part in, or leading, a team named or referred to in the sentence. */
export function readTeamParticipation(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const joins = PARTICIPATES.exec(rest);
    if (joins && isOrganizationName(span.text)) {
      const subjects = conjunctsEndingAt(sentence, span);
      const at = span.end + joins[0].length;
      // "A and B will join C and D as founding partners of T": the objects are partners already.
      const partners = /join $/.test(joins[0]) ? readList(sentence, at) : [];
      const asOf = partners.length ? AS_PARTNERS_OF.exec(sentence.slice(partners[partners.length - 1].name.end)) : null;
      // ("A, B and C are partners in Helios": what several organisations are partners in or members of is a team;
      // partners "of" a company may be its business partners.)
      const several = subjects.length >= 2 && /\b(?:are|were) (?:also |now )?(?:(?:founding |full |core |associate )?(?:members|participants) (?:of|in)|partners in) $/.test(joins[0]);
      const draft = teamReferredAt(ctx, asOf ? partners[partners.length - 1].name.end + asOf[0].length : at, false, /\bfounding\b/.test(joins[0]) || several);
      if (draft) {
        addMembers(ctx, draft, [...subjects.map((name) => ({ name, descriptor: '' })), ...(asOf ? partners : [])]);
        settle(draft);
        continue;
      }
      // ("QCRI, which is part of HBKU, leads the work": what it is part of is no team, so it may still lead one.)
    }
    const leads = SUBJECT_LEADS.exec(rest);
    // ("QCRI, which is part of HBKU under Qatar Foundation, leads the work": the name inside the clause leads nothing.)
    const insideClause = /, (?:which|who) [^,;]*$/.test(sentence.slice(0, span.start));
    if (leads && isOrganizationName(span.text) && !insideClause) {
      const at = span.end + leads[0].length;
      const draft = teamReferredAt(ctx, at, true);
      if (!draft) continue;
      // ("A and B lead the network": a plural verb's every subject leads.)
      for (const leader of /^,? (?:lead|head|coordinate) /.test(rest) ? conjunctsEndingAt(sentence, span) : [span]) lead(ctx, draft, leader);
      // "A will lead the consortium, with B and C", "A coordinates Helios, which brings together B and C": the partners follow the team.
      const reference = TEAM_REFERENCE.exec(sentence.slice(at));
      const end = reference ? at + reference[0].length : (readNameAt(sentence, sentence.startsWith('the ', at) ? at + 4 : at)?.end ?? at);
      const partners = /^,? (?:with|alongside|together with|joined by) /.exec(sentence.slice(end)) ?? WHICH_HAS_MEMBERS.exec(sentence.slice(end));
      if (partners) addMembers(ctx, draft, readList(sentence, end + partners[0].length));
      settle(draft);
    }
  }
  // "The consortium leader is A", "The project's coordinator is A".
  const role = /\b(?:[Tt]he|[Ii]ts) (?:(?:consortium|project|team|alliance|initiative)(?:['’]s)? )?(?:leader|coordinator|lead partner|lead institution|lead organi[sz]ation) (?:is|was|will be) (?:the )?/.exec(sentence);
  const roleHolder = role && readNameAt(sentence, role.index + role[0].length);
  const roleTeam = roleHolder && isOrganizationName(roleHolder.text) ? inView(ctx) ?? projectInView(ctx, 2) : undefined;
  if (role && roleHolder && roleTeam && !roleTeam.leaders.size) {
    lead(ctx, roleTeam, roleHolder);
    ctx.book.refer(roleTeam, ctx.index, role.index, role.index + role[0].length);
  }
  // "It is coordinated by A", "TrustLLM is led by A": a named team without a leader yet gets one.
  // (Unnamed teams are led in parseConsortia's "led by" readers.)
  // ("It's a joint project led by A": what it is, then who leads it.)
  for (const match of sentence.matchAll(/(?:^|, |[—–:] )([Ii]t|[Tt]he (?:project|initiative|effort|partnership|alliance|coalition|build|work))(?=,? (?:is|was|will be|has been) |['’]s )/g)) {
    const draft = inView(ctx) ?? projectInView(ctx, 2);
    const at = (match.index ?? 0) + match[0].length;
    const described = DESCRIBED_LED.exec(sentence.slice(at));
    // ("It will be run jointly by A and B": whoever runs a team of several members, or runs one jointly, leads it;
    // "The system, named Tokyo-1 … It will be run by Xeureka": one organisation running a thing may be its operator.)
    const run = !!draft && (draft.members.size >= 2 || /^,? (?:[\p{Ll}]+ )*?(?:jointly run|run jointly) by /u.test(sentence.slice(at)));
    if (!(draft?.name || draft?.servesName) || !leadBy(ctx, draft, at + (described?.[0].length ?? 0), { appositive: !!described, run })) continue;
    // "It is coordinated by A, and its members include …": the rest of the sentence is about the team too.
    ctx.book.refer(draft, ctx.index, (match.index ?? 0) + match[0].length - match[1].length, at);
  }
  for (const span of findNameSpans(sentence)) {
    // "The Halden project is coordinated by A", "the project HIVE … HIVE is coordinated by A": the project is a team in waiting, its partners may follow.
    const project = /^ (?:project|hub|network)(?=,? (?:which |that )?(?:is|was|will be|has been) )/.exec(sentence.slice(span.end)) ?? (isProjectMentioned(span.text, ctx.sentences) ? /^/.exec('') : null);
    const run = project !== null && RUN_BY.test(sentence.slice(span.end + project[0].length));
    const draft = ctx.book.named(span.text) ?? (project && isTeamOrProjectName(span.text) && !ctx.registry.hasStrong(span.text) && (run || LED_BY.test(sentence.slice(span.end + project[0].length))) ? introduce(ctx, span) : undefined);
    if (draft && leadBy(ctx, draft, span.end + (project?.[0].length ?? 0), { run })) continue;
    // "Helios, a research project led by A, includes B", "Helios is a joint project coordinated by A": the described team is led.
    const described = DESCRIBED_LED.exec(sentence.slice(span.end));
    if (!described || PRODUCT_HEAD.test(described[0]) || isKnownOrganization(span.text) || !isTeamOrProjectName(span.text)) continue;
    leadBy(ctx, draft ?? introduce(ctx, span), span.end + described[0].length, { appositive: true });
  }
}

/**
 * "Helios, led by Brask Systems, includes …", "Helios is coordinated by Brask
 * Systems": a name opening the sentence that an organisation leads is a
 * team's (a company is led by people; "led by Jane Roe" names no team).
 * Read after every other reader, for names none of them made a team: a
 * reader that knows the sentence's shape better reads it its own way.
 */
export function readLedOpener(ctx: SentenceContext): void {
  const span = findNameSpans(ctx.sentence)[0];
  if (!span || span.start > 4 || ctx.book.named(span.text) || !isTeamOrProjectName(span.text)) return;
  // ("Open Cloud Compute (OCC) … OCC is spearheaded by X": a short form is its long name's, which readers name the team after.)
  if (ctx.sentences.some((sentence) => sentence.includes(`(${span.text})`))) return;
  const from = pastDescription(ctx.sentence, span.end);
  const rest = ctx.sentence.slice(from);
  const by = LED_BY.exec(rest) ?? LED_BY_APPOSITIVE.exec(rest);
  const leader = by && readList(ctx.sentence, from + by[0].length)[0]?.name.text;
  // (Only an organisation leading it makes a team: "Kesh Cloud, led by Crown Prince X" stays a company.)
  if (!leader || !mayLead(ctx, leader)) return;
  const draft = introduce(ctx, span);
  leadBy(ctx, draft, span.end, { appositive: true });
  claimListAfter(ctx, draft);
}

/** A sentence that lists members of what the sentence before spoke of: "Among the partners are …", "Its members include …". */
const LIST_OPENER = /^(?:Among (?:the|its) (?:partners|members|participants) (?:are|were)|(?:Its|The) (?:partners|members|participants) (?:are|include|includes)|(?:Partners|Members|Participants) (?:are|include)) /;

/**
 * "ELLIS Institute Finland is coordinated by Aalto University … Among the partners are A, B and C": the list
 * after the sentence that made the team is that team's. Readers before this one had only older teams in view and
 * gave them the list; its members move over.
 */
function claimListAfter(ctx: SentenceContext, draft: ConsortiumDraft): void {
  const next = ctx.index + 1;
  if (!LIST_OPENER.test(ctx.sentences[next] ?? '')) return;
  for (const other of ctx.book.drafts.filter((d) => d !== draft)) {
    for (const [member, stated] of [...other.members]) {
      if (stated.size !== 1 || !stated.has(next)) continue;
      other.members.delete(member);
      draft.members.set(member, stated);
    }
  }
  settle(draft);
}

/** After a team's name, its members' title: "Helios members A and B", "Helios partner the Orvane Institute". */
export const MEMBERS_TITLE = /^ (?:founding |core |consortium |project )?(?:members?|partners?) (?=\p{Lu}|the \p{Lu})/u;

/**
 * "Helios members Orvane Labs and Quillon Works will share compute", "Helios
 * partner Orvane Labs": a team's name used as a title before its members.
 * Only for a name some reader made a team ("Microsoft partner OpenAI" is a
 * company's business partner); read after every other reader.
 */
export function readTitledMembers(ctx: SentenceContext): void {
  for (const span of findNameSpans(ctx.sentence)) {
    const draft = ctx.book.named(span.text);
    const title = draft && MEMBERS_TITLE.exec(ctx.sentence.slice(span.end));
    if (!draft || !title) continue;
    addMembers(ctx, draft, readList(ctx.sentence, span.end + title[0].length));
    ctx.book.refer(draft, ctx.index, span.start, span.end);
  }
}

/** "Among Helios's members are A and B", "Participants in Helios include A and B": the members right after. */
const AMONG_OWN = { before: /\b[Aa]mong $/, after: /^['’]s? (?:founding |core |current |other )?(members|participants|partners) (?:are|were|include|includes) / };
export const MEMBERS_IN = { before: /\b(?:[Mm]embers|[Pp]articipants|(?:[Pp]articipating|[Mm]ember) (?:organisations|organizations|companies|institutions|firms)|([Pp]artners)) (?:of|in) (?:the )?$/, after: /^(?: (?:consortium|alliance|project|network|initiative))? (?:include|includes|are|comprise) / };
/** "Helios counts A, B and C among its members": the members between the verb and "among". */
const COUNTS_AMONG = /^ (?:counts|lists|numbers) ([^.;]{3,200}?) among its (?:founding |core )?(members|participants|partners)\b/;

/**
 * Statements that a name has members: "Among Helios's members are A and B",
 * "Participants in Helios include A and B", "Helios counts A and B among its
 * members". Partners alone do not make a team of a name no reader made one
 * ("Among Kesh's partners are Nvidia and AMD": a company's business partners);
 * nor does a company the text or the gazetteer knows. Read after every other reader.
 */
export function readStatedMembersOf(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const span of findNameSpans(sentence)) {
    const before = sentence.slice(0, span.start);
    const rest = sentence.slice(span.end);
    const own = AMONG_OWN.before.test(before) ? AMONG_OWN.after.exec(rest) : null;
    const inIt = MEMBERS_IN.before.exec(before);
    const stated = own ?? (inIt ? MEMBERS_IN.after.exec(rest) : null);
    const counts = COUNTS_AMONG.exec(rest);
    if (!stated && !counts) continue;
    const partners = own?.[1] === 'partners' || (!own && !!inIt?.[1]) || counts?.[2] === 'partners';
    // ("The founding members of TRAIN are …" after "… Network (TRAIN)": the short form's team is its long name's.)
    const known = ctx.book.named(span.text) ?? ctx.book.named(ctx.registry.longFormOf(span.text));
    if (!known && (partners || !isTeamOrProjectName(span.text) || ctx.registry.hasStrong(span.text) || isKnownOrganization(span.text))) continue;
    const items = stated ? readList(sentence, span.end + stated[0].length) : countedMembers(sentence, span.end, counts!);
    if (!items.length) continue;
    const draft = known ?? introduce(ctx, span);
    addMembers(ctx, draft, items);
    settle(draft);
  }
}

/** The list "counts … among its members" holds, read no further than "among". */
function countedMembers(sentence: string, at: number, counts: RegExpExecArray): ReturnType<typeof readList> {
  const start = at + counts.index + counts[0].indexOf(counts[1]);
  return readList(sentence.slice(0, start + counts[1].length), start);
}

/** The team a phrase starting at `at` names: a known team by name, a team-like name, or a definite reference. */
function teamReferredAt(ctx: SentenceContext, at: number, referenceOnly = false, founded = false): ConsortiumDraft | undefined {
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
  // ("… are among nine companies in the Kestrel Labs-led consortium": the team readXLed made of the phrase.)
  const led = LED_TEAM.exec(text);
  const ledTeam = led && ctx.book.referredIn(index, at, at + led[0].length).pop();
  if (ledTeam) return ledTeam;
  const named = readNameAt(sentence, text.startsWith('the ') ? at + 4 : at);
  if (!named) return undefined;
  const known = ctx.book.named(named.text);
  // ("a partner in the Helios project": a team noun after the name says it too; so does founding one, "a founding member of Helios".)
  // ("joined Helios as its tenth member": what the organisation joins as a member is a team, whatever its name ends in.)
  // (A company the text or the gazetteer knows has partners of its own: "joined Microsoft as a partner".)
  const asMember = AS_MEMBER.test(sentence.slice(named.end)) && !ctx.registry.hasStrong(named.text) && !isKnownOrganization(named.text);
  const teamNoun = !referenceOnly && (TEAM_NOUN_NEXT.test(sentence.slice(named.end)) || asMember);
  // ("… coordinates Helios, which brings together A and B": what has members is a team.)
  const hasMembers = WHICH_HAS_MEMBERS.test(sentence.slice(named.end)) && !ctx.registry.hasStrong(named.text) && !isKnownOrganization(named.text);
  if (!known && !(classifyName(named.text) === 'Consortium' || /\b(?:Hub|AI Factory|Project|Network)$/.test(named.text) || teamNoun || hasMembers || founded || APPOSITIVE_TEAM.test(sentence.slice(named.end)))) return undefined;
  if (!known && !isTeamOrProjectName(named.text)) return undefined;
  const draft = known ?? introduce(ctx, named);
  ctx.book.refer(draft, index, named.start, named.end);
  return draft;
}

/** "the Kestrel Labs-led consortium": a team named by its leader (readXLed, parseConsortia.ts, says which nouns make one). */
const LED_TEAM = /^[^,.;]{1,60}?-led /;

/** "…, which brings together A and B": a clause naming a team's members. */
const WHICH_HAS_MEMBERS = /^,? (?:which|that) (?:also )?(?:includes|brings together|comprises|unites|gathers|groups) /;

/** "… as its tenth member", "… as a founding partner". */
const AS_MEMBER = /^,? as (?:its|a|an|the|one of its) (?:[\p{L}\d-]+ ){0,2}(?:member|members|partner|partners|participant|participants)\b/u;

/** What the team does after its leader is named: "…, includes B and C", "… and brings together B and C". */
const MEMBERS_AFTER_LEADER = /^,? (?:and )?(?:also )?(?:includes|comprises|brings together|unites|counts|gathers|consists of|is made up of|has partners|whose members include|whose partners include|with partners|with members|(?:together |along )?with|alongside) /;

/**
 * Where "is led by" starts after a name: "Helios, an EU project, is led by A and includes B" puts what the
 * team is in between (a company's description, "Kesh, a Paris start-up, is led by …", is no team's).
 */
function pastDescription(sentence: string, at: number): number {
  const described = /^, (?:a|an|the) [^,;.()]{1,60},(?= )/.exec(sentence.slice(at));
  return described && !COMPANY_WORDS.test(described[0]) && LED_BY.test(sentence.slice(at + described[0].length)) ? at + described[0].length : at;
}

/** Words describing a company, not a team: "Kesh, a Paris start-up, is led by …". */
const COMPANY_WORDS = /\b(?:company|companies|start-?up|firm|maker|subsidiary|unit|division|developer|provider|operator|vendor|supplier|manufacturer|business|corporation|conglomerate)\b/i;

/** "… is coordinated by A" at `at`: A leads the team, unless it has a leader already. */
function leadBy(ctx: SentenceContext, draft: ConsortiumDraft, at: number, { appositive = false, run = false } = {}): boolean {
  at = pastDescription(ctx.sentence, at);
  const rest = ctx.sentence.slice(at);
  const by = LED_BY.exec(rest) ?? (appositive ? LED_BY_APPOSITIVE.exec(rest) : null) ?? (run ? RUN_BY.exec(rest) : null);
  const items = by ? readList(ctx.sentence, at + by[0].length) : [];
  if (!items.length || draft.leaders.size || !isOrganizationName(items[0].name.text)) return false;
  // "jointly by A and B", "co-led by A and B": every name leads; otherwise the first does ("by A, with B as partner").
  const pair = items.length === 2 && /^ and (?:the )?$/.test(ctx.sentence.slice(items[0].name.end, items[1].name.start));
  const joint = (/jointly|co-/.test(by![0]) && items.length <= 3) || pair;
  for (const item of joint ? items : items.slice(0, 1)) if (isOrganizationName(item.name.text)) lead(ctx, draft, item.name);
  // "Helios, led by A, includes B and C": the team's members after its leader.
  const last = items[items.length - 1].name.end;
  const includes = MEMBERS_AFTER_LEADER.exec(ctx.sentence.slice(last));
  if (includes) {
    addMembers(ctx, draft, readList(ctx.sentence, last + includes[0].length));
    settle(draft);
  }
  // A project's own team, led as the text says, is a team even before its partners are named.
  if (draft.servesName && !draft.name) draft.tentative = false;
  return true;
}


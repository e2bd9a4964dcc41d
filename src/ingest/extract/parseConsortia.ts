import { readHeadReferences } from './readHeadReferences';
import type { ParsedArticle } from '../types';
import { isCountryForm } from '../resolve/countries';
import { isKnownOrganization } from '../resolve/resolveNames';
import { classifyName, looksLikePerson, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { ANOTHER_TEAM, FUNDING_PROGRAMME_LAST, ORG_HEADS, STORY_BREAK } from './lexicon';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, ConsortiumBook, leaderKey, mergeInto, type ConsortiumDraft } from './consortiumDrafts';
import { readCounts, readGenericRefs, readMemberLists, readStatus, readTeamsUpWith, setCount } from './readConsortiumDetails';
import { readFrontedTeam } from './readFrontedTeam';
import { readJoinsToo } from './readJoinsToo';
import { readMemberListColon } from './readMemberListColon';
import { readAssembledBy, readRecruits } from './readRecruits';
import { findNameSpans, isOpeningVerb, readNameAt, type NameSpan } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';
import { readBulletMembers, readLabelledTeamBullet } from './readBulletMembers';
import { readPossessiveTeam } from './readPossessiveTeam';
import { readPartnersColon } from './readPartnersColon';
import { readCategoryLines } from './readCategoryLines';
import { readPersonLedTeam } from './readPersonLedTeam';
import { readTeamAdds } from './readTeamAdds';
import { readJointApplication } from './readJointApplication';
import { readNamedTeamLedBy } from './readNamedTeamLedBy';
import { readTeamFormations } from './readTeamFormations';
import { readTwoPartyDeals } from './readTwoPartyDeals';
import { readObjectRelative } from './readObjectRelative';
import { readRoleHolder } from './readRoleHolder';
import { readTableRows } from './readTableRows';
import { readMembershipSentence } from './readMembershipSentence';
import { findArticleProject } from './articleProject';
import { MEMBERS_IN, MEMBERS_TITLE, readLedOpener, readStatedMembersOf, readTeamIntroductions, readTeamParticipation, readTitledMembers } from './readTeamFrames';
import { readCoDeveloped, readFrontedLedBy, readLedInitiative, readSubjectLedLater } from './readLeadClauses';
import { conjunctsEndingAt, lead } from './teamInView';
import { readAgreedJointBuild, readContributors, readNamedPartnership, readPartneringToLaunch } from './readNamedPartnership';
import { aliasProjectConsortium, readJointProgramme, readLedProject, readLeaderVerbs, readMembersAfterLeader, readPronounLeader, teamNameInObject } from './readLeadPhrasings';
import { readList, readListsFrom, type ListItem } from './readList';
import { nameTeamsByHeading } from './headingTeams';
import { leadersAt, leadsArticleProject, leadsHeadedProject } from './readProjectLeaders';
import { nameLedProjects } from './nameLedProject';
import { DATELINE, readBuiltBy, readLaunchedNamed, readPartnersDubbed, readWorkOf } from './readBuilderTeams';
import { readFormedNamed, readSubjectTogetherWith, readWonTogether } from './readPartnerPhrasings';
import { readFoundedBody } from './readFoundedBody';
import { readAndItsPartners, readAreMembers, readBehindOrTogether, readColonList, readLeadPartnerIn, readMakeUp, readTeamSubjectList, readUnderLeadership, readWithAsLeader } from './readMemberStatements';
import { readBuildsAlongside, readCoLeaders, readPartneringInNamedTeam, readCurrentTeamCues, readNamedVenture, readPairedTeams, readSubjectPartners } from './readTeamCues';

/** An appositive naming someone's role in a team ("a co-founder of the coalition"). */
const ROLE_OF_TEAM = /\b(?:co-?founders?|founders?|chair(?:man|woman|person)?|head|director|chief|president|executive|officer|spokes(?:man|woman|person)|leader|manager|members?)\b(?: \w+)? (?:of|at) /i;

/**
 * Reads consortium statements sentence by sentence: leaders ("a consortium led
 * by X", "X-led group", "X heads the largest group", "teams headed by A, B and
 * C" = one team each), members ("its partners include …", "X's team includes
 * …", "X teams up with …"), own names ("the joint venture, called Y"), stated
 * member counts and selection status. Every leader and member is also offered
 * to the registry as a strongly-cued organisation.
 */
export function parseConsortia(article: ParsedArticle, registry: OrgRegistry): ConsortiumBook {
  const book = new ConsortiumBook();
  book.project = findArticleProject(article, registry);
  const { sentences } = article;
  const consortiumArticle = sentences.some((s) => CONSORTIUM_WORD.test(s));
  sentences.forEach((sentence, index) => {
    // A horizontal rule ends one story (a newsletter's item): no team stays in view across it. (A heading may only start a story's next part.)
    if (STORY_BREAK.test(sentence)) book.current = undefined;
    const ctx: SentenceContext = { sentence, index, sentences, book, registry, consortiumArticle };
    readLabelledTeamBullet(ctx);
    readHeadReferences(ctx);
    readNamedVenture(ctx);
    readNamedConsortia(ctx);
    readNamedPartnership(ctx);
    readAgreedJointBuild(ctx);
    readTwoPartyDeals(ctx);
    readContributors(ctx);
    readPartneringToLaunch(ctx);
    readLedBy(ctx);
    readPersonLedTeam(ctx);
    readNamedTeamLedBy(ctx);
    readXLed(ctx);
    readXHeads(ctx);
    readTeamOf(ctx);
    readPossessiveTeam(ctx);
    readPartnersColon(ctx);
    readFormedBy(ctx);
    readSubjectsFormed(ctx);
    readFormedNamed(ctx);
    readFoundedBody(ctx);
    readBuiltBy(ctx);
    readWorkOf(ctx);
    readLaunchedNamed(ctx);
    readPartnersDubbed(ctx);
    readSubjectTogetherWith(ctx);
    readWonTogether(ctx);
    readJoinedNamed(ctx);
    readTeamIntroductions(ctx);
    readTeamParticipation(ctx);
    readSubjectLedLater(ctx);
    readCoDeveloped(ctx);
    readLedInitiative(ctx);
    readFrontedLedBy(ctx);
    readSubjectPartners(ctx);
    readPairedTeams(ctx);
    readBuildsAlongside(ctx);
    readPartneringInNamedTeam(ctx);
    readCoLeaders(ctx);
    readCurrentTeamCues(ctx);
    readUnderLeadership(ctx);
    readLeadPartnerIn(ctx);
    readAndItsPartners(ctx);
    readMakeUp(ctx);
    readBehindOrTogether(ctx);
    readTeamSubjectList(ctx);
    readColonList(ctx);
    readAreMembers(ctx);
    readMemberLists(ctx);
    readTeamsUpWith(ctx);
    readRecruits(ctx);
    readAssembledBy(ctx);
    readFrontedTeam(ctx);
    readJoinsToo(ctx);
    readMemberListColon(ctx);
    readGenericRefs(ctx);
    readCounts(ctx);
    readLeaderVerbs(ctx);
    readPronounLeader(ctx);
    readJointProgramme(ctx);
    readBulletMembers(ctx);
    readCategoryLines(ctx);
    readTeamAdds(ctx);
    readJointApplication(ctx);
    readTeamFormations(ctx);
    readObjectRelative(ctx);
    readTableRows(ctx);
    readWithAsLeader(ctx);
    readStatus(ctx);
    readMembershipSentence(ctx);
  });
  // Once every reader above has named the teams: "Helios, led by X, includes …" for a name none of them made
  // a team, "X, the project coordinator", "Helios members A and B will …", a known team's name before its
  // members, and "Among Helios's members are …".
  sentences.forEach((sentence, index) => {
    const ctx: SentenceContext = { sentence, index, sentences, book, registry, consortiumArticle };
    readLedOpener(ctx);
    readRoleHolder(ctx);
    readTitledMembers(ctx);
    readStatedMembersOf(ctx);
  });
  // "The ELTE team did not train from scratch" in an article that never speaks of consortia: the
  // organisation's own researchers, not a team of several organisations.
  if (!consortiumArticle) dropOwnStaffTeams(book);
  aliasProjectConsortium({ book, sentences });
  adoptLoneLeader(book);
  nameLedProjects(book, article, registry);
  nameTeamsByHeading(book, sentences);
  aliasArticleProject(book, sentences);
  aliasAcronyms(book, sentences);
  return book;
}

/**
 * The article's project is another name for the team carrying it out: a team
 * serving a project answers to its bare name ("AMALIA" for "AMALIA
 * consortium"), and so does the article's only team when the text gives it
 * no name of its own ("IIT Bombay consortium" is also "BharatGen").
 */
function aliasArticleProject(book: ConsortiumBook, sentences: string[]): void {
  for (const draft of book.drafts) if (draft.servesName && !draft.name) draft.phrases.add(draft.servesName);
  const teams = book.drafts.filter((d) => !d.tentative && (d.leaders.size || d.members.size));
  if (!book.project || teams.some((d) => d.name === book.project)) return;
  // (Drafts stated apart but led by one organisation are one team: "Nissan led the consortium … Partners: Nissan (lead), …".)
  // (A team serving another project already has the article's other team to name.)
  if (teams.some((d) => !d.name && d.servesName)) return;
  const unnamed = foldLeaderlessLists(book, teams.filter((d) => !d.name), sentences);
  const leaders = new Set(unnamed.map((d) => leaderKey([...d.leaders.keys()][0] ?? '')));
  if (unnamed.length === 1 || (unnamed.length > 1 && leaders.size === 1 && !leaders.has(''))) for (const draft of unnamed) draft.phrases.add(book.project);
}

/**
 * "The University of Glasgow leads the consortium. … A group of smaller firms
 * completes the line-up: A, B and C": in an article about one project that
 * names no team, a list with neither name nor leader of its own adds to the
 * one team a single organisation leads. Returns the unnamed teams left.
 */
function foldLeaderlessLists(book: ConsortiumBook, unnamed: ConsortiumDraft[], sentences: string[]): ConsortiumDraft[] {
  const led = unnamed.filter((d) => d.leaders.size);
  // (With a named team in the article, such a list is that team's: foldIntoSoleNamedTeam, buildConsortia.ts.)
  if (book.drafts.some((d) => d.name) || new Set(led.map((d) => leaderKey([...d.leaders.keys()][0]))).size !== 1) return unnamed;
  // ("A separate group including A, B and C" is another team, unnamed as it is.)
  const lists = unnamed.filter((d) => !d.leaders.size && !d.servesName && ![...d.members.values()].some((stated) => [...stated].some((index) => ANOTHER_TEAM.test(sentences[index] ?? ''))));
  for (const list of lists) {
    mergeInto(led[0], list);
    book.drafts.splice(book.drafts.indexOf(list), 1);
  }
  return unnamed.filter((d) => !lists.includes(d));
}

/** "the AI Safety Institute Consortium (AISIC)", "…, known as AISIC,": a team's short form is another name for it. */
function aliasAcronyms(book: ConsortiumBook, sentences: string[]): void {
  for (const draft of book.drafts) {
    const name = draft.name;
    if (!name) continue;
    for (const sentence of sentences) {
      for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
        const short = SHORT_FORM_AFTER.exec(sentence.slice(at + name.length));
        if (short) draft.phrases.add(short[1] ?? short[2]);
      }
    }
  }
}

const SHORT_FORM_AFTER = /^(?: \((\p{Lu}[\p{L}\p{N}&-]{1,12})\)|, (?:known as|or|dubbed|abbreviated as) (\p{Lu}[\p{Lu}\p{N}&-]{1,12})\b)/u;

const CONSORTIUM_WORD = /\b(?:consortium|consortia|joint venture|alliance|coalition|teams|bids|finalists|shortlisted)\b|\b(?:teams?|groups?)\s+(?:led|headed)\b/i;
// ("Those led by A and B were dropped": in a roundup of teams, a pronoun stands for the teams.)
const NOUN = '(?:consortium|consortia|team|teams|group|groups|alliance|alliances|coalition|joint venture|joint ventures|venture|partnership|partnerships|collaboration|bloc|one|ones|another|bid|bids|proposal|entry|network|[Tt]hose)';
/** "The second is led by X" in an article about several teams: an ordinal stands for the next team. */
const ORDINAL_SUBJECT = /\b[Tt]he (?:first|second|third|fourth|fifth|other|latter|winning|rival|runner-up)(?: one)?(?: (?:is|was|will be|has been|is being)|,) $/;
/** "The project is led by X. Its partners are …": a led project is a team only when partners are named. */
const PROJECT_SUBJECT = /\b[Tt]he (?:project|programme|program|effort|initiative|work) (?:is|was|will be|has been|is being) $/;
const PLURAL = /^(?:consortia|teams|groups|alliances|joint ventures|partnerships|ones|[Tt]hose)$/;
/** The consortium noun a "led by" phrase closes, compiled once: "a nine-company consortium led by", "A third bid, led by". */
const LED_NOUN = new RegExp(`\\b(${NOUN})\\b([^,.;]{0,60}?)\\s*,?\\s*$`);
const MEMBERS_AFTER = /^,? (?:and (?:also )?(?:includes|including|comprises|comprising|brings together|bringing together)|with|and|alongside|together with|including|joined by|comprising|(?:which|that|and) (?:will |would |is to )?(?:work|works|partner|partners) (?:with|alongside)|in collaboration with|in partnership with|(?:that |which )?(?:also )?(?:includes|comprises|brings together)|whose (?:members|partners) (?:also )?include) /;

/** Kinds of member a team is counted in ("a consortium of 12 firms", "20 institutions, companies and centres"). */
const KIND_NOUN = '(?:companies|firms|members|organisations|organizations|institutions|partners|universities|entities|operators|providers|makers|cent(?:re|er)s|labs)';
/** Several kinds, perhaps counted, before the names: "more than 20 European research institutions, companies and EuroHPC centres, including ". */
const COUNTED_KINDS = new RegExp(`^(?:more than )?(?:[\\p{L}\\p{N}-]+ ){0,3}${KIND_NOUN}(?:(?:,| and) (?:[\\p{L}\\p{N}-]+ ){0,2}${KIND_NOUN}){0,3}, (?:including|among them) `, 'u');
/** "an alliance of 12 firms including A", "four … companies — A, B": the count and kind after a team noun, before (or instead of) the names. */
const COUNTED_BEFORE_NAMES = new RegExp(`^(?:\\w+ )?(?:[\\p{L}-]+ ){0,2}${KIND_NOUN}(?:,? (?:including|such as|among them) | ?[—–:] |(?=[ ,]))`, 'u');

/** Members written right after a leader: "led by X with A, B and C". */
function readMembersAfter(ctx: SentenceContext, draft: ConsortiumDraft, pos: number): void {
  const rest = ctx.sentence.slice(pos);
  if (!MEMBERS_AFTER.test(rest) && readMembersAfterLeader(ctx, draft, pos)) return;
  const cue = MEMBERS_AFTER.exec(rest);
  // ("…, brings together more than 20 institutions, companies and centres, including A, B and C": the kinds counted, then the names.)
  const counted = cue ? COUNTED_KINDS.exec(rest.slice(cue[0].length)) : null;
  if (cue) addMembers(ctx, draft, readList(ctx.sentence, pos + cue[0].length + (counted?.[0].length ?? 0)));
  const counts = /^ that counts /.exec(rest);
  if (counts) addMembers(ctx, draft, readList(ctx.sentence, pos + counts[0].length));
}

/** "Y, a government-funded consortium …", "the joint venture, called Y", "Team Y", "the Y Alliance". */
function readNamedConsortia(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    // ('the "Advanced Chip Research" (ACR), a research association': a closing quote and the short form stand between.)
    const rest = sentence.slice(span.end).replace(/^["”’]?(?: \([^()]{1,15}\))?(?=,| is | was )/, '');
    // ("In Halden, a consortium led by X …": a place names where, not which.)
    const opener = /\b(?:[Bb]esides|[Aa]part from|[Oo]ther than|[Aa]longside|[Aa]long with|[Tt]ogether with|[Ii]n addition to|[Ll]ike|[Uu]nlike|[Ww]ith|[Ii]ncluding|[Ii]n|[Aa]t|[Ff]rom|[Aa]cross|of) $/.test(sentence.slice(0, span.start));
    // "Besides X, the consortium comprises …": a clause about the consortium, not a name for it.
    // "A.X K1, the model the operator's consortium submitted": the appositive's head is a product, the consortium someone's.
    // ("Helios, a group of five companies led by X": a group of companies is a team when someone leads it; "a group of companies" alone may be a corporate group.)
    const appositive = /^,? (?:a|an|the) (?:(?!\b(?:that|which|who|not|member|members|partner|partners|participant|participants) )[^,.;()]){0,60}?\b(?:consortium|joint venture|alliance|coalition|partnership|collaboration|association|group of (?:[\w-]+ ){0,3}?(?:companies|firms|organisations|organizations|universities|institutions|partners|start-ups|startups|labs)(?= (?:led|headed|coordinated|fronted) by\b))\b(?! (?:comprises|comprised|includes|included|is|was|will|has|had|are|were|said|says|brings|brought|counts|counted|consists|consisted|company|firm|member|members|partner|partners|entity|body|agreement)\b)/.exec(rest);
    const product = appositive && (/^,? (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:model|models|LLM|chatbot|system|platform|product|supercomputer|cluster|tool|app)\b/u.test(appositive[0]) || /['’]s? (?:[\p{L}-]+ )?(?:consortium|joint venture|alliance|coalition|partnership)$/u.test(appositive[0]));
    // "BharatGen is a consortium of academic institutions led by X": the subject names the consortium.
    // "About Cineca. Cineca is a non-profit consortium of universities": a boilerplate about an organisation describes its legal form.
    const boilerplate = /^(?:About|Über|A propos|À propos) \p{Lu}/u.test(ctx.sentences[index - 1] ?? '');
    const predicate = !boilerplate && span.start <= 4 && /^ (?:is|was|has become|became) (?:a|an) (?:[\p{L}-]+ ){0,3}(?:consortium|joint venture|alliance|coalition)\b(?! (?:member|members|partner|partners|leader|lead)\b)/u.test(rest);
    // "Dr. Jane Roe, a co-founder of the coalition": a person's role, not a team's name.
    const role = appositive && ROLE_OF_TEAM.test(appositive[0]);
    // "CMKL University, the Bangkok institution set up as a collaboration between A and B": what the organisation is, then how it began.
    const founded = appositive && /\b(?:institution|university|college|company|firm|start-?up|institute|laboratory|lab|school|bank)\b/.test(appositive[0]);
    // ("The group was initiated by SEMI, the international semiconductor industry association that organises the show":
    // a body that starts or runs something is an organisation; an association is a team only as a subject or object.)
    const agentBody = !!appositive && /\bassociation\b/.test(appositive[0]) && /\bby $/.test(sentence.slice(0, span.start));
    if (predicate && classifyName(span.text) === 'Organization') {
      book.refer(book.byName(span.text), index, span.start, span.end);
    } else if (!opener && appositive && !product && !role && !founded && !agentBody && classifyName(span.text) && !isOpeningVerb(sentence, span)) {
      book.refer(book.byName(span.text), index, span.start, span.end);
    } else if (/^Team \p{Lu}/u.test(span.text) || (/\b(?:Consortium|Alliance|Coalition)$/.test(span.text) && / /.test(span.text)) || /^(?:Coalition|Alliance|Consortium) (?:for|of) \p{Lu}/u.test(span.text)) {
      const draft = book.byName(span.text);
      // "the Coalition for Health AI (CHAI)": the short form names it too.
      if (span.acronym) draft.phrases.add(span.acronym);
      book.refer(draft, index, span.start, span.end);
      const leader = span.text.replace(/^Team /, '');
      if (leader !== span.text && classifyName(leader) === 'Organization') addTo(draft.leaders, leader, index);
    }
  }
  // "a partnership with A and B called Y": Y is the consortium, the sentence's subject a member.
  const partnership = /\b(?:partnership|joint venture|alliance|venture|consortium) (?:with|between|of) /g;
  for (const match of sentence.matchAll(partnership)) {
    const items = readList(sentence, (match.index ?? 0) + match[0].length);
    const last = items[items.length - 1];
    const named = last && /^,? (?:called|named|known as|dubbed|branded) /.exec(sentence.slice(last.name.end));
    const span = named && readNameAt(sentence, last.name.end + named[0].length);
    if (!span || !classifyName(span.text)) continue;
    const draft = book.byName(span.text);
    addMembers(ctx, draft, items);
    const subject = findNameSpans(sentence.slice(0, match.index)).find((s) => classifyName(s.text) === 'Organization');
    if (subject) addMembers(ctx, draft, [{ name: subject, descriptor: '' }]);
    book.refer(draft, index, span.start, span.end);
  }
  const called = new RegExp(`\\b(?:${NOUN}|new company|new entity)(?:,? (?:called|named|known as|dubbed|branded) |,? (?:described|referred to|known|registered)[^,.;]{0,60}? as )`, 'g');
  for (const match of sentence.matchAll(called)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (!span || !classifyName(span.text)) continue;
    // "… by a consortium. Deployment goes to a follow-up consortium called Y": an indefinite noun brings in
    // another team unless one was introduced earlier in this sentence.
    const indefinite = /\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}$/i.test(sentence.slice(Math.max(0, (match.index ?? 0) - 40), match.index));
    const nearest = book.nearest(index, match.index ?? 0);
    const draft = indefinite && nearest && !nearest.refs.some((ref) => ref.sentence === index) ? book.byName(span.text) : nearest;
    if (draft && !draft.name) draft.name = span.text;
    else if (!draft) book.byName(span.text);
    book.refer(draft ?? book.byName(span.text), index, match.index ?? 0, span.end);
  }
}

/** An appositive about an initiator, then the team's second verb: ", the … association that organises the show, and will be ". */
const APPOSITION_BEFORE_VERB = /, (?:a|an|the) [^,.;]{1,120}, and (?=(?:will be|is|was|has been|would be|is to be) (?:jointly )?$)/;

/** "a nine-company consortium led by X", "teams headed by A, B and C" (one team each). */
function readLedBy(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(/\b(?:led|co-led|headed|spearheaded|fronted|helmed|steered|coordinated|co-ordinated|chaired)(?: jointly)? by /g)) {
    const at = match.index ?? 0;
    // ("The group was initiated by SEMI, the … association that organises the show, and will be led by": the appositive
    // about the initiator stands between the team noun and its second verb, and is read past.)
    const wideStart = Math.max(0, at - 220);
    const apposition = APPOSITION_BEFORE_VERB.exec(sentence.slice(wideStart, at));
    const windowStart = apposition ? wideStart : Math.max(0, at - 90);
    // (Offsets into the window before the appositive stay true in the sentence; the team noun stands there.)
    const window = apposition
      ? `${sentence.slice(wideStart, wideStart + apposition.index)} and ${sentence.slice(wideStart + apposition.index + apposition[0].length, at)}`
      : sentence.slice(windowStart, at);
    // "… coordinated by X and co-led by Y": the co-leader joins the team just named.
    const coLed = /^co-/.test(match[0]) ? book.referredIn(index, 0, at).pop() : undefined;
    if (coLed) {
      const coLeaders = orgItems(ctx, readList(sentence, at + match[0].length));
      for (const item of coLeaders) addTo(coLed.leaders, item.name.text, index);
      // ("…, co-led by Y, brings together 20 institutions, including A and B": the team's members after its last leader.)
      if (coLeaders.length) readMembersAfter(ctx, coLed, coLeaders[coLeaders.length - 1].name.end);
      continue;
    }
    const ordinal = ctx.consortiumArticle && ORDINAL_SUBJECT.test(window);
    const project = PROJECT_SUBJECT.exec(window);
    // "A third bid, led by X, was eliminated": the noun may stand just before a comma.
    const noun = ordinal ? ['', 'one', ''] : LED_NOUN.exec(window);
    if (!noun && (leadsArticleProject(ctx, at, at + match[0].length) || leadsHeadedProject(ctx, at, at + match[0].length))) continue;
    if (project && !noun) {
      readLedProject(ctx, at + match[0].length);
      continue;
    }
    // "HIVE is led by NASK": a consortium already known by its own name; "The Swiss AI Initiative was
    // launched in 2023 and is led jointly by A and B": a named programme two organisations lead together.
    const subject = !noun ? findNameSpans(sentence)[0] : undefined;
    const subjectVerb = subject && subject.start <= 4 && /^(?: [^,.;]{0,60} and)? (?:is|was|will be|has been|is being) (?:jointly )?$/.test(sentence.slice(subject.end, at));
    const heads = subjectVerb ? leadersAt(ctx, at + match[0].length) : [];
    const known = subjectVerb ? book.named(subject!.text) : undefined;
    const joint = subjectVerb && !known && heads.length >= 2 && /^(?:Initiative|Consortium)$/.test(classifyName(subject!.text) ?? '') ? book.byName(subject!.text) : undefined;
    if (known ?? joint) {
      for (const leader of heads) addTo((known ?? joint)!.leaders, leader, index);
      book.refer((known ?? joint)!, index, subject!.start, subject!.end);
      continue;
    }
    // "the Swiss AI Initiative, led by A and B": a programme or consortium name right before the comma is the team led.
    const before = !noun ? /((?:\p{Lu}|\p{N})[\p{L}\p{N}+.\-]*(?: (?:of |for |and )?\p{Lu}[\p{L}\p{N}+.\-]*){0,5}),\s*(?:which is |which was |jointly )?$/u.exec(window) : null;
    // ("The Swiss AI Initiative, led by A and B, …" opening a sentence: the article is no part of the name.)
    const beforeName = before?.[1].replace(/^The /, '');
    const titledTeam = beforeName && /^(?:Initiative|Consortium)$/.test(classifyName(beforeName) ?? '') && !FUNDING_PROGRAMME_LAST.test(beforeName) ? beforeName : undefined;
    if (titledTeam) {
      const draft = book.byName(titledTeam);
      const leaders = orgItems(ctx, readList(sentence, at + match[0].length)).slice(0, 3);
      for (const item of leaders) addTo(draft.leaders, item.name.text, index);
      book.refer(draft, index, at - before![0].length, at);
      // ("The Helios Alliance, led by A, includes B and C": its members after its leaders.)
      if (leaders.length) readMembersAfter(ctx, draft, leaders[leaders.length - 1].name.end);
      continue;
    }
    if (!noun) {
      // "a consortium of A, B and C, led by X": the consortium was just referred to before the comma.
      // "The consortium, which includes A, B and C, is led by X": the subject was referred to before the clause.
      const earlier = /,\s*(?:and |which is |which was |is |was |will be )?$/.test(window) ? book.referredIn(index, Math.max(0, at - 160), at).pop() : undefined;
      const leaders = earlier ? orgItems(ctx, readList(sentence, at + match[0].length)) : [];
      if (earlier && leaders.length) {
        for (const item of leaders) addTo(earlier.leaders, item.name.text, index);
        readMembersAfter(ctx, earlier, leaders[leaders.length - 1].name.end);
      }
      continue;
    }
    // "a separate group led by Jane Roe": people lead research groups and teams; only a cue elsewhere makes such a name an organisation.
    const personal = /^(?:group|team)$/.test(noun[1]) ? (item: ListItem) => looksLikePerson(item.name.text, ORG_HEADS) && !ctx.registry.hasStrong(item.name.text) : () => false;
    // "led by two Fraunhofer institutes: A in X and B in Y": the count names nobody, the list after the colon does.
    const counted = /^(?:two|three|four|\d+) [^:;.]{1,50}: /.exec(sentence.slice(at + match[0].length));
    const items = orgItems(ctx, readList(sentence, at + match[0].length + (counted?.[0].length ?? 0)).filter((item) => !personal(item))).filter((item) => !isCountryForm(item.name.text));
    if (!items.length) continue;
    const phraseStart = ordinal ? at : windowStart + phraseStartIn(window, (noun as RegExpExecArray).index);
    if (PLURAL.test(noun[1])) {
      for (const item of items) book.refer(book.byLeader(item.name.text, index), index, item.name.start, item.name.end);
      continue;
    }
    const titled = ordinal ? undefined : ownNameBeforeNoun(sentence, phraseStart, windowStart + (noun as RegExpExecArray).index, items.map((item) => item.name.text));
    const named = titled ? book.byName(titled) : book.referredIn(index, phraseStart - 60, at).find((d) => d.name);
    // "The alliance is led by X": a definite reference to the leaderless consortium just described.
    // "The third bid is spearheaded by X" introduces another team, whatever came before.
    const another = /^(?:the|this|that) (?:[\w-]+ )*?(?:second|third|fourth|fifth|sixth|other|another|new|rival|last|final)\b/i.test(sentence.slice(phraseStart, at));
    // "CAVForth2 was agreed … Its consortium is led by X": a possessive points back the same way.
    const definite = !ordinal && !another && /^(?:the|this|that|its|their) /i.test(sentence.slice(phraseStart)) && book.current && !book.current.leaders.size ? book.current : undefined;
    const draft = named ?? definite ?? book.byLeader(items[0].name.text, index);
    for (const item of items) addTo(draft.leaders, item.name.text, index);
    // "PLLuM, the Polish language model, is being developed by a consortium led by X": the team is PLLuM's.
    const builds = BUILT_BY_TEAM.exec(sentence.slice(0, phraseStart));
    if (builds && !draft.name && !draft.servesName && classifyName(builds[1]) && classifyName(builds[1]) !== 'Agency' && !isCountryForm(builds[1])) draft.servesName = builds[1];
    const last = items[items.length - 1].name;
    // ("The network grew out of an earlier project and is coordinated by X" says who leads; it is no name for the team,
    // nor are "the consortium is led by X" and "Kestrel consortium, led by X": a clause, not a noun phrase.)
    const lead = sentence.slice(phraseStart, at);
    if (lead.split(' ').length <= 6 && !/[,(]|\b(?:is|are|was|were|be|been|being)\b/.test(lead)) draft.phrases.add(sentence.slice(phraseStart, last.end).replace(/^(?:a|an|the|this|that) /i, ''));
    setCount(draft, sentence.slice(phraseStart, at));
    book.refer(draft, index, phraseStart, last.end);
    readMembersAfter(ctx, draft, last.end);
  }
}

/**
 * A sentence's subject (a bullet's, in bold perhaps, with an appositive) that a team builds, up to the team's
 * determiner: "PLLuM, the … model, is being developed by ", "Halden is being built by a ".
 */
const BUILT_BY_TEAM = /^(?:[-*•]\s+)?\**((?:\p{Lu}|\p{N})[\p{L}\p{N}.\-]*(?: \p{Lu}[\p{L}\p{N}.\-]*){0,3})\**(?:, [^,;]{1,80},)? (?:is|was|will be|has been) (?:being )?(?:developed|built|run|created|led|trained|designed|carried out|delivered) by (?:(?:a|an) )?$/u;

/**
 * "The OpenGPT-X consortium is led by A and B": a name standing between the
 * determiner and the noun is the team's own name, unless it is a leader's
 * name (or its short form: "the Naver consortium, led by Naver Cloud").
 */
function ownNameBeforeNoun(sentence: string, phraseStart: number, nounAt: number, leaders: string[]): string | undefined {
  const det = /^(?:the|this|that) /i.exec(sentence.slice(phraseStart, nounAt));
  if (!det) return undefined;
  const span = readNameAt(sentence, phraseStart + det[0].length);
  if (!span || span.end !== nounAt - 1 || isCountryForm(span.text) || classifyName(span.text) === 'Agency' || !classifyName(span.text)) return undefined;
  const key = leaderKey(span.text);
  if (leaders.some((leader) => leaderKey(leader) === key || leaderKey(leader).startsWith(`${key} `))) return undefined;
  return span.text;
}

/**
 * "Cineca … coordinates the consortium" written before the article lists the
 * consortium's partners: when that leader-only team is the article's only
 * other one, and the other has members but no leader, they are one team.
 */
function adoptLoneLeader(book: ConsortiumBook): void {
  const leaderless = book.drafts.filter((d) => !d.leaders.size && d.members.size >= 2);
  if (leaderless.length !== 1) return;
  const [team] = leaderless;
  // "A research team led by X … The team comprises: X, A, B": a leader listed among the members leads that team.
  const listed = (d: ConsortiumDraft) => [...team.members.keys()].some((member) => [...d.leaders.keys()].some((leader) => leaderKey(member) === leaderKey(leader)));
  const lone = book.drafts.filter((d) => !d.name && d.leaders.size === 1 && !d.members.size && (d.definiteLead || listed(d)));
  if (lone.length !== 1) return;
  const [leader, sentences] = [...lone[0].leaders][0];
  for (const sentence of sentences) addTo(team.leaders, leader, sentence);
  team.refs.push(...lone[0].refs);
  book.drafts.splice(book.drafts.indexOf(lone[0]), 1);
}

/** Removes teams known only as "the X team": one leader, no member, no own name, no stated size. */
function dropOwnStaffTeams(book: ConsortiumBook): void {
  for (const draft of [...book.drafts]) {
    if (draft.name || draft.leaders.size !== 1 || draft.members.size || draft.statedMemberCount !== undefined || draft.formal) continue;
    book.drafts.splice(book.drafts.indexOf(draft), 1);
    if (book.current === draft) book.current = undefined;
  }
}

/** Start of the noun phrase ending in the consortium noun: after the last determiner or comma. */
function phraseStartIn(window: string, nounIndex: number): number {
  const before = window.slice(0, nounIndex);
  const det = /(?:^|[\s,(])(?:a|an|the|this|that|its|one)\s+(?:[\w-]+\s+){0,4}$/i.exec(before);
  return det ? det.index + (det[0].match(/^[\s,(]/) ? 1 : 0) : nounIndex;
}

/** "SoftBank-led consortium". */
function readXLed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // ("The Orvane Labs-led Helios consortium": a name between "-led" and the noun is the team's own.)
  const pattern = /((?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}.&*]*(?: (?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}.&*]*){0,4})-led (?:(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3}) )?(consortium|group|team|alliance|coalition|joint venture|partnership|bloc|initiative|project|programme|program|network|effort)\b/gu;
  for (const match of sentence.matchAll(pattern)) {
    const leader = match[1].replace(/^(?:The|A|An) /, '');
    if (classifyName(leader) !== 'Organization') continue;
    const start = (match.index ?? 0) + match[0].indexOf(leader);
    ctx.registry.add({ surface: leader, sentence: index, start, end: start + leader.length, strength: 'strong', viaConsortium: true });
    // ("Helios, the Orvane Labs-led initiative": the name the phrase describes is the team's.)
    const described = match[2] ? undefined : describedBefore(sentence, match.index ?? 0);
    const own = match[2] && isTeamOrProjectName(match[2]) ? match[2] : described;
    const draft = own ? (book.named(own) ?? book.byName(own)) : book.byLeader(leader, index);
    if (own) addTo(draft.leaders, leader, index);
    draft.phrases.add(`${leader}-led ${match[2] && own ? `${own} ` : ''}${match[3]}`);
    book.refer(draft, index, start, (match.index ?? 0) + match[0].length);
    readMembersAfter(ctx, draft, (match.index ?? 0) + match[0].length);
  }
}

/** The team name an "X-led …" phrase describes: "Helios (HLS), the Orvane-led initiative" (APPOSITIVE_NAME, as for "the joint venture established by"). */
function describedBefore(sentence: string, at: number): string | undefined {
  const name = APPOSITIVE_NAME.exec(sentence.slice(0, at))?.[1];
  return name && isTeamOrProjectName(name) && !isKnownOrganization(name) ? name : undefined;
}

/** "X heads the largest group", "X leads a group that counts A and B among its partners". */
function readXHeads(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const verb = /^(?:,[^,]{0,80},)? (?:(?:is|was) [^,.;]{1,40} and )?(?:(?:still|now|also|currently|already) )?(?:leads|heads|is leading|is heading|will lead|will head|led|headed|spearheads|fronts|coordinates|co-ordinates|will coordinate|is coordinating|(?:said|says|announced)(?: that)? it (?:would|will) (?:lead|head|coordinate)|(?:was |were |has been )?(?:selected |chosen |picked )?to (?:lead|head)) (?:a|an|the|its) (?:[\w-]+ ){0,3}?(consortium|group|team|alliance|coalition|partnership|joint venture|network(?= of\b))\b|^,? (?:which|who|that) (?:leads|heads|led|headed|is leading|will lead) (?:a|an|the|its) (?:[\w-]+ ){0,3}?(consortium|group|team|alliance|coalition|partnership|joint venture)\b/.exec(rest);
    if (!verb || !isOrganizationName(span.text)) continue;
    ctx.registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    // "TNO leads the consortium": "the" points back to the team just described, when it has no leader yet.
    const definite = / (?:the) (?:consortium|team|alliance|coalition|partnership|joint venture)$/.test(verb[0]);
    const described = definite && book.current && !book.current.leaders.size && book.current.refs.some((ref) => ref.sentence >= index - 4) ? book.current : undefined;
    // "Brask Systems leads the Helios consortium": the team goes by the name before its noun.
    const ownName = teamNameInObject(verb[0], span.text);
    const named = ownName ? (book.named(ownName) ?? book.byName(ownName)) : described;
    const draft = named ?? book.byLeader(span.text, index);
    if (named) addTo(named.leaders, span.text, index);
    else if (definite) draft.definiteLead = true;
    // ("Kent State said it would lead a network of …": the team goes by "Kent State network" too.)
    const noun = verb[1] ?? verb[2];
    if (!named && noun !== 'consortium') draft.phrases.add(`${span.text} ${noun}`);
    book.refer(draft, index, span.start, span.end);
    setCount(draft, verb[0]);
    readMembersAfter(ctx, draft, span.end + verb.index + verb[0].length);
    const after = sentence.slice(span.end + verb.index + verb[0].length);
    // "X leads its consortium in the programme - the team that includes A and B": a restated team, then its members.
    const of = /^ (?:of|with|comprising|including|made up of|that includes|which includes|consisting of) /.exec(after) ?? /^(?: in (?:the|its) [\p{L}-]+(?: [\p{L}-]+)?)?(?: [-–—]|,) (?:the|a) (?:team|group|consortium|alliance) (?:that|which) (?:also )?(?:includes|comprises|brings together|counts) /u.exec(after);
    if (of) addMembers(ctx, draft, readList(sentence, span.end + verb.index + verb[0].length + of[0].length));
  }
}

/** "X's team", "the X consortium", followed perhaps by "includes A, B and C". */
function readTeamOf(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    // "X's partners in the venture are …" says which team outright; bare "X's partners are …" only in an article about teams.
    const possessive = /^['’]s? (team|consortium|group|bid)\b/.exec(rest) ?? /^['’]s? (partners) in the (?:joint venture|venture|consortium|alliance|project|bid|team)(?= (?:include|are|were|comprise)\b)/.exec(rest) ?? (ctx.consortiumArticle ? /^['’]s? (partners)(?= (?:include|are|were|comprise)\b)/.exec(rest) : null);
    // "The ILMU team is led by Y": the name says what the team works on; the led-by reader finds its leader.
    // ("ART-ER, the regional consortium company": "consortium" describes a company there.)
    const definite = /^ (team|consortium)\b(?! (?:company|firm|member|members|partner|partners|entity|body|agreement)\b)(?!,? (?:which is |which was |is |was |will be |has been )?(?:jointly )?(?:led|headed|coordinated|co-led|co-ordinated) by\b)/.exec(rest) && /\b[Tt]he $/.test(sentence.slice(0, span.start));
    // "The BRAID Fellowships partners include technology companies such as A and B": a programme's name before "partners".
    // ("Founding members are …": after "the" only, so an adjective opening the sentence names nothing.)
    const partners = !possessive && !definite && /\b[Tt]he $/.test(sentence.slice(0, span.start)) ? PROGRAMME_PARTNERS.exec(rest) : null;
    if (partners && !ctx.registry.has(span.text) && isTeamOrProjectName(span.text)) {
      readProgrammePartners(ctx, span, span.end + partners[0].length);
      continue;
    }
    if (!possessive && !definite) continue;
    if (possessive?.[1] === 'group' && !ctx.consortiumArticle) continue;
    if (!classifyName(span.text) || classifyName(span.text) === 'Agency' || isCountryForm(span.text)) continue;
    // "the partners of the IT4LIA consortium": a name no cue makes an organisation is the team's own name.
    // "the Halden consortium" where Halden never appears on its own: the consortium's name, not its leader's.
    const ownName =
      !possessive &&
      (classifyName(span.text) !== 'Organization' ||
        (!ctx.registry.has(span.text) && !ctx.registry.hasLongerForm(span.text) && namesAProject(span.text, ctx.sentences)) ||
        span.text === book.project ||
        (/^ consortium\b/.test(rest) && !ctx.registry.hasStrong(span.text) && !ctx.registry.hasLongerForm(span.text) && !namedByLeaders(book) && onlyBeforeTeamNoun(span.text, ctx.sentences))) ||
      // "The Slovenian AI Factory, SLAIF, … SLAIF's consortium has ten members": a programme's short form names the team carrying it out.
      (possessive?.[1] === 'consortium' && shortFormOfProgramme(span.text, ctx.sentences));
    if (!ownName && classifyName(span.text) !== 'Organization') continue;
    const nounEnd = span.end + (possessive ? possessive[0].length : / (?:team|consortium)/.exec(rest)![0].length);
    const members = /^,? (?:which |that )?(?:also |now )?(?:includes|including|include|are|comprises|comprise|brings together|counts|consists of|is made up of|is joined by|has partnered with|teams up with) /.exec(sentence.slice(nounEnd));
    // ("X's bid includes A and B": a bid is a team's only when others are named in it; "X's bid failed" is X's own.)
    if (possessive?.[1] === 'bid' && !members) continue;
    const draft = ownName ? book.byName(span.text) : book.byLeader(span.text, index, !ctx.registry.has(span.text));
    if (ownName) draft.phrases.add(sentence.slice(span.start, nounEnd));
    book.refer(draft, index, span.start, nounEnd);
    if (members) addMembers(ctx, draft, readList(sentence, nounEnd + members[0].length));
  }
}

const PROGRAMME_PARTNERS = /^ (?:partners|members) (?:include|are|comprise)\b:? ?/;

/** The members "X partners include …" lists, the examples after "such as" / "like" too ("technology companies such as A and B, and non-profits like C"). */
function readProgrammePartners(ctx: SentenceContext, span: NameSpan, start: number): void {
  const { sentence, index, book } = ctx;
  const items = orgItems(ctx, readListsFrom(sentence, start, /\b(?:such as|like|including|among them) /g));
  if (items.length < 2) return;
  const draft = book.named(span.text) ?? book.byName(span.text);
  draft.phrases.add(`${span.text} partners`);
  addMembers(ctx, draft, items);
  book.refer(draft, index, span.start, span.end);
}

/** "The consortium led by Orbis and the Kelvo consortium": where teams go by their leaders, "the X consortium" follows suit. */
function namedByLeaders(book: ConsortiumBook): boolean {
  return book.drafts.some((d) => d.leaders.size && !d.name);
}

/** Whether every mention of the name in the article is followed by a team noun ("Halden consortium", "Halden project"). */
function onlyBeforeTeamNoun(name: string, sentences: string[]): boolean {
  // ("Helios partner Orvane Labs", "Helios members A and B", "partners in Helios": the team's name as its members' title or what they belong to.)
  return sentences.every((sentence) =>
    findNameSpans(sentence).every(
      (span) =>
        span.text !== name ||
        /^ (?:consortium|project|alliance|team|partnership|coalition|network|initiative|programme|hub)\b/.test(sentence.slice(span.end)) ||
        MEMBERS_TITLE.test(sentence.slice(span.end)) ||
        MEMBERS_IN.before.test(sentence.slice(0, span.start)),
    ),
  );
}

/** "IT4LIA is the initiative nominated by …", "the IT4LIA AI Factory": the article presents the name as a project, not a company. */
function namesAProject(name: string, sentences: string[]): boolean {
  return sentences.some((sentence) =>
    findNameSpans(sentence).some((span) => {
      if (span.text === name) return PROJECT_PREDICATE.test(sentence.slice(span.end));
      return span.text.startsWith(`${name} `) && classifyName(span.text) === 'Initiative';
    }),
  );
}

/** Whether the text gives the name as the short form of an initiative's name: "The Slovenian AI Factory, SLAIF,", "… Programme (NAIP)". */
function shortFormOfProgramme(name: string, sentences: string[]): boolean {
  return sentences.some((sentence) => {
    const spans = findNameSpans(sentence);
    return spans.some((span, i) => classifyName(span.text) === 'Initiative' && (span.acronym === name || (spans[i + 1]?.text === name && /^, $/.test(sentence.slice(span.end, spans[i + 1].start)))));
  });
}

// ("AI4Debunk started in January as a four-year innovation action": how it began says what it is.)
const PROJECT_PREDICATE = /^,? (?:is|was|will be|has become|became|(?:started|began|was launched|was set up|kicked off|runs|ran)(?: [^,.;]{1,40}?)? as) (?:the|a|an) (?:[\p{L}\p{N}-]+ ){0,3}(?:initiative|project|programme|program|effort|model|platform|facility|action)\b/u;

/** A name, its legal suffix and acronym, then ", the …" right before a team noun: "Orvik Chemistry, Inc. (OC), the ". */
// ("The Helios Alliance, a grouping of …" opening a sentence: the article is no part of the name.)
const APPOSITIVE_NAME = /((?!The )(?:\p{Lu}|\p{N})[\p{L}\p{N}.&-]*(?: (?:\p{Lu}|\p{N})[\p{L}\p{N}.&-]*){0,5})(?:,? (?:Inc|Ltd|Corp|LLC|GmbH|Co)\.?)?(?: \((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\))?, (?:the|a|an) (?:new )?$/u;

/** "a joint venture formed by A, B, C and D", "developed by a partnership of A, B and C". */
function readFormedBy(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const pattern = /\b(joint venture|consortium|partnership|alliance|coalition|venture|bid|proposal|application|offer|team|network|grouping|group) (?:formed |set up |created |established |made up |submitted |put forward |made |filed )?(?:by|of|between|comprising) /g;
  for (const match of sentence.matchAll(pattern)) {
    // "a rival bid by A and B": a bid is a team only when several put it in; "a bid by A" is A's own.
    if (/^(?:bid|proposal|application|offer)$/.test(match[1]) && orgItems(ctx, readList(sentence, (match.index ?? 0) + match[0].length)).length < 2) continue;
    // ("X leads a group of 14 partners, among them A and B": a group an organisation named there leads is a team;
    // "a group of companies" alone may be a corporate group, and "Her company heads a group" leaves the team to other readers.)
    if (match[1] === 'group' && !namedLeaderBefore(sentence, match.index ?? 0)) continue;
    // "an alliance of 12 firms including A, B and C": the count, then the names.
    // ("an alliance of four global pharmaceutical companies — A, B, C and D": a dash or colon hands over to the names.)
    const counted = COUNTED_BEFORE_NAMES.exec(sentence.slice((match.index ?? 0) + match[0].length));
    const items = readList(sentence, (match.index ?? 0) + match[0].length + (counted?.[0].length ?? 0));
    if (items.length < 2) {
      // "A consortium of 20 universities … has started building OpenEuroLLM": named after what it builds.
      const builds = /^[^.;]*?\b(?:has started building|started building|is building|will build|is developing|will develop|to build|to develop|develops|builds) /.exec(sentence.slice((match.index ?? 0) + match[0].length));
      const project = builds && readNameAt(sentence, (match.index ?? 0) + match[0].length + builds[0].length);
      if (!counted || !project || !classifyName(project.text) || book.referredIn(index, 0, sentence.length).length) continue;
      const draft = book.anonymous();
      draft.formal = true;
      draft.servesName = project.text;
      book.refer(draft, index, match.index ?? 0, project.end);
      continue;
    }
    // "Preferred Computational Chemistry, Inc. (PFCC), the joint venture established by A and B": the venture's own name.
    const named = APPOSITIVE_NAME.exec(sentence.slice(0, match.index));
    const ownName = named && classifyName(named[1]) && classifyName(named[1]) !== 'Agency' && !isCountryForm(named[1]) ? named : null;
    const draft = (ownName ? book.byName(ownName[1]) : undefined) ?? book.referredIn(index, 0, match.index ?? 0).find((d) => d.name) ?? book.anonymous();
    if (ownName?.[2]) draft.phrases.add(ownName[2]);
    draft.formal = true;
    const subject = BUILT_BY_TEAM.exec(sentence.slice(0, match.index));
    if (subject && !draft.name) draft.servesName = subject[1];
    draft.phrases.add(sentence.slice(match.index ?? 0, items[items.length - 1].name.end));
    addMembers(ctx, draft, items);
    // "X will lead a consortium of eight companies, including A and B", "X assembled a team of A and B": X leads the team the others are in.
    const leader = namedLeaderBefore(sentence, match.index ?? 0);
    if (leader && !draft.leaders.size) lead(ctx, draft, leader);
    book.refer(draft, index, match.index ?? 0, items[items.length - 1].name.end);
  }
}

/** The name right before "leads a …" / "will lead a …" ending at `at`, if the sentence has one there. */
function namedLeaderBefore(sentence: string, at: number): NameSpan | undefined {
  const verb = LEADS_ONE.exec(sentence.slice(0, at));
  const leader = verb ? findNameSpans(sentence.slice(0, at)).at(-1) : undefined;
  return leader && leader.end === verb!.index ? leader : undefined;
}

// ("Orvane Labs, which will lead a consortium of …": the relative clause's subject leads it too.)
const LEADS_ONE = /(?:, (?:which|that))? (?:leads|will lead|is leading|heads|will head|is heading|led|headed|(?:has )?(?:assembled|put together)) (?:a|an) (?:[\w-]+ ){0,2}$/;


/** "A and B formed a $20 billion joint venture": the subjects are its members. */
function readSubjectsFormed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // ("A, B, C and D submitted a joint bid for an AI gigafactory": a bid put in together is a team's.)
  const pattern = /\b(?:formed|created|set up|launched|established|agreed to form|will form|would form|plan to form|plans to form|are to form|submitted|filed|lodged) (?:a|an) [^,.;]{0,50}?\b(joint venture|consortium|alliance|partnership|coalition|new company|new entity|new venture|joint bid|joint application|joint proposal)\b/g;
  for (const match of sentence.matchAll(pattern)) {
    const spans = findNameSpans(sentence.slice(0, match.index)).filter((s) => isOrganizationName(s.text));
    const chained = spans.filter((s, i) => i === spans.length - 1 || /^(?:,| and|, and)\s*$/.test(sentence.slice(s.end, spans[i + 1].start).replace(/\([^)]*\)/g, '')));
    const subjects = chained.length >= 2 ? chained : describedSubjects(ctx, match.index ?? 0) ?? chained;
    // "Four groups have created a new company": the members are named later ("is backed by A, B …").
    if (subjects.length < 2 && /new |venture/.test(match[1]) === false) continue;
    if (subjects.length < 2) subjects.length = 0;
    const draft = book.anonymous();
    draft.formal = true;
    addMembers(ctx, draft, subjects.map((name) => ({ name, descriptor: '' })));
    draft.phrases.add(sentence.slice(match.index ?? 0, (match.index ?? 0) + match[0].length).replace(/^\w+ (?:a|an) /, ''));
    book.refer(draft, index, match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
}

/**
 * "Abu Dhabi investment firm A, French public bank B and chipmaker C said they
 * would form a joint venture": the sentence opens (after a dateline) with a
 * list of described names that runs up to the verb without another clause.
 */
function describedSubjects(ctx: SentenceContext, verbAt: number): NameSpan[] | undefined {
  const { sentence } = ctx;
  const start = sentence.length - sentence.replace(DATELINE, '').length;
  const items = readList(sentence, start).filter((item) => item.name.end <= verbAt);
  const last = items[items.length - 1];
  if (items.length < 2 || /[,;:]/.test(sentence.slice(last.name.end, verbAt))) return undefined;
  return orgItems(ctx, items).map((item) => item.name).filter((name) => !isCountryForm(name.text));
}

/** "X joined A and B in the Y Partnership": X, A and B are members of Y. */
function readJoinedNamed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const verb = /^(?:, (?:a|an|the) [^,;]{1,90},)? (?:has |have |had )?(?:joined|joins|will join) /.exec(sentence.slice(span.end));
    if (!verb || classifyName(span.text) !== 'Organization') continue;
    const at = span.end + verb[0].length;
    // "X said that A, a data-centre provider, has joined its consortium": "its" is the speaker's team.
    const owner = /^its (?:consortium|team)\b/.test(sentence.slice(at)) ? findNameSpans(sentence)[0] : undefined;
    if (owner && owner !== span && owner.start <= 4 && /^ (?:said|announced|confirmed|says)\b/.test(sentence.slice(owner.end)) && isOrganizationName(owner.text)) {
      const team = book.byLeader(owner.text, index);
      addMembers(ctx, team, [{ name: span, descriptor: '' }]);
      book.refer(team, index, at, at + 13);
      continue;
    }
    // "A and B joined the consortium": members of the consortium in context.
    const generic = /^the (?:[\w-]+ )?(?:consortium|team|alliance|joint venture|group|partnership|coalition)\b/.exec(sentence.slice(at));
    if (generic && book.current) {
      const subjects = conjunctsEndingAt(sentence, span);
      addMembers(ctx, book.current, subjects.map((name) => ({ name, descriptor: '' })));
      book.refer(book.current, index, at, at + generic[0].length);
      continue;
    }
    // "A and B joined Orvane's consortium": every subject joins the team its leader's name owns.
    const leader = readNameAt(sentence, at);
    if (leader?.possessive && /^['’]s? (?:consortium|team|bid)\b/.test(sentence.slice(leader.end)) && isOrganizationName(leader.text)) {
      const team = book.byLeader(leader.text, index);
      addMembers(ctx, team, conjunctsEndingAt(sentence, span).map((name) => ({ name, descriptor: '' })));
      book.refer(team, index, leader.start, leader.end);
      continue;
    }
    const direct = readNameAt(sentence, sentence.slice(at).startsWith('the ') ? at + 4 : at);
    let target = direct && classifyName(direct.text) === 'Consortium' ? direct : null;
    const items = target ? [] : readList(sentence, at);
    if (!target && items.length) {
      const tail = /^ in (?:the )?/.exec(sentence.slice(items[items.length - 1].name.end));
      const named = tail && readNameAt(sentence, items[items.length - 1].name.end + tail[0].length);
      target = named && classifyName(named.text) === 'Consortium' ? named : null;
    }
    if (!target) continue;
    const draft = book.byName(target.text);
    addMembers(ctx, draft, [{ name: span, descriptor: '' }, ...items]);
    book.refer(draft, index, target.start, target.end);
  }
}


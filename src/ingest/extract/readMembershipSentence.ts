import { saysNotMember, SECTION_BREAK } from './lexicon';
import { isCountryForm } from '../resolve/countries';
import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import { addTo, type ConsortiumDraft } from './consortiumDrafts';
import { findNameSpans, type NameSpan } from './nameSpans';
import { readList } from './readList';
import { conjunctsEndingAt, projectInView } from './teamInView';

/**
 * The fallback for membership sentences no phrasing reader understood: a
 * sentence about exactly one team that uses a word of membership ("members",
 * "partners", "make up", "signed on", "brings together", …) and names
 * organisations makes them members of that team. "Led by X" / "fronted by X"
 * / "X (lead)" in the same sentence marks the leader.
 *
 * It stays out of the way: a sentence another reader took members from, a
 * sentence about two teams, and a sentence about money, supply or rivalry
 * are left alone.
 */
export function readMembershipSentence(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // "X withdrew, leaving A and B as its only members": who stays is stated outright.
  const remaining = REMAINING.exec(sentence);
  const text = remaining ? sentence.slice(0, remaining.index) + ' '.repeat(remaining[1].length) + sentence.slice(remaining.index + remaining[1].length) : sentence;
  // "Here is the founding partner list as published:" hands its cue to the list that follows.
  const introduced = /:$/.test(ctx.sentences[index - 1] ?? '') && STRONG_CUE.test(ctx.sentences[index - 1]) && !saysNotMember(ctx.sentences[index - 1]);
  // (Table rows are the table reader's: their header words are no statement.)
  if (/^\|/.test(sentence) || !(MEMBER_CUE.test(text) || introduced) || saysNotMember(text)) return;
  if (book.drafts.some((d) => statedIn(d, index))) return;
  const named = namedTeamIn(ctx, sentence);
  const referred = new Set(book.referredIn(index, 0, sentence.length));
  if (named) referred.add(named.draft);
  // "Wildlife Insights, a cloud platform, went public. It is a partnership between A and …": "It" is the name the sentence before opened on.
  const itTeam = !named && !referred.size && /^It(?= )/.test(sentence) && COLLECTIVE.test(sentence.slice(2)) ? previousSubject(ctx) : undefined;
  if (itTeam) referred.add(itTeam);
  // "Its partners are A, B and C.", "A and B are also partners.", "B has signed on, joining A.":
  // a sentence naming no team continues the one named in the two before.
  // "Three organisations make up the project": with no team in view, the team behind the article's project.
  // "The research side brings in A, B and C": a member list right after a team was named goes on with it.
  const pointsBack = POINTS_BACK.test(sentence) || DEFINITE_TEAM.test(sentence) || introduced;
  let lookedBack = false;
  if (!referred.size && (pointsBack || STRONG_CUE.test(text))) {
    const earlier = teamBefore(ctx) ?? (pointsBack ? projectInView(ctx, 5) : undefined);
    if (earlier) referred.add(earlier);
    lookedBack = !pointsBack;
  }
  if (referred.size !== 1) return;
  const [team] = referred;
  const own = named?.span;
  const outside = (span: NameSpan): boolean => !own || span.end <= own.start || span.start >= own.end;
  // ("… San Donato near Milan", "Sapienza through its Sant'Andrea hospital": where a member sits, or its unit, is no member.)
  const placed = (span: NameSpan): boolean => / (?:near|outside|around|through (?:its|their)|via (?:its|their))(?: the)? $/.test(sentence.slice(Math.max(0, span.start - 20), span.start));
  const candidates = findNameSpans(sentence).filter((span) => outside(span) && isOrganizationName(span.text) && !placed(span) && !team.name?.startsWith(span.text) && (!remaining || span.start > remaining.index));
  // Members come as a list ("A, B and C"); a lone name counts only when the sentence says it joined.
  const orgs = longestList(sentence, candidates, outside);
  // "A and B co-lead the project": every name of the subject leads.
  const leaders = candidates.filter((span) => LED_BEFORE.test(sentence.slice(0, span.start)) || LEADS_AFTER.test(sentence.slice(span.end))).flatMap((span) => (LEADS_AFTER.test(sentence.slice(span.end)) ? conjunctsEndingAt(sentence, span) : [span]));
  // "B has signed on, joining A and C": whoever joins is named beside the members already in.
  const joined = JOIN_CUE.test(sentence) && candidates.length >= 1 && candidates.length <= 4;
  // "The third partner is X", "X is also a partner": one member, stated as such.
  // ("… is the Orvik Computing Centre in Tromsø": a place after "in" is where the member sits.)
  const located = candidates.filter((span) => !/ in (?:the )?$/.test(sentence.slice(0, span.start)));
  const single = SINGLE_MEMBER.test(sentence) && located.length === 1;
  if (orgs.length < 2 && !joined && !single && !(orgs.length && (leaders.length || itTeam))) return;
  // "B has signed on, joining A and C": the list, and the subject who joined.
  const joiner = candidates.find((span) => span.start < (JOIN_CUE.exec(sentence)?.index ?? 0));
  const joiners = orgs.length && joiner ? [joiner, ...orgs] : orgs.length ? orgs : candidates;
  const members = single ? located : joined ? [...new Set(joiners)] : [...new Set([...leaders, ...orgs])];
  // "Qai's chief said the company would train models with partners such as A and B": a sentence about
  // someone else's partners, when it opens on a name that is not among them.
  const opener = findNameSpans(sentence)[0];
  if (lookedBack && opener && opener.start <= 4 && !members.includes(opener)) return;
  addMembers(ctx, team, members.map((name) => ({ name, descriptor: '' })));
  if (!team.leaders.size) for (const leader of leaders) addTo(team.leaders, leader.text, index);
  team.tentative = false;
  book.refer(team, index, (own ?? members[0]).start, (own ?? members[0]).end);
}

/** "…, leaving A and B as its only members": the clause before it (a withdrawal) is blanked out. */
const REMAINING = /^(.*), leaving (?=[^.;]+ as (?:its|the) (?:only |remaining |sole )?(?:members|partners)\b)/;
/** Words that say who belongs to a team. */
// ("includes", "including" and "counts" only after a team's noun: "languages including Javanese and Batak" lists no members.)
const MEMBER_CUE = /\b(?:(?:consortium|alliance|team|project|partnership|coalition) \((?=[^)]*,)|(?:also )?in the (?:[\p{L}-]+ ){0,3}(?:consortium|alliance|team|project):|members?|partners?|participants?|participating|comprises|comprise|comprising|(?:consortium|alliance|team|group|project|initiative|partnership|coalition|network|venture|hub)(?:['’]s)?,? (?:which |that )?(?:also |now )?(?:includes|include|including|counts)|involves|involve|involving|unites|groups together|brings together|bring together|bringing together|make up|makes up|made up of|formed|signed on|signed up|joined|joining|joins|founding|consists of|behind|line-?up|co-leads?|among them|to form|forming|brings in|bring in|is represented by|are represented by|joint effort|collaboration between|partnership between)\b/iu;
/** The cues strong enough to carry a team over from an earlier sentence ("including" alone is not: "publishers including A and B"). */
const STRONG_CUE = /\b(?:members?|partners?|participants?|participating|comprises|comprise|comprising|brings together|bring together|brings in|make up|makes up|made up of|signed (?:on|up)|joined|joining|joins|founding|consists of|is represented by|are represented by|line-?up|co-leads?|among them|unites)\b/i;
const DEFINITE_TEAM = /\b(?:the|this) (?:project|initiative|partnership|consortium|effort|alliance|collaboration|association|coalition|network|cluster)\b/i;
/** A sentence that speaks of a team without naming it: "Its partners are …", "… are also members", "… are among them". */
const POINTS_BACK = /\b(?:[Ii]ts|[Tt]heir|[Tt]he) (?:other |founding |current |full |core )?(?:members|partners|participants|line-?up)\b|^(?:Other |Founding |Core |Full )?(?:Partners|Members|Participants|Partner (?:institutions|organi[sz]ations|companies|universities))\b|\b[Pp]articipating (?:institutions|organi[sz]ations|companies|universities|partners)\b|\b(?:are|is) (?:also )?(?:partners|members|part of the (?:team|consortium|project))\b|\bamong them\b|\b(?:signed on|signed up|has joined|have joined|joining)\b/;
/** Joining names one newcomer at a time: "Brenna Labs has now signed on". */
// ("Mimos has signed on Phison": a transitive "signed on" hires someone, it is no joining.)
const JOIN_CUE = /\b(?:signed (?:on|up)(?=[,.;:]| as | for | to | with )|has joined|have joined|joined|joining|joins)\b/;
const SINGLE_MEMBER = /\b[Tt]he (?:first|second|third|fourth|fifth|other|last|final|remaining|lead) (?:partner|member)\b|\b(?:has|have|gains|gained|welcomes|welcomed) (?:a|its) (?:new|newest|latest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:partner|member)\b|\bwith the addition of\b|\b(?:is|was|has been|have been|is now|became|has become) (?:also )?(?:a|an|the|one of the) (?:[\p{L}-]+['’]s )?(?:[\p{L}-]+ ){0,2}(?:partners?|members?)\b/u;
/** Sentences about money, supply, rivalry or leaving name organisations that are not members. */
const LED_BEFORE = /\b(?:led|fronted|headed|coordinated|chaired|spearheaded) by (?:the )?$|\b(?:[Ll]eader|[Ll]ead partner|[Cc]oordinator)(?: is)?:? (?:the )?$/;
const LEADS_AFTER = /^(?: \((?:lead|leader|coordinator|lead partner)\)|,? (?:which |who )?(?:leads|co-leads?|heads|coordinates|is the lead|is the coordinator|as (?:the )?(?:lead|leader|coordinator))\b)/;
const BARE_TEAM_WORD = /^(?:Consortium|Alliance|Coalition|Partnership|Joint Venture|Hub|Project|Network)$/;
const COLLECTIVE = /^(?: (?:project|consortium|initiative|hub))? (?:is|was|will be|has been) (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:joint effort|joint project|joint initiative|joint undertaking|collaboration|partnership|consortium|joint venture|alliance) (?:of|between|among|bringing together|that brings together|involving|uniting)\b/u;
/** The subject's verb of gathering members: "X brings together …", "X unites …". */
const GATHERS = /^ (?:brings together|unites|groups together|gathers) /;
/** A name written before a team noun: "the Halden project", "the Corrin AI Hub", "the Halden chatbot project". */
// (Not after a participle: "the Ames-funded project", "the Ames Foundation backed project" name its funder;
// nor across "of the": "Representatives of the network's members" are people of a network named elsewhere.)
const TEAM_NOUN_AFTER = /^ (?:(?![\p{Ll}-]+ed |(?:of|the|a|an|for|in|at|and|from|to|with)\b)[\p{Ll}-]+ ){0,2}(?:consortium|project|alliance|hub|partnership|coalition|network|association|cluster)\b/u;

/** The one team a name in `text` gives: a known team's own name, or "X project" / "X Hub" naming one (made here). */
function namedTeamIn(ctx: SentenceContext, text: string): { draft: ConsortiumDraft; span: NameSpan } | undefined {
  const { book } = ctx;
  for (const span of findNameSpans(text)) {
    const known = book.named(span.text);
    // ("the AlphaFold DB partnership between A and B": the team answers to the phrase too.)
    const knownNoun = known && TEAM_NOUN_AFTER.exec(text.slice(span.end));
    if (known && knownNoun) known.phrases.add(`${span.text}${knownNoun[0]}`);
    if (known) return { draft: known, span };
    const cls = classifyName(span.text);
    // "Consortium members say …": a team word opening a sentence names no team.
    if (!cls || cls === 'Agency' || isCountryForm(span.text) || BARE_TEAM_WORD.test(span.text)) continue;
    // ("the Penda–OpenAI research partnership": one side of a dashed pair names no team; nameTeamsByReference reads the pair.)
    if (/[\p{L}\p{N}] ?[–-] ?$/u.test(text.slice(0, span.start))) continue;
    const noun = TEAM_NOUN_AFTER.exec(text.slice(span.end));
    // "Halden is a joint effort of A, B and C": the subject names what they do together.
    // ("In the anglophone region, the Anglophone AI4D Lab is a collaboration between A and B": the clause's subject after a fronted phrase.)
    // ("The Kestrel Data Science Centre (KDSC) brings together institutes at A, B and C": the subject gathering them is their team.)
    const collective = (span.start <= 4 || /, (?:the )?$/.test(text.slice(0, span.start))) && (COLLECTIVE.test(text.slice(span.end)) || GATHERS.test(text.slice(span.end)));
    // ("a Latam-GPT partner": the article's project is a team's name wherever it stands.)
    const projectPartner = span.text === book.project && /^ (?:partners?|members?|consortium|team|project)\b/.test(text.slice(span.end));
    const teamLike = cls === 'Consortium' || /\b(?:Hub|AI Factory|Project)$/.test(span.text) || collective || projectPartner || (noun && !ctx.registry.hasStrong(span.text));
    if (!teamLike) continue;
    // "a Latam-GPT partner": the team behind the article's project.
    if (projectPartner) return { draft: book.projectTeam()!, span };
    // Made here, it is a team only once members are added.
    const draft = Object.assign(book.byName(span.text), { tentative: true });
    if (noun) draft.phrases.add(`${span.text}${noun[0]}`);
    return { draft, span };
  }
  return undefined;
}

/** The team named or referred to in one of the three sentences before. */
/** The team the sentence before names as its subject ("Wildlife Insights, a cloud platform, …"), made here if need be. */
function previousSubject(ctx: SentenceContext): ConsortiumDraft | undefined {
  const before = ctx.sentences[ctx.index - 1] ?? '';
  const subject = findNameSpans(before)[0];
  if (!subject || subject.start > 4 || SECTION_BREAK.test(before) || !isTeamOrProjectName(subject.text) || BARE_TEAM_WORD.test(subject.text)) return undefined;
  return ctx.book.named(subject.text) ?? ctx.book.byName(subject.text);
}

function teamBefore(ctx: SentenceContext): ConsortiumDraft | undefined {
  for (let i = ctx.index - 1; i >= Math.max(0, ctx.index - 3); i--) {
    // (Not across a heading: the next section is another story.)
    if (SECTION_BREAK.test(ctx.sentences[i])) return undefined;
    const referred = ctx.book.referredIn(i, 0, ctx.sentences[i].length);
    if (referred.length) return referred.length === 1 ? referred[0] : undefined;
    const named = namedTeamIn({ ...ctx, index: i }, ctx.sentences[i]);
    if (named) return named.draft;
  }
  return undefined;
}

/** The longest enumeration of organisations in the sentence, read from each candidate name. */
function longestList(sentence: string, candidates: NameSpan[], outside: (span: NameSpan) => boolean): NameSpan[] {
  let best: NameSpan[] = [];
  for (const span of candidates) {
    const items = readList(sentence, span.start).map((item) => item.name);
    const orgs = items.filter((name) => outside(name) && isOrganizationName(name.text));
    // A list of things with a stray organisation in it ("LLM-jp-3, NII and 1,500 participants") is not a member list;
    // one stray word in a long list of organisations ("SURF, the ICT cooperative …") is.
    const strays = items.length - orgs.length;
    if ((strays === 0 || (strays === 1 && orgs.length >= 3)) && orgs.length > best.length) best = orgs;
  }
  return best;
}

function statedIn(draft: ConsortiumDraft, sentence: number): boolean {
  return [...draft.members.values(), ...draft.leaders.values()].some((sentences) => sentences.has(sentence));
}


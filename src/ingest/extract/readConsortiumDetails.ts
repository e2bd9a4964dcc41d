import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, leaderKey, type ConsortiumDraft } from './consortiumDrafts';
import { isHeading } from './headingTeams';
import { EMPTY_WORDS, parseCount } from './lexicon';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { isCountryForm } from '../resolve/countries';
import { readList } from './readList';

/**
 * Consortium details stated after the consortium is introduced: member lists,
 * "X teams up with …", definite references ("the joint venture"), stated
 * member counts and selection status.
 */

/** "funding from", "backed by", "support from" right before a list cue: the list names who pays. */
const FUNDED_FROM = /\b(?:funding|financing|support|money|grants?|donations?|backing|investment|contributions?|sponsorship)\b[^.;]{0,20}\bfrom $|\b(?:backed|sponsored|funded|financed|supported) by $/;

/** "its partners include …", "the companies participating in this project …, including …". */
export function readMemberLists(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // "The venture, …, is backed by A, B and C": owners of a consortium referred to earlier in the sentence.
  for (const match of sentence.matchAll(/\b(?:is|was|are|were|will be) (?:jointly )?(?:backed|owned|founded|co-founded|formed|set up|created|established|launched|made up) by /g)) {
    // "Sferical AI, a joint venture … . The company is owned by A, B …": the subject points back to the venture just named.
    const pointsBack = /^(?:The (?:company|venture|firm|new company|entity|joint venture)|It) $/.test(sentence.slice(0, match.index).trimEnd() + ' ');
    const recent = pointsBack && book.current?.refs.some((ref) => ref.sentence >= index - 2) ? book.current : undefined;
    // "The consortium, which is backed by a fund, …": backers of a venture own it; backers of a consortium fund it.
    if (/backed/.test(match[0]) && !/\b(?:venture|company|entity|firm)\b/i.test(sentence.slice(0, match.index))) continue;
    const referred = book.referredIn(index, 0, match.index ?? 0).pop() ?? recent;
    const items = readList(sentence, (match.index ?? 0) + match[0].length);
    // "The consortium will be formed by A, B and C" with no team in view: the sentence introduces one.
    const introduces = !referred && !/backed/.test(match[0]) && /^(?:The|A|An|This) (?:new )?(?:consortium|alliance|coalition|joint venture) $/.test(sentence.slice(0, match.index)) && orgItems(ctx, items).length >= 2;
    const draft = referred ?? (introduces ? Object.assign(book.anonymous(), { formal: true }) : undefined);
    if (introduces && draft) book.refer(draft, index, 0, match.index ?? 0);
    if (!draft || !items.length) continue;
    addMembers(ctx, draft, items);
    // ("It was co-founded by A, B and C, and its members include D": the team this sentence is about owns the later "its".)
    if (!introduces) book.refer(draft, index, match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
  const patterns = [
    /\b(?:consortium|team|group|joint venture|venture|alliance|partnership|coalition|Consortium|Alliance|Coalition|Partnership)(?:['’]s)?,? (?:which |that )?(?:also |now )?(?:includes|including|included|comprises|comprising|comprised|consists of|consisted of|brings together|bringing together|brought together|counts|counted|is made up of|was made up of|members include|partners include|members included|partners included) /g,
    /\b(?:(?:[Pp]artners|[Mm]embers)(?: of the (?:group|consortium|team|alliance|joint venture|partnership|coalition))?|[Pp]articipants|[Mm]ember companies|(?:[Ff]urther |[Oo]ther )?[Ss]hareholders|[Pp]articipating companies|[Cc]onsortium members|(?:companies|firms|organisations|organizations|institutions) participating\b[^.;]{0,80}?)(?: also)?,? (?:include|includes|including|are|such as|range from|ranging from) /g,
    /\bcounts /g,
  ];
  for (const pattern of patterns) {
    for (const match of sentence.matchAll(pattern)) {
      const at = (match.index ?? 0) + match[0].length;
      const items = readList(sentence, at);
      if (pattern.source === '\\bcounts ' && !/^ (?:among|as (?:its )?(?:members|partners))\b/.test(sentence.slice(items[items.length - 1]?.name.end ?? at))) continue;
      if (!items.length) continue;
      // "$3M of seed funding from partners including A, B": sponsors who paid, not members.
      if (FUNDED_FROM.test(sentence.slice(Math.max(0, (match.index ?? 0) - 60), match.index ?? 0))) continue;
      // "Another team including A, B": a new, unnamed and leaderless group — not the current consortium.
      if (/\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Aa] separate|[Aa] rival|[Aa] second|[Aa] third) (?:[\w-]+ ){0,2}$/.test(sentence.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0))) {
        addMembers(ctx, book.anonymous(), items);
        continue;
      }
      // Without a consortium in the sentence, only a sentence that opens with the list cue continues the
      // current one ("Its members include …"); "… said it works with partners such as …" is about someone else.
      const inSentence = book.referredIn(index, 0, match.index ?? 0).length > 0;
      // "Besides X, the consortium comprises …": the fronted phrase does not change who the sentence is about.
      const lead = sentence.slice(0, match.index).replace(/^(?:Besides|Apart from|In addition to|Other than|Alongside) [^,]{1,60}, /, '');
      const opens = findNameSpans(lead).every((s) => !classifyName(s.text) || isCountryForm(s.text));
      const pronoun = !inSentence && opens ? draftOfLastSubject(ctx, match.index ?? 0) : undefined;
      const draft = pronoun ?? (inSentence || opens ? book.nearest(index, match.index ?? 0) ?? projectPartners(ctx, match.index ?? 0) : projectPartners(ctx, match.index ?? 0));
      // "Nvidia supplies GPUs to the consortium, which includes A and B", "The alliance members are A, B and C":
      // with no team in view, a formal noun and two members introduce one.
      const introduces = !draft && items.length >= 2 && /\b(?:consortium|alliance|coalition|joint venture)\b(?:['’]s)?(?: members| partners)?,? (?:which |that )?(?:also )?\S+ ?\S*? ?$/i.test(sentence.slice(Math.max(0, (match.index ?? 0) - 30), at));
      if (!draft && !introduces) continue;
      const team = draft ?? Object.assign(book.anonymous(), { formal: true });
      addMembers(ctx, team, items);
      book.refer(team, index, match.index ?? 0, at);
    }
  }
}

/**
 * "Naver Cloud is building … . Its consortium includes …": a list that opens a
 * sentence belongs to the team of the leader named last — earlier in this
 * sentence, else the subject of the previous one — rather than to the team
 * mentioned most recently somewhere else.
 */
function draftOfLastSubject(ctx: SentenceContext, at: number): ConsortiumDraft | undefined {
  const { book, sentences, index } = ctx;
  const here = [...findNameSpans(ctx.sentence.slice(0, at))].reverse();
  const previous = index > 0 ? findNameSpans(sentences[index - 1]) : [];
  for (const span of [...here, ...previous]) {
    const draft = book.drafts.find((d) => [...d.leaders.keys()].some((leader) => leaderKey(leader) === leaderKey(span.text)));
    if (draft) return draft;
  }
  return undefined;
}

/** "The X project, whose partners include …": the project's partners form a consortium. */
function projectPartners(ctx: SentenceContext, at: number): ConsortiumDraft | undefined {
  const before = /((?:\p{Lu}|\p{N})[\p{L}\p{N}.\-]*(?: \p{Lu}[\p{L}\p{N}.\-]*){0,4})(?: (?:project|programme|program|initiative|mission))?,? (?:whose|with|and its) $/u.exec(ctx.sentence.slice(0, at));
  if (!before || !classifyName(before[1])) return undefined;
  const draft = ctx.book.anonymous();
  draft.formal = true;
  draft.servesName = before[1].replace(/^(?:The|A|An) /, '');
  return draft;
}

/** A list's next item right after a name: ", Google and Roblox, joined by …". */
const LIST_GOES_ON = /^,? (?:and )?\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*)*(?:,| and)/u;

/** "X teams up with A and B", "X is joined by A and B" — in an article about consortia. */
export function readTeamsUpWith(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    // "goes to X, an Astana operator, joined by A and B", "X has teamed up with A and B": a team even where no consortium word is written.
    // "X, …, is joined in the venture by A": the sentence itself says there is a venture.
    const inVenture = /^(?:,[^,]{0,90},)? (?:is|was|will be|has been) joined (?:in|on) (?:the|this|its) (?:venture|project|consortium|bid|effort|partnership) by /.exec(rest);
    // ("X has submitted a bid for an AI gigafactory together with A, B and C", "X applied jointly with A and B": a bid put in together.)
    const bare = inVenture ?? /^(?:,[^,]{0,90})?, joined by |^(?:,[^,]{0,90},)? (?:has |have |is |are |will )?(?:teamed up|teams up|teaming up|team up|joined forces|joins forces|joining forces|join forces) with /.exec(rest) ?? JOINT_BID.exec(rest);
    if (!ctx.consortiumArticle && !bare) continue;
    // ("The founding partners are A, B and C, joined by D": what stands before ", joined by" is the rest of a list, not an appositive.)
    if (bare && LIST_GOES_ON.test(rest)) continue;
    // ("Kavach AI, a Pune company that is working with A and B on …": the appositive's relative clause says it too.)
    const verb = bare ?? /^(?:,[^,]{0,90},|, an? [^,]{0,60}? (?:that|which))? (?:teams up|has teamed up|teamed up|partners|has partnered|partnered|is partnering|joins forces|joined forces|will work|works|is working|will team up|collaborates|is collaborating) with |^(?:,[^,]{0,90},)? (?:is|was|will be|has been) joined (?:(?:in|on) (?:the|this|its) (?:venture|project|consortium|bid|effort|partnership) )?by /.exec(rest) ?? BUILDS_WITH.exec(rest);
    if (!verb || !isOrganizationName(span.text)) continue;
    const items = readList(sentence, span.end + verb[0].length);
    // Outside a consortium article the partners must be introduced as organisations ("telecom operator A").
    if (bare && !inVenture && !ctx.consortiumArticle && !items.some((item) => item.descriptor) && orgItems(ctx, items).length < 2) continue;
    // One partner is a bilateral deal ("partners with Microsoft for cloud"); a team names several.
    const joined = /joined (?:\S+ \S+ \S+ )?by|teams? up|teamed up|joins forces|joined forces/.test(verb[0]);
    if (orgItems(ctx, items).length < (joined ? 1 : 2)) continue;
    ctx.registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    // "X is joined by A and B in the Halden consortium": the team has its own name, X leads it.
    const inNamed = / in the ((?:\p{Lu}[\p{L}\p{N}+-]*)(?: \p{Lu}[\p{L}\p{N}+-]*){0,3}) (?:consortium|project|alliance|team)\b/u.exec(sentence.slice(items[items.length - 1].name.end, items[items.length - 1].name.end + 60));
    // "X teamed up with A and B to form Helios": they made the team together, and it has a name.
    const formed = !inNamed && bare && !inVenture ? formedName(sentence, items[items.length - 1].name.end) : undefined;
    if (formed) {
      const draft = book.byName(formed.text);
      addMembers(ctx, draft, [{ name: span, descriptor: '' }, ...items]);
      book.refer(draft, index, formed.start, formed.end);
      continue;
    }
    // "X will work with A and B as part of the Helios Alliance": all three are in the team named, none said to lead it.
    const partOf = inNamed ? undefined : teamPartOf(ctx, items[items.length - 1].name.end);
    if (partOf) {
      addMembers(ctx, partOf, [{ name: span, descriptor: '' }, ...items]);
      continue;
    }
    const draft = inNamed && !classifyName(inNamed[1])?.startsWith('Agency') && !isCountryForm(inNamed[1]) ? book.byName(inNamed[1]) : book.byLeader(span.text, index);
    if (inNamed) addTo(draft.leaders, span.text, index);
    addMembers(ctx, draft, items);
    book.refer(draft, index, span.start, span.end);
  }
}

/** The team "as part of the Helios Alliance" names at `at`, when some reader made it a team. */
function teamPartOf(ctx: SentenceContext, at: number): ConsortiumDraft | undefined {
  const cue = /^,? (?:as part of|within) (?:the )?/.exec(ctx.sentence.slice(at));
  const span = cue ? readNameAt(ctx.sentence, at + cue[0].length) : null;
  if (!span) return undefined;
  const draft = ctx.book.named(span.text);
  if (draft) ctx.book.refer(draft, ctx.index, span.start, span.end);
  return draft;
}

/** "X has submitted a (joint) bid for … together with A and B", "X is bidding jointly with A and B", "X applied jointly with A and B". */
const JOINT_BID = /^(?:,[^,]{0,90},)? (?:(?:has )?(?:submitted|filed) (?:a|an) (?:joint )?(?:bid|application)(?: [^,.;]{0,60}?)? with|is bidding jointly with|applied jointly with) /;

/** "X will develop its model with A, B and C": what a team's leader builds, it builds with its partners. */
const BUILDS_WITH = /^ (?:will |plans to |is |has )?(?:(?:develop|build|train)(?:s|ed|ing)?|built) (?:its|the) (?:[\p{L}-]+ ){0,3}?(?:model|models|LLM) (?:together )?with /u;

const TO_FORM = /^,? (?:in order )?to (?:form|create|launch|set up|establish|found|start) (?:the |a |an |their )?(?:new |joint )?/;

/** The team name after "… to form", when it can be a team's ("to form Helios"; not "to form a company", "to create jobs"). */
function formedName(sentence: string, at: number): NameSpan | undefined {
  const cue = TO_FORM.exec(sentence.slice(at));
  const span = cue ? readNameAt(sentence, at + cue[0].length) : null;
  return span && isTeamOrProjectName(span.text) ? span : undefined;
}

/** "the joint venture will focus on …": a definite reference to the current consortium. */
export function readGenericRefs(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // ("The coordinators said the group …": the reference starts at the last determiner, not at a clause before it.)
  const pattern = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts) (?:(?!(?:the|this|that|an?|its|said|says)\b)[\w-]+ ){0,3}?(?:consortium|joint venture|team|group|alliance|coalition|new company|new entity|venture)\b(?! (?:of|led|headed|called|named)\b)(?! \p{Lu})/gu;
  for (const match of sentence.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (book.referredIn(index, at - 5, at + match[0].length).length || !book.current) continue;
    book.refer(book.current, index, at, at + match[0].length);
    // "the robotaxi joint venture": words that say which team make the phrase one of its names.
    // (Not on a heading line: "**Project 2: the yellow pea consortium**" starts another team's section.)
    const described = isHeading(sentence) ? undefined : describedPhrase(match[0]);
    if (described && !book.drafts.some((draft) => draft.name === described)) book.current.phrases.add(described);
  }
}

/** "robotaxi joint venture" from "the robotaxi joint venture"; undefined when its words fit any team ("the new consortium"). */
function describedPhrase(reference: string): string | undefined {
  const words = reference.split(' ').slice(1);
  const head = /(?:joint venture|new company|new entity)$/.test(reference) ? 2 : 1;
  const describing = words.slice(0, words.length - head);
  if (!/^(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) /.test(reference) || !describing.length || describing.some((word) => EMPTY_WORDS.test(word.toLowerCase()) || /^(?:own|other|whole|two|three|four|five|\d+)$/i.test(word) || !/^[\p{Ll}-]+$/u.test(word))) return undefined;
  return words.join(' ');
}

/** "nine-company consortium", "consortium of five companies", "with 8 members", "a total of nine companies". */
export function readCounts(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const pattern = /\b(\w+)-(?:company|member|firm|party|partner|strong|organisation|organization|institution|entity)\b|\b(?:consortium|group|alliance) of (\w+) (?:[\w-]+ ){0,2}(?:companies|firms|members|organisations|organizations|institutions|partners|entities|universities)\b|\bwith (\w+) members\b|\ba total of (\w+) (?:companies|firms|members|partners|organisations|organizations|institutions)\b/g;
  for (const match of sentence.matchAll(pattern)) {
    const count = parseCount(match[1] ?? match[2] ?? match[3] ?? match[4]);
    const draft = book.nearest(index, (match.index ?? 0) + match[0].length + 40);
    if (count && draft && draft.statedMemberCount === undefined) draft.statedMemberCount = count;
  }
}

/** Stated member count inside a phrase ("nine-company consortium", "of five companies"). */
export function setCount(draft: ConsortiumDraft, phrase: string): void {
  const match = /\b(\w+)-(?:company|member|firm|party|partner|strong|organisation|organization|institution)\b|\bof (\w+) (?:companies|firms|members|organisations|organizations|institutions|partners)\b/.exec(phrase);
  const count = match ? parseCount(match[1] ?? match[2]) : undefined;
  if (count) draft.statedMemberCount = count;
}

const STATUS: Array<[RegExp, string]> = [
  [/\b(?:eliminated|dropped|cut|not (?:be )?(?:selected|chosen|picked)|failed to (?:advance|make|win|qualify)|knocked out|ousted|disqualified|missed out|rejected|did not advance|fell short)\b/i, 'eliminated'],
  [/\b(?:advanced|advance to|moved on|moves on|progressed|passed the|survived|made it through|went through|through to)\b/i, 'advanced'],
  [/\b(?:selected|chosen|picked|named as|won)\b/i, 'selected'],
];

/** The status word applies to the clause's consortium, not to others ("after two were eliminated"). */
function statusOf(clause: string, pattern: RegExp): boolean {
  const match = pattern.exec(clause);
  if (!match) return false;
  const before = clause.slice(Math.max(0, match.index - 40), match.index);
  return !/\b(?:after|since|when|because|once|until|two|three|four|five|six|others?|rivals?|\d+)\b(?:\s+\w+){0,3}\s*$/i.test(before);
}

/** Selection status per clause, for the consortia that clause refers to. */
export function readStatus(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  let from = 0;
  for (const clause of sentence.split(/(?<=[,;]) (?=while |whereas |but |and )|(?<=;) /)) {
    const to = from + clause.length + 1;
    const status = STATUS.find(([pattern]) => statusOf(clause, pattern))?.[1];
    if (status) for (const draft of book.referredIn(index, from, to)) draft.status = status;
    from = to;
  }
}

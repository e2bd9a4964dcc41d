import type { ParsedArticle } from '../types';
import { isCountryForm } from '../resolve/countries';
import { classifyName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo, ConsortiumBook, type ConsortiumDraft } from './consortiumDrafts';
import { readCounts, readGenericRefs, readMemberLists, readStatus, readTeamsUpWith, setCount } from './readConsortiumDetails';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';
import { readBulletMembers } from './readBulletMembers';
import { aliasProjectConsortium, readJointProgramme, readLedProject, readLeaderVerbs, readMembersAfterLeader, readPronounLeader } from './readLeadPhrasings';
import { readList } from './readList';
import { readBuildsAlongside, readCoLeaders, readCurrentTeamCues, readNamedVenture, readPairedTeams, readSubjectPartners } from './readTeamCues';

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
  const consortiumArticle = article.sentences.some((s) => CONSORTIUM_WORD.test(s));
  article.sentences.forEach((sentence, index) => {
    const ctx: SentenceContext = { sentence, index, sentences: article.sentences, book, registry, consortiumArticle };
    readNamedVenture(ctx);
    readNamedConsortia(ctx);
    readLedBy(ctx);
    readXLed(ctx);
    readXHeads(ctx);
    readTeamOf(ctx);
    readFormedBy(ctx);
    readSubjectsFormed(ctx);
    readJoinedNamed(ctx);
    readSubjectPartners(ctx);
    readPairedTeams(ctx);
    readBuildsAlongside(ctx);
    readCoLeaders(ctx);
    readCurrentTeamCues(ctx);
    readMemberLists(ctx);
    readTeamsUpWith(ctx);
    readGenericRefs(ctx);
    readCounts(ctx);
    readLeaderVerbs(ctx);
    readPronounLeader(ctx);
    readJointProgramme(ctx);
    readBulletMembers(ctx);
    readStatus(ctx);
  });
  aliasProjectConsortium({ book, sentences: article.sentences });
  return book;
}

const CONSORTIUM_WORD = /\b(?:consortium|consortia|joint venture|alliance|coalition|teams|bids|finalists|shortlisted)\b|\b(?:teams?|groups?)\s+(?:led|headed)\b/i;
const NOUN = '(?:consortium|consortia|team|teams|group|groups|alliance|alliances|coalition|joint venture|joint ventures|venture|partnership|partnerships|bloc|one|bid|bids|proposal|entry)';
/** "The second is led by X" in an article about several teams: an ordinal stands for the next team. */
const ORDINAL_SUBJECT = /\b[Tt]he (?:first|second|third|fourth|fifth|other|latter|winning|rival|runner-up)(?: one)? (?:is|was|will be|has been|is being) $/;
/** "The project is led by X. Its partners are …": a led project is a team only when partners are named. */
const PROJECT_SUBJECT = /\b[Tt]he (?:project|programme|program|effort|initiative|work) (?:is|was|will be|has been|is being) $/;
const PLURAL = /^(?:consortia|teams|groups|alliances|joint ventures|partnerships)$/;
/** The consortium noun a "led by" phrase closes, compiled once: "a nine-company consortium led by", "A third bid, led by". */
const LED_NOUN = new RegExp(`\\b(${NOUN})\\b([^,.;]{0,60}?)\\s*,?\\s*$`);
const MEMBERS_AFTER = /^,? (?:and (?:also )?(?:includes|comprises|brings together)|with|and|alongside|together with|including|joined by|comprising|(?:that |which )?(?:also )?(?:includes|comprises|brings together)|whose (?:members|partners) (?:also )?include) /;

/** Members written right after a leader: "led by X with A, B and C". */
function readMembersAfter(ctx: SentenceContext, draft: ConsortiumDraft, pos: number): void {
  const rest = ctx.sentence.slice(pos);
  if (!MEMBERS_AFTER.test(rest) && readMembersAfterLeader(ctx, draft, pos)) return;
  const cue = MEMBERS_AFTER.exec(rest);
  if (cue) addMembers(ctx, draft, readList(ctx.sentence, pos + cue[0].length));
  const counts = /^ that counts /.exec(rest);
  if (counts) addMembers(ctx, draft, readList(ctx.sentence, pos + counts[0].length));
}

/** "Y, a government-funded consortium …", "the joint venture, called Y", "Team Y", "the Y Alliance". */
function readNamedConsortia(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const opener = /\b(?:[Bb]esides|[Aa]part from|[Oo]ther than|[Ll]ike|[Uu]nlike|[Ww]ith|[Ii]ncluding) $/.test(sentence.slice(0, span.start));
    // "Besides X, the consortium comprises …": a clause about the consortium, not a name for it.
    if (!opener && /^,? (?:a|an|the) (?:(?!\b(?:that|which|who|not|member|members) )[^,.;()]){0,60}?\b(?:consortium|joint venture|alliance|coalition|partnership)\b(?! (?:comprises|includes|is|was|will|has|had|are|were|said|says|brings|counts|consists)\b)/.test(rest) && classifyName(span.text)) {
      book.refer(book.byName(span.text), index, span.start, span.end);
    } else if (/^Team \p{Lu}/u.test(span.text) || /\b(?:Consortium|Alliance|Coalition)$/.test(span.text)) {
      const draft = book.byName(span.text);
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
    const draft = book.nearest(index, match.index ?? 0);
    if (draft && !draft.name) draft.name = span.text;
    else if (!draft) book.byName(span.text);
    book.refer(draft ?? book.byName(span.text), index, match.index ?? 0, span.end);
  }
}

/** "a nine-company consortium led by X", "teams headed by A, B and C" (one team each). */
function readLedBy(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(/\b(?:led|co-led|headed|spearheaded|fronted|helmed|steered|coordinated|co-ordinated|chaired) by /g)) {
    const at = match.index ?? 0;
    const window = sentence.slice(Math.max(0, at - 90), at);
    // "… coordinated by X and co-led by Y": the co-leader joins the team just named.
    const coLed = /^co-/.test(match[0]) ? book.referredIn(index, 0, at).pop() : undefined;
    if (coLed) {
      for (const item of orgItems(ctx, readList(sentence, at + match[0].length))) addTo(coLed.leaders, item.name.text, index);
      continue;
    }
    const ordinal = ctx.consortiumArticle && ORDINAL_SUBJECT.test(window);
    const project = PROJECT_SUBJECT.exec(window);
    // "A third bid, led by X, was eliminated": the noun may stand just before a comma.
    const noun = ordinal ? ['', 'one', ''] : LED_NOUN.exec(window);
    if (project && !noun) {
      readLedProject(ctx, at + match[0].length);
      continue;
    }
    if (!noun) {
      // "a consortium of A, B and C, led by X": the consortium was just referred to before the comma.
      const earlier = /,\s*(?:and |which is |which was )?$/.test(window) ? book.referredIn(index, Math.max(0, at - 160), at).pop() : undefined;
      const leaders = earlier ? orgItems(ctx, readList(sentence, at + match[0].length)) : [];
      if (earlier && leaders.length) for (const item of leaders) addTo(earlier.leaders, item.name.text, index);
      continue;
    }
    const items = orgItems(ctx, readList(sentence, at + match[0].length)).filter((item) => !isCountryForm(item.name.text));
    if (!items.length) continue;
    const phraseStart = ordinal ? at : Math.max(0, at - 90) + phraseStartIn(window, (noun as RegExpExecArray).index);
    if (PLURAL.test(noun[1])) {
      for (const item of items) book.refer(book.byLeader(item.name.text, index), index, item.name.start, item.name.end);
      continue;
    }
    const named = book.referredIn(index, phraseStart - 60, at).find((d) => d.name);
    // "The alliance is led by X": a definite reference to the leaderless consortium just described.
    const definite = !ordinal && /^(?:the|this|that) /i.test(sentence.slice(phraseStart)) && book.current && !book.current.leaders.size ? book.current : undefined;
    const draft = named ?? definite ?? book.byLeader(items[0].name.text, index);
    for (const item of items) addTo(draft.leaders, item.name.text, index);
    const last = items[items.length - 1].name;
    draft.phrases.add(sentence.slice(phraseStart, last.end).replace(/^(?:a|an|the|this|that) /i, ''));
    setCount(draft, sentence.slice(phraseStart, at));
    book.refer(draft, index, phraseStart, last.end);
    readMembersAfter(ctx, draft, last.end);
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
  const pattern = /((?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}.&*]*(?: (?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}.&*]*){0,4})-led (consortium|group|team|alliance|coalition|joint venture|partnership|bloc)\b/gu;
  for (const match of sentence.matchAll(pattern)) {
    const leader = match[1].replace(/^(?:The|A|An) /, '');
    if (classifyName(leader) !== 'Organization') continue;
    const start = (match.index ?? 0) + match[0].indexOf(leader);
    ctx.registry.add({ surface: leader, sentence: index, start, end: start + leader.length, strength: 'strong', viaConsortium: true });
    const draft = book.byLeader(leader, index);
    draft.phrases.add(`${leader}-led ${match[2]}`);
    book.refer(draft, index, start, (match.index ?? 0) + match[0].length);
    readMembersAfter(ctx, draft, (match.index ?? 0) + match[0].length);
  }
}

/** "X heads the largest group", "X leads a group that counts A and B among its partners". */
function readXHeads(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const verb = /^(?:,[^,]{0,80},)? (?:leads|heads|is leading|is heading|will lead|will head|led|headed|spearheads|fronts|(?:was |were |has been )?(?:selected |chosen |picked )?to (?:lead|head)) (?:a|an|the|its) (?:[\w-]+ ){0,3}?(consortium|group|team|alliance|coalition|partnership|joint venture)\b|^,? (?:which|who|that) (?:leads|heads|led|headed|is leading|will lead) (?:a|an|the|its) (?:[\w-]+ ){0,3}?(consortium|group|team|alliance|coalition|partnership|joint venture)\b/.exec(rest);
    if (!verb || classifyName(span.text) !== 'Organization' || isCountryForm(span.text)) continue;
    ctx.registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    const draft = book.byLeader(span.text, index);
    book.refer(draft, index, span.start, span.end);
    setCount(draft, verb[0]);
    readMembersAfter(ctx, draft, span.end + verb.index + verb[0].length);
    const of = /^ (?:of|with|comprising|including|made up of|that includes|which includes|consisting of) /.exec(sentence.slice(span.end + verb[0].length));
    if (of) addMembers(ctx, draft, readList(sentence, span.end + verb[0].length + of[0].length));
  }
}

/** "X's team", "the X consortium", followed perhaps by "includes A, B and C". */
function readTeamOf(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const possessive = /^['’]s? (team|consortium|group)\b/.exec(rest) ?? (ctx.consortiumArticle ? /^['’]s? (partners)(?= (?:include|are|were|comprise)\b)/.exec(rest) : null);
    const definite = /^ (team|consortium)\b/.exec(rest) && /\b[Tt]he $/.test(sentence.slice(0, span.start));
    if (!possessive && !definite) continue;
    if (possessive?.[1] === 'group' && !ctx.consortiumArticle) continue;
    if (classifyName(span.text) !== 'Organization' || isCountryForm(span.text)) continue;
    const draft = book.byLeader(span.text, index, !ctx.registry.has(span.text));
    const nounEnd = span.end + (possessive ? possessive[0].length : / (?:team|consortium)/.exec(rest)![0].length);
    book.refer(draft, index, span.start, nounEnd);
    const members = /^,? (?:which |that )?(?:also |now )?(?:includes|including|include|are|comprises|comprise|brings together|counts|consists of|is made up of|is joined by|has partnered with|teams up with) /.exec(sentence.slice(nounEnd));
    if (members) addMembers(ctx, draft, readList(sentence, nounEnd + members[0].length));
  }
}

/** "a joint venture formed by A, B, C and D", "developed by a partnership of A, B and C". */
function readFormedBy(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const pattern = /\b(joint venture|consortium|partnership|alliance|coalition|venture) (?:formed |set up |created |established |made up )?(?:by|of|between|comprising) /g;
  for (const match of sentence.matchAll(pattern)) {
    // "an alliance of 12 firms including A, B and C": the count, then the names.
    const counted = /^(?:\w+ )?(?:[\p{L}-]+ ){0,2}(?:companies|firms|members|organisations|organizations|institutions|partners|universities|entities)(?:,? (?:including|such as|among them) |(?=[ ,]))/u.exec(sentence.slice((match.index ?? 0) + match[0].length));
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
    const draft = book.referredIn(index, 0, match.index ?? 0).find((d) => d.name) ?? book.anonymous();
    draft.formal = true;
    const subject = /^((?:\p{Lu}|\p{N})[\p{L}\p{N}.\-]*(?: \p{Lu}[\p{L}\p{N}.\-]*){0,3}) (?:is|was|will be) (?:being )?(?:developed|built|run|created|led) by (?:a|an) $/u.exec(sentence.slice(0, match.index));
    if (subject && !draft.name) draft.servesName = subject[1];
    draft.phrases.add(sentence.slice(match.index ?? 0, items[items.length - 1].name.end));
    addMembers(ctx, draft, items);
    book.refer(draft, index, match.index ?? 0, items[items.length - 1].name.end);
  }
}


/** "A and B formed a $20 billion joint venture": the subjects are its members. */
function readSubjectsFormed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const pattern = /\b(?:formed|created|set up|launched|established|agreed to form|will form|plan to form) (?:a|an) [^,.;]{0,50}?\b(joint venture|consortium|alliance|partnership|coalition|new company|new entity|new venture)\b/g;
  for (const match of sentence.matchAll(pattern)) {
    const spans = findNameSpans(sentence.slice(0, match.index)).filter((s) => classifyName(s.text) === 'Organization' && !isCountryForm(s.text));
    const subjects = spans.filter((s, i) => i === spans.length - 1 || /^(?:,| and|, and)\s*$/.test(sentence.slice(s.end, spans[i + 1].start).replace(/\([^)]*\)/g, '')));
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

/** "X joined A and B in the Y Partnership": X, A and B are members of Y. */
function readJoinedNamed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const verb = /^ (?:has |have |had )?(?:joined|joins|will join) /.exec(sentence.slice(span.end));
    if (!verb || classifyName(span.text) !== 'Organization') continue;
    const at = span.end + verb[0].length;
    // "A and B joined the consortium": members of the consortium in context.
    const generic = /^the (?:[\w-]+ )?(?:consortium|team|alliance|joint venture|group|partnership|coalition)\b/.exec(sentence.slice(at));
    if (generic && book.current) {
      const subjects = conjunctsEndingAt(sentence, span);
      addMembers(ctx, book.current, subjects.map((name) => ({ name, descriptor: '' })));
      book.refer(book.current, index, at, at + generic[0].length);
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

/** "A, B and C joined": the names joined by commas and "and" that end with `last`. */
function conjunctsEndingAt(sentence: string, last: NameSpan): NameSpan[] {
  const spans = findNameSpans(sentence.slice(0, last.end));
  const out = [last];
  for (let i = spans.length - 2; i >= 0 && /^(?:, | and |, and )$/.test(sentence.slice(spans[i].end, out[0].start)); i--) out.unshift(spans[i]);
  return out.filter((span) => classifyName(span.text) === 'Organization');
}

import { classifyName, isOrganizationName, looksLikePerson } from './classifyName';
import { ORG_HEADS } from './lexicon';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { readList } from './readList';

/**
 * Partnership phrasings where the team is named by its subject or by the bloc
 * it founds, with no "led by" or consortium noun next to the leader: "A, B and
 * the startup C formed the Y Alliance", "X, together with A and B, is building
 * Y", "The three are joined by D".
 */


/** Between two conjoined subjects: a comma or "and", then perhaps an article and a few descriptor words ("the startup"). */
const CONJUNCTION_GAP = /^(?:,|,? and)(?: (?:the|a|an))?(?: [\p{Ll}-]+){0,3} $/u;

/**
 * The organisations conjoined right before `at`: "Antel, Universidad X and the
 * startup Y formed …" gives all three. The last must end just before `at`.
 */
export function subjectsEndingAt(sentence: string, at: number): NameSpan[] {
  // ("A and B (LANL), the New Mexico lab run for the ministry, unveiled …": an appositive about the last subject stands before the verb.)
  const appositive = TRAILING_APPOSITIVE.exec(sentence.slice(0, at));
  if (appositive) at = appositive.index;
  const spans = findNameSpans(sentence.slice(0, at));
  const last = spans[spans.length - 1];
  if (!last || !/^\s*$/.test(sentence.slice(last.end, at))) return [];
  const out = [last];
  for (let i = spans.length - 2; i >= 0; i--) {
    const gap = sentence.slice(spans[i].end, out[0].start);
    // Descriptor words must not be verbs or clause words ("said", "which"), which would end the subject.
    if (!CONJUNCTION_GAP.test(gap) || /\b(?:said|says|which|who|that|while|but|also|with|to|of|in|for)\b/.test(gap)) break;
    out.unshift(spans[i]);
  }
  return out.filter((span) => isOrganizationName(span.text));
}

/** ", the New Mexico lab run for the ministry, " right before a verb. */
const TRAILING_APPOSITIVE = /, (?:the|a|an) [^,;()]{1,100}, $/;

// ("A, B and C formed Helios last year", "A and B have jointly set up Helios", "… quietly formed Helios": "the" and an adverb are optional.)
// ("A and B unveiled what they call Michigan SPARC": the name they give what they started together.)
const FOUND_NAMED = /\b(?:have |has |had )?(?:\p{Ll}+ly )?(?:formed|launched|created|set up|established|founded|initiated|unveiled|started|announced) (?:the |(what (?:they|the two|the three|the partners) (?:call|called|have called|dubbed|have dubbed|named) ))?(?=\p{Lu})/gu;

/** The verbs whose two or three subjects lead what they began (not "formed", "set up": a founding membership). */
const LAUNCHERS = /\b(?:launched|initiated|founded)\b/;
const FOUNDING = /\b(?:formed|founded|set up|established|created)\b/;
/** The team noun after a name ("the Helios alliance", "the Helios project"), which says the name is a team's. */
export const TEAM_NOUN_AFTER = /^ (?:alliance|consortium|coalition|partnership|network|initiative|project|programme)\b/;
/** "… the Helios alliance with A and B", "… together with A": the co-founders. */
const LAUNCHED_WITH = /^,? (?:with|alongside|together with|along with|in partnership with|jointly with) /;

/**
 * "A, B and the startup C formed the Y Alliance", "A, B and C formed Helios": the founders are Y's members;
 * "X launched the Y alliance with A and B": X leads Y; "A and B launched Y": both lead it.
 */
export function readFormedNamed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(FOUND_NAMED)) {
    const at = (match.index ?? 0) + match[0].length;
    const target = readNameAt(sentence, at);
    // ("AMD, Broadcom, Cisco and Intel formed the UALink Promoter Group": what several organisations found together is
    // their joint body, whatever its name ends in; what they launch or unveil may be a product.)
    const kind = target && classifyName(target.text);
    const noun = target && TEAM_NOUN_AFTER.exec(sentence.slice(target.end));
    if (!target || !(kind === 'Consortium' || noun || (match[1] && kind) || (kind === 'Organization' && FOUNDING.test(match[0])))) continue;
    const subjects = subjectsEndingAt(sentence, match.index ?? 0);
    // ("Mara Velden and Tomas Brandt founded Kesh": people who found a company are its founders, not a team's members.)
    if (kind === 'Organization' && subjects.length && subjects.every((span) => looksLikePerson(span.text, ORG_HEADS) && !ctx.registry.hasStrong(span.text))) continue;
    // One founder launching a named alliance is its convener, not proof of a membership list;
    // "X launched the Helios alliance with A and B" names the others it launched it with.
    // ("A and B jointly initiated the Helios Alliance, alongside C and D": a team's own name needs no noun after it.)
    const after = noun ? target.end + noun[0].length : kind === 'Consortium' ? target.end : undefined;
    const partners = after === undefined ? null : LAUNCHED_WITH.exec(sentence.slice(after));
    const others = partners ? readList(sentence, after! + partners[0].length) : [];
    if (subjects.length + others.length < 2) continue;
    const draft = book.byName(target.text);
    draft.formal = true;
    addMembers(ctx, draft, [...subjects.map((name) => ({ name, descriptor: '' })), ...others]);
    // ("Kesh launched the Helios alliance with A and B": the one who launched it with the others leads it.)
    if (subjects.length === 1 && others.length) addTo(draft.leaders, subjects[0].text, index);
    // ("IBM and Meta launched the AI Alliance", "A and B jointly initiated the Helios Alliance": the two or three
    // who launched or founded it lead it; a longer list that "formed" a body is its founding membership.)
    if (subjects.length >= 2 && subjects.length <= 3 && LAUNCHERS.test(match[0])) for (const span of subjects) addTo(draft.leaders, span.text, index);
    book.refer(draft, index, target.start, target.end);
  }
}

/** The doing verbs of a team: building, training, running the work (not investing or buying). */
const TEAM_VERB = /^,? (?:(?:will|would|is|are|has|have|plans to|aims to|is set to|is to|are to|intends to) )?(?:also )?(?:jointly )?(?:build|building|built|develop|developing|developed|train|training|trained|run|running|create|creating|design|designing|deliver|delivering|lead|leading|launch|launching|release|releasing|work|working|co-develop|co-developing|won|win|wins|secured|bid|bids|bidding)\b/;
const TOGETHER = /^(?: \([^()]{1,30}\))?, (?:together with|along with|alongside|in partnership with|in collaboration with|jointly with) /;

/**
 * "X, together with A and B, is building Y": X leads a team with A and B. The
 * verb must be the team's work, so "X, together with A, invested …" (co-investors)
 * is not a team; one partner suffices only in an article about teams.
 */
export function readSubjectTogetherWith(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  if (!/, (?:together|along|alongside|in partnership|in collaboration|jointly)\b/.test(sentence)) return;
  for (const span of findNameSpans(sentence)) {
    const cue = TOGETHER.exec(sentence.slice(span.end));
    if (!cue || !isOrganizationName(span.text)) continue;
    const items = readList(sentence, span.end + cue[0].length);
    const last = items[items.length - 1];
    if (!last) continue;
    const after = sentence.slice(last.name.end).replace(/^ \([^()]{1,30}\)/, '');
    if (!/^,/.test(after) || !TEAM_VERB.test(after)) continue;
    const partners = orgItems(ctx, items);
    if (!partners.length || (partners.length < 2 && !ctx.consortiumArticle)) continue;
    ctx.registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
    const draft = book.byLeader(span.text, index);
    book.refer(draft, index, span.start, span.end);
    for (const item of partners) addTo(draft.members, item.name.text, index);
  }
}

/** "X won the tender together with A and B": the winner named first leads the team it won with. */
const WON_WITH = /^ (?:has |have |had )?(?:won|secured|was awarded|has been awarded) (?:the|a|an|its) (?:[\p{L}\p{N}-]+ ){0,3}?(?:tender|contract|bid|call|competition|procurement|grant)\b[^,.;]{0,40}? (?:together with|alongside|jointly with|in partnership with|in a consortium with) /u;

export function readWonTogether(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // Cheap guard: the verb must be there before every name is tried.
  if (!/\b(?:won|secured|awarded)\b/.test(sentence)) return;
  for (const span of findNameSpans(sentence)) {
    const cue = WON_WITH.exec(sentence.slice(span.end));
    if (!cue || !isOrganizationName(span.text)) continue;
    const partners = orgItems(ctx, readList(sentence, span.end + cue[0].length));
    if (!partners.length) continue;
    const draft = book.byLeader(span.text, index);
    draft.formal = true;
    book.refer(draft, index, span.start, span.end);
    addMembers(ctx, draft, partners);
  }
}

import { classifyName, isHeadedName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { isKnownOrganization } from '../resolve/resolveNames';
import { findNameSpans, type NameSpan } from './nameSpans';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { readList } from './readList';

/**
 * "the Partnership on AI (PAI), the multi-stakeholder body set up in 2016 by
 * A, B, C and D": a body that several organisations founded together has them
 * as members, whatever its name ends in. The body is named right before the
 * appositive. A team noun ("a joint venture formed by") is readFormedBy's
 * (parseConsortia.ts); this reads the plain nouns an organisation goes by.
 */
export function readFoundedBody(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(FOUNDED_BY)) {
    const at = (match.index ?? 0) + match[0].length;
    const founders = orgItems(ctx, readList(sentence, at));
    // (One founder is an owner, "a body set up by the ministry", not a membership list.)
    if (founders.length < 2) continue;
    const named = NAMED_BEFORE.exec(sentence.slice(0, match.index));
    const kind = named && classifyName(named[1]);
    if (!named || !(kind === 'Consortium' || kind === 'Organization' || kind === 'Initiative') || founders.some((item) => item.name.text === named[1])) continue;
    const draft = book.byName(named[1]);
    if (named[2] && isOrganizationName(named[2])) draft.phrases.add(named[2]);
    draft.formal = true;
    addMembers(ctx, draft, founders);
    book.refer(draft, index, named.index ?? 0, at);
  }
  readFoundedSubject(ctx);
}

/** "Helios was founded by A and B in 2023", "Helios (HLS) was jointly set up by A, B and C": the subject's founders. */
function readFoundedSubject(ctx: SentenceContext): void {
  // (Asked of every sentence: one without " by " has no founders to read.)
  if (!ctx.sentence.includes(' by ')) return;
  for (const span of findNameSpans(ctx.sentence)) {
    const verb = FOUNDED_SUBJECT.exec(ctx.sentence.slice(span.end));
    if (verb && isTeamOrProjectName(span.text)) addFounders(ctx, span, span.end + verb[0].length);
  }
}

/** The organisations listed from `at` found the team named by `span`, when they are two or more. */
function addFounders(ctx: SentenceContext, span: NameSpan, at: number): void {
  const { sentence, index, book } = ctx;
  // (People found companies too: each founder must be named as an organisation elsewhere or by its own words,
  // so "founded by Beguir and Zohra Slim" names no member.)
  const listed = readList(sentence, at);
  if (!listed.every(({ name }) => ctx.registry.hasStrong(name.text) || isHeadedName(name.text) || isKnownOrganization(name.text))) return;
  const founders = orgItems(ctx, listed);
  // (One founder is an owner: "Helios was set up by Orvane Pharma" makes a subsidiary, not a team.)
  if (founders.length < 2) return;
  const draft = book.byName(span.text);
  draft.formal = true;
  addMembers(ctx, draft, founders);
  book.refer(draft, index, span.start, at);
}

/** How a body began, perhaps when, then "by": "jointly set up in 2016 by ". */
const FOUNDED_VERB = String.raw`(?:jointly )?(?:set up|founded|co-founded|formed|created|established)(?: (?:in|on) (?:\p{Lu}\p{Ll}+ )?\d{4})? by `;

/** What follows the subject's name: "Helios was founded by ". */
const FOUNDED_SUBJECT = new RegExp(`^ (?:was|were|has been|had been) ${FOUNDED_VERB}`, 'u');

/** "the … body set up in 2016 by ", "a non-profit founded by ": the noun, then how it began. */
const FOUNDED_BY = new RegExp(`\\b(?:body|group|organisation|organization|association|foundation|non-?profit|forum|institute|centre|center) (?:that was |which was |was )?${FOUNDED_VERB}`, 'gu');

/** The name the appositive describes: "Partnership on AI (PAI), the multi-stakeholder " (up to three words before the noun). */
const NAMED_BEFORE = /((?:\p{Lu}|\p{N})[\p{L}\p{N}.&-]*(?: (?:on|of|for|(?:\p{Lu}|\p{N})[\p{L}\p{N}.&-]*)){0,6})(?: \((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\))?, (?:the|a|an) (?:[\p{L}-]+ ){0,3}$/u;

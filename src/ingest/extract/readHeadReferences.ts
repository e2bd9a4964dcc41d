import type { SentenceContext } from './consortiumContext';
import { BODY_HEAD_WORDS, COLLABORATION_HEADS, SECTION_BREAK } from './lexicon';
import { findNameSpans } from './nameSpans';
import { isTeamOrProjectName } from './classifyName';
import { isHeading } from './headingTeams';

/** A body's head word written alone with a capital: "The Centre opened in 2019", "partners listed by the Alliance". */
const HEAD_REFERENCE = new RegExp(`\\b[Tt]he (${BODY_HEAD_WORDS})\\b(?! (?:of|for|on)\\b)(?!\\s*\\p{Lu})`, 'gu');

/**
 * "The Centre opened in February 2019. King's College London leads it …":
 * a capitalised head word with "the" refers back to the one team whose name
 * it closes or heads ("London Medical Imaging & AI Centre for Value Based
 * Healthcare"), which comes back into view for the readers after it.
 */
export function readHeadReferences(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(HEAD_REFERENCE)) {
    const head = match[1];
    const named = book.drafts.filter((draft) => draft.name && draft.name.includes(' ') && new RegExp(`(?:^| )${head}(?: |$)`).test(draft.name));
    if (named.length === 1) book.refer(named[0], index, match.index ?? 0, (match.index ?? 0) + match[0].length);
    // "… the ARC Training Centre in Plant Biosecurity … . ANU leads the Centre": with no team of that name yet,
    // a collective's head points back to the body named in full earlier in the story, which becomes a team.
    // (Only where the sentence speaks of leading or belonging to it: "a programme officer at the Hub" names an organisation.)
    const at = match.index ?? 0;
    const teamTalk = TEAM_VERB_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || TEAM_VERB_AFTER.test(sentence.slice(at + match[0].length));
    const body = named.length === 0 && teamTalk && COLLECTIVE_HEAD.test(head) ? bodyNamedBefore(ctx, head, at) : undefined;
    if (body) referToBody(ctx, body, at, at + match[0].length);
  }
  // "The Orvik University leads the centre": lower case, only a verb of leading or belonging makes the head a reference.
  for (const match of sentence.matchAll(LOWER_HEAD_AFTER_VERB)) {
    const at = (match.index ?? 0) + match[1].length + 1;
    const head = match[2].charAt(0).toUpperCase() + match[2].slice(1);
    if (book.drafts.some((draft) => draft.name?.split(' ').includes(head))) continue;
    const body = bodyNamedBefore(ctx, head, at);
    if (body) referToBody(ctx, body, at, (match.index ?? 0) + match[0].length);
  }
}

/** "leads the centre", "joined the hub": a verb of leading or belonging, then a collective's head in lower case. */
const LOWER_HEAD_AFTER_VERB = new RegExp(`\\b(leads?|led|co-leads?|coordinates?|heads?|joins?|joined) the (${COLLABORATION_HEADS.toLowerCase()})\\b(?! (?:of|for|on)\\b)`, 'gu');

/** The body named in full becomes a team (until someone is stated to take part, a tentative one) and comes into view. */
function referToBody(ctx: SentenceContext, body: string, start: number, end: number): void {
  const draft = ctx.book.byName(body);
  draft.tentative ??= true;
  ctx.book.refer(draft, ctx.index, start, end);
}

/** "ANU leads the Centre", "CSIRO is also part of the Hub": a verb of leading or belonging right before the reference. */
const TEAM_VERB_BEFORE = /\b(?:leads?|led|co-leads?|coordinates?|heads?|joins?|joined|partners? (?:in|of|to)|members? of|part of|on board (?:at|with))\s+$/;
/** "The Centre is led by …", "The Hub brings together …", "The Network's partners include …". */
const TEAM_VERB_AFTER = /^(?:['’]s (?:partners|members)|,? (?:which is |is |was |will be )?(?:led|coordinated|headed|run) by| (?:brings together|unites|includes|comprises|counts))\b/;

/** "… under its Long-Term Programme scheme": the noun a funding line's name stands before. */
const FUNDING_LINE_AFTER = /^ (?:scheme|call|grant|instrument|line|window|competition|tender)\b/;

const COLLECTIVE_HEAD = new RegExp(`^(?:${COLLABORATION_HEADS})$`);

/** The nearest full name with this head word, earlier in the sentence or in the story's sentences before (back to a rule or heading). */
function bodyNamedBefore(ctx: SentenceContext, head: string, at: number): string | undefined {
  const { sentences, index } = ctx;
  const words = new RegExp(`(?:^| )${head}(?: |$)`);
  for (let i = index; i >= Math.max(0, index - 8); i--) {
    const text = i === index ? sentences[i].slice(0, at) : sentences[i];
    // ("… under its Long-Term Programme scheme": a funding line's name, used before its noun, is no body.)
    const span = [...findNameSpans(text)].reverse().find((s) => s.text.includes(' ') && words.test(s.text) && isTeamOrProjectName(s.text) && !FUNDING_LINE_AFTER.test(text.slice(s.end)));
    if (span) return span.text;
    if (SECTION_BREAK.test(sentences[i]) || isHeading(sentences[i])) return undefined;
  }
  return undefined;
}

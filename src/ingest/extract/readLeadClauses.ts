import { isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { findNameSpans, readNameAt } from './nameSpans';
import { readList } from './readList';
import { inView, introduce, lead, mayLead, projectInView } from './teamInView';

/**
 * Clauses that name a team's leader and partners around the team's name:
 * "Led by A in partnership with B, NAME will …", "a national initiative led
 * by A in collaboration with B", "A co-developed NAME with B and C", "NAME is
 * a consortium … and led by A and B".
 */

/** "Led by A in partnership with B and C, TRAILS will study …": a fronted clause naming the team's leader and partners. */
export function readFrontedLedBy(ctx: SentenceContext): void {
  const { sentence } = ctx;
  const fronted = /^(?:Led|Co-led|Coordinated|Co-ordinated|Headed|Steered|Spearheaded|Run) (?:jointly )?by /.exec(sentence);
  if (!fronted) return;
  // The clause's names run into the main clause's subject ("Led by A, ACTION will …"): the name before the verb is the team.
  const names = readList(sentence, fronted[0].length);
  const subjectAt = names.findIndex((item) => MAIN_VERB.test(sentence.slice(item.name.end)));
  const team = subjectAt > 0 ? names[subjectAt].name : undefined;
  const before = team ? names.slice(0, subjectAt) : names;
  // "Led by A in partnership with B and C, TRAILS will …": partners after the leaders.
  // ("Led by Anna Berg, it funds …": a person leads a body, not a team of organisations.)
  const leaders = before.filter((item) => mayLead(ctx, item.name.text));
  if (!leaders.length) return;
  const last = leaders[leaders.length - 1].name.end;
  const partnersCue = /^,? (?:in partnership with|in collaboration with|together with|with|alongside) /.exec(sentence.slice(last));
  const partners = partnersCue ? readList(sentence, last + partnersCue[0].length).filter((item) => isOrganizationName(item.name.text) && !MAIN_VERB.test(sentence.slice(item.name.end))) : [];
  const after = partners.length ? partners[partners.length - 1].name.end : last;
  const subject = team ?? readNameAt(sentence, after + (/^,? (?:the )?/.exec(sentence.slice(after))?.[0].length ?? 0));
  // With no named subject, only "it" or "the project" points back to the team in view; so does a line that
  // says no more than "Coordinated by A." under the team's name.
  const pointsBack = /^,? (?:it|(?:the|this) (?:project|consortium|initiative|alliance|team|network|programme|hub))\b|^\.?$/.test(sentence.slice(after));
  // ("Led by A, the Helios consortium includes …": the team noun after the subject's name is part of it.)
  const verbAfter = subject && sentence.slice(subject.end).replace(/^ (?:consortium|project|alliance|coalition|partnership|initiative|network|hub|team)\b/, '');
  const draft = subject && isTeamOrProjectName(subject.text) && MAIN_VERB.test(verbAfter || '') ? introduce(ctx, subject) : pointsBack ? (inView(ctx) ?? projectInView(ctx, 2)) : undefined;
  if (!draft) return;
  for (const item of leaders) lead(ctx, draft, item.name);
  addMembers(ctx, draft, partners);
  // "Led by A, ACTION will …": the text presents the named work as A's team, partners or not.
  if (draft.leaders.size) draft.tentative = false;
}

/** "a national initiative led by A in collaboration with B": the project's lead and its partner. */
export function readLedInitiative(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const match of sentence.matchAll(/\b(?:an?|the) (?:[\p{L}-]+ ){0,3}(?:initiative|project|effort|programme) (?:jointly )?(?:led|run|coordinated|spearheaded) by /gu)) {
    const at = (match.index ?? 0) + match[0].length;
    const leaders = readList(sentence, at).filter((item) => isOrganizationName(item.name.text));
    if (!leaders.length) continue;
    const last = leaders[leaders.length - 1].name.end;
    const partners = /^,? (?:in collaboration with|in partnership with|together with|alongside|with) /.exec(sentence.slice(last));
    const members = partners ? readList(sentence, last + partners[0].length).filter((item) => isOrganizationName(item.name.text)) : [];
    if (!members.length) continue;
    const draft = inView(ctx) ?? projectInView(ctx, 2) ?? ctx.book.byLeader(leaders[0].name.text, ctx.index);
    for (const item of leaders) lead(ctx, draft, item.name);
    addMembers(ctx, draft, members);
    draft.tentative = false;
    ctx.book.refer(draft, ctx.index, match.index ?? 0, last);
  }
}

/** "A, which co-developed the OpenThaiGPT models with B and C": the named work's team is A with B and C. */
export function readCoDeveloped(ctx: SentenceContext): void {
  const { sentence, index } = ctx;
  for (const match of sentence.matchAll(/\b(?:co-developed|co-develops|co-created|jointly developed|jointly built|co-built) (?:the )?(?:open |open-source |first )?/g)) {
    const at = (match.index ?? 0) + match[0].length;
    const work = readNameAt(sentence, at);
    const partners = work && /^ (?:[\p{L}-]+ ){0,2}?(?:models?|LLMs?|family|series|platform|project)? ?with (?:researchers (?:at|from) )?/u.exec(sentence.slice(work.end));
    const maker = [...findNameSpans(sentence.slice(0, match.index))].reverse().find((span) => isOrganizationName(span.text));
    if (!work || !partners || !maker || !isTeamOrProjectName(work.text)) continue;
    const items = readList(sentence, work.end + partners[0].length).filter((item) => isOrganizationName(item.name.text));
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
  const draft = subject && subject.start <= 4 ? ctx.book.named(subject.text) : undefined;
  if (!draft || draft.leaders.size) return;
  const by = / (?:and |, )(?:is |are |was )?(?:jointly )?(?:led|co-led|coordinated|headed) by (?:(?:two|three|four|\d+) [^:;.]{1,50}: )?/.exec(sentence.slice(subject!.end));
  if (!by || ctx.book.referredIn(ctx.index, subject!.end + 1, subject!.end + by.index).some((d) => d !== draft)) return;
  for (const item of orgItems(ctx, readList(sentence, subject!.end + by.index + by[0].length)).slice(0, 3)) addTo(draft.leaders, item.name.text, ctx.index);
}

const MAIN_VERB = /^,? (?:will|would|is|was|has|have|aims|plans|focuses|brings|builds|develops|studies|works|seeks|includes|comprises|unites|counts)\b/;

import { classifyName, isOrganizationName, looksLikePerson } from './classifyName';
import { orgItems, type SentenceContext } from './consortiumContext';
import { addTo, type ConsortiumDraft } from './consortiumDrafts';
import { ORG_HEADS } from './lexicon';
import { findNameSpans, type NameSpan } from './nameSpans';
import type { ListItem } from './readList';

/**
 * Which team a sentence is about, and the small steps every team reader
 * takes: the team in view, the team behind the article's project, naming a
 * team, giving it a leader, and the tentative state of a team known only by
 * name until someone is stated to take part in it.
 */

/** The team the text is about: the current one, when referred to in this sentence or the `within` before it. */
export function inView(ctx: SentenceContext, within = 4): ConsortiumDraft | undefined {
  const current = ctx.book.current;
  return current && current.refs.some((ref) => ref.sentence >= ctx.index - within) ? current : undefined;
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

/** The team this name names, made the team in view (and tentative when no reader has made it a team yet). */
export function introduce(ctx: SentenceContext, span: NameSpan): ConsortiumDraft {
  const draft = ctx.book.byName(span.text);
  // A name another reader made a team already keeps its standing; a new one waits for members.
  if (!draft.refs.length && !draft.members.size && !draft.leaders.size) draft.tentative ??= true;
  ctx.book.refer(draft, ctx.index, span.start, span.end);
  return draft;
}

/** Whether a name may lead a team: an organisation's, and no person's ("led by Jane Roe" names the head of a body, not a team's leader). */
export function mayLead(ctx: Pick<SentenceContext, 'registry'>, name: string): boolean {
  return isOrganizationName(name) && !looksLikePerson(name, ORG_HEADS) && !ctx.registry.refuses(name);
}

/** A leader alone does not make a team: a tentative one still waits for members. */
export function lead(ctx: SentenceContext, draft: ConsortiumDraft, leader: NameSpan): void {
  const [item] = orgItems(ctx, [{ name: leader, descriptor: '' } satisfies ListItem]);
  if (item) addTo(draft.leaders, leader.text, ctx.index);
  // "CENIA leads the effort": the article's project has a lead organisation, which makes it a team.
  if (item && draft.servesName && !draft.name) draft.tentative = false;
}

/** A team someone takes part in is no longer tentative. */
export function settle(draft: ConsortiumDraft): void {
  if (draft.members.size) draft.tentative = false;
}

/** "A, B and C joined": the names joined by commas and "and" that end with `last`. */
export function conjunctsEndingAt(sentence: string, last: NameSpan): NameSpan[] {
  const spans = findNameSpans(sentence.slice(0, last.end));
  const out = [last];
  for (let i = spans.length - 2; i >= 0 && /^(?:, | and |, and )(?:the )?$/.test(sentence.slice(spans[i].end, out[0].start)); i--) out.unshift(spans[i]);
  return out.filter((span) => classifyName(span.text) === 'Organization');
}

import { isCountryForm } from '../resolve/countries';
import { classifyName, isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { readList, type ListItem } from './readList';

/**
 * Named projects described by who builds them: "X is being built by A
 * together with B and C", "X, a model built by a consortium that includes A
 * and B", "X is the work of a group of universities: A, B and C", "A, B and C
 * launched the Y Partnership", "X launched the Y programme with A and B".
 * The project's name names the team; its
 * builders are members. One builder alone is not a team, so a product "built
 * by" a single supplier never becomes one.
 */

const BUILT_BY = /\b(?:built|developed|co-developed|created|trained|made|designed)(?: from scratch| jointly| together)? by /g;
const TEAM_THAT = /^(?:a|an) (?:[\p{L}-]+ ){0,3}?(?:consortium|team|group|partnership|alliance|coalition)(?: of [\p{Ll}-]+(?: [\p{Ll}-]+){0,3})?(?:,? (?:that|which) (?:includes|included|comprises|comprised|brings together)| (?:of|including|comprising|made up of))(?: the following)? /u;
const PARTNERS_AFTER = /^,? (?:together with|alongside|in partnership with|in collaboration with|with|and) /;
/** What a builder makes when it is a project rather than a delivered product: models, programmes, ecosystems. */
const PROJECT_WORK = /\b(?:model|models|LLM|LLMs|language model|project|programme|program|initiative|ecosystem|effort|platform)\b/;

/** "X is being built by A together with B", "X, an earlier model built by a consortium that includes A and B". */
export function readBuiltBy(ctx: SentenceContext): void {
  const { sentence, index, sentences, book } = ctx;
  for (const match of sentence.matchAll(BUILT_BY)) {
    const at = (match.index ?? 0) + match[0].length;
    const before = sentence.slice(0, match.index);
    const name = subjectProject(before) ?? (PROJECT_WORK.test(before) ? askedProject(sentences[index - 1] ?? '') : undefined);
    if (!name || !PROJECT_WORK.test(`${before} ${sentences[index - 1] ?? ''}`)) continue;
    const team = TEAM_THAT.exec(sentence.slice(at));
    let items: ListItem[] = readList(sentence, at + (team?.[0].length ?? 0));
    const last = items[items.length - 1];
    // "built by A, the national centre for applied AI, together with B": the partners may follow A's description.
    const described = last ? /^, (?:a|an|the) [^,;.]{1,80}(?=,)/.exec(sentence.slice(last.name.end))?.[0].length ?? 0 : 0;
    const partners = last && PARTNERS_AFTER.exec(sentence.slice(last.name.end + described));
    if (partners && !team) items = [...items, ...readList(sentence, last.name.end + described + partners[0].length)];
    // "a model built by A, B and C" names its makers, not a team: a team word, a partnership phrase or an article about teams must say so.
    const teamwork = !!team || /together|alongside|partnership|collaboration/.test(partners?.[0] ?? '') || ctx.consortiumArticle;
    // "developed by a partnership of A, B and C" is read as a team already.
    if (!teamwork || book.referredIn(index, match.index ?? 0, sentence.length).length) continue;
    const builders = orgItems(ctx, items);
    if (builders.length < 2) continue;
    const draft = book.byName(name);
    draft.formal = true;
    addMembers(ctx, draft, builders);
    book.refer(draft, index, match.index ?? 0, builders[builders.length - 1].name.end);
  }
}

/** The name the clause before "built by" is about: "X is being …", "X, an earlier multilingual model …". */
function subjectProject(before: string): string | undefined {
  const spans = findNameSpans(before);
  // ("Falconer, a sovereign Arabic model, built by A together with B": the appositive may close with its comma.)
  const appositive = [...spans].reverse().find((span) => /^, (?:a|an|the) [^,.;]{0,60}(?:, )?$/.test(before.slice(span.end)));
  const subject = spans[0] && spans[0].start <= 4 && /^ (?:is|was|has been|will be|is being|was being|has|had)(?: (?:being|been))? $/.test(before.slice(spans[0].end)) ? spans[0] : undefined;
  const found = appositive ?? subject;
  return found && isProjectName(found) ? found.text : undefined;
}

/** "What is X, in one sentence?": the question a Q&A answer is about. */
function askedProject(question: string): string | undefined {
  const asked = /^(?:What|Who) (?:is|are|was) ((?:the )?)/.exec(question);
  if (!asked) return undefined;
  const span = readNameAt(question, asked[0].length);
  return span && /^(?:[,?]|$)/.test(question.slice(span.end)) && isProjectName(span) ? span.text : undefined;
}

function isProjectName(span: NameSpan): boolean {
  const cls = classifyName(span.text);
  return !!cls && cls !== 'Agency' && !isCountryForm(span.text);
}

/** "X is the work of a group of universities and labs: A, B and C". */
export function readWorkOf(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const subject = findNameSpans(sentence)[0];
  if (!subject || subject.start > 4 || !isProjectName(subject)) return;
  const cue = /^ (?:is|was|has been) (?:the )?(?:joint )?(?:work|product|creation|brainchild) of (?:(?:a|an) (?:[\p{L}-]+ ){0,3}?(?:group|consortium|team|partnership|alliance) of [^:;.]{0,60}: )?/u.exec(sentence.slice(subject.end));
  if (!cue) return;
  const builders = orgItems(ctx, readList(sentence, subject.end + cue[0].length));
  if (builders.length < 2) return;
  const draft = book.byName(subject.text);
  draft.formal = true;
  addMembers(ctx, draft, builders);
  book.refer(draft, index, subject.start, subject.end);
}

/**
 * "A, B, C and D on Tuesday launched the Y Partnership": the subjects found a
 * team that carries a team's own name; a single founder ("X has launched the
 * Y Alliance") is its member and the one that leads it.
 */
export function readLaunchedNamed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  readLaunchedVenture(ctx);
  for (const match of sentence.matchAll(/\b(?:have |has |had )?(?:launched|formed|founded|set up|established|created|initiated|unveiled) the /g)) {
    const at = (match.index ?? 0) + match[0].length;
    const named = readNameAt(sentence, at);
    if (named) readLaunchedWith(ctx, named, match.index ?? 0);
    if (!named || classifyName(named.text) !== 'Consortium') continue;
    const subjects = founders(sentence, match.index ?? 0);
    if (!subjects.length) continue;
    const draft = book.byName(named.text);
    draft.formal = true;
    addMembers(ctx, draft, subjects.map((name) => ({ name, descriptor: '' })));
    if (subjects.length === 1) addTo(draft.leaders, subjects[0].text, index);
    book.refer(draft, index, named.start, named.end);
  }
}

/** " programme", " project": the head word after a launched initiative's own name. */
const PROGRAMME_WORD = /^ (?:programme|program|project|initiative)\b/i;

/**
 * "OpenAI launched the Stargate programme in January with SoftBank, Oracle and MGX": whoever launches a programme
 * together with named partners forms its team with them, under the programme's own name ("Stargate").
 */
function readLaunchedWith(ctx: SentenceContext, named: NameSpan, verbAt: number): void {
  const { sentence, index, book } = ctx;
  const head = PROGRAMME_WORD.exec(sentence.slice(named.end))?.[0] ?? (/ (?:Programme|Program|Project|Initiative)$/.test(named.text) ? '' : undefined);
  if (head === undefined) return;
  const own = head ? named.text : named.text.replace(/ \S+$/, '');
  const end = named.end + head.length;
  const withAt = /^(?: (?:in|on|last|this|earlier) [\p{L}\p{N} ]{1,20}?)?,? (?:together |jointly )?with /u.exec(sentence.slice(end));
  const subjects = withAt ? founders(sentence, verbAt) : [];
  const partners = withAt ? orgItems(ctx, readList(sentence, end + withAt[0].length)) : [];
  if (!subjects.length || !partners.length || !isTeamOrProjectName(own)) return;
  const draft = book.byName(own);
  draft.formal = true;
  addMembers(ctx, draft, [...subjects.map((name) => ({ name, descriptor: '' })), ...partners]);
  book.refer(draft, index, named.start, end);
}

/**
 * "CARIAD, the Volkswagen Group's software company, and Horizon Robotics formally launched Carizon, the joint
 * venture …", "A, B and C teamed up to create Helios, a medical AI venture", "A and B joined forces to form Helios":
 * the organisations named before the verb (not an owner in the possessive, not a place) are its members.
 */
function readLaunchedVenture(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const match = /\b(?:have |has |had )?(?:formally |officially |jointly )?(?:launched|formed|founded|set up|established|created|unveiled|(?:teamed up|joined forces|came together) to (?:form|create|set up|launch|establish|found)) (?=\p{Lu})/u.exec(sentence);
  const named = match && readNameAt(sentence, match.index + match[0].length);
  if (!match || !named) return;
  // ("A, B and C teamed up to form Helios": what several form together is a body; what they launch may be a product.)
  const together = /\b(?:teamed up|joined forces|came together) to form $/.test(match[0]);
  if (!together && !/^,? (?:a|an|the|their|its) (?:[\p{L}-]+ ){0,3}(?:joint venture|venture|consortium|alliance|partnership|collaboration|joint company)\b/u.test(sentence.slice(named.end))) return;
  if (!isTeamOrProjectName(named.text) || isCountryForm(named.text)) return;
  const before = sentence.slice(0, match.index).split(/; /).pop() ?? '';
  const offset = match.index - before.length;
  const subjects = findNameSpans(before)
    .filter((span) => !span.possessive && isOrganizationName(span.text) && !isCountryForm(span.text) && !/['’]s?$/.test(before.slice(span.end, span.end + 2)))
    .map((span) => ({ ...span, start: span.start + offset, end: span.end + offset }));
  if (subjects.length < 2) return;
  const draft = book.byName(named.text);
  draft.formal = true;
  addMembers(ctx, draft, subjects.map((name) => ({ name, descriptor: '' })));
  book.refer(draft, index, named.start, named.end);
}

/** "HANOI — ", "ABU DHABI/NEW YORK, Sept 17 (Gulf Markets Wire) - ": a wire dateline opens the sentence, not its subject. */
export const DATELINE = /^(?:[^—–()]{0,60}\([^()]{1,40}\)\s*[-—–]\s*|[\p{Lu}\p{N} ,./'-]{2,60}?\s*[—–-]\s+)/u;

/** The organisations joined by commas and "and" that end right before the verb (an adverbial such as "on Tuesday" may follow them). */
function founders(sentence: string, verbAt: number): NameSpan[] {
  const before = sentence.slice(0, verbAt).replace(/(?: (?:on|last|this|earlier|in) [\p{L}\p{N} ]{1,20})?\s*$/u, '');
  // "Abu Dhabi's MGX": the possessive names the owner or place of the founder that follows it.
  const all = findNameSpans(before);
  const spans = all.filter((span, i) => !(span.possessive && all[i + 1] && /^['’]s? $/.test(before.slice(span.end, all[i + 1].start))));
  const out: NameSpan[] = [];
  let end = before.length;
  for (let i = spans.length - 1; i >= 0; i--) {
    const gap = before.slice(spans[i].end, end).replace(/^\s*\([^()]{1,20}\)/, '');
    const joined = out.length ? /^(?:,|,? and)\s*(?:\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?['’]s? )?$/u.test(gap) : /^\s*$/.test(gap);
    if (!joined) break;
    out.unshift(spans[i]);
    end = spans[i].start;
  }
  // "Technology group FPT has launched …": a descriptor may open the sentence; anything else means the names are not the subject.
  const opening = out[0] ? before.slice(0, out[0].start).replace(DATELINE, '') : '';
  if (!/^(?:(?:[\p{L}-]+ ){0,4})?$/u.test(opening) || /[A-Z].*[,;]/.test(opening)) return [];
  return out.filter((span) => isOrganizationName(span.text));
}

/** "The site, which the partners have dubbed Y": the founders name the team they just formed. */
export function readPartnersDubbed(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const match = /\b(?:the partners|the companies|the founders|the four|the three|they) (?:have |had )?(?:dubbed|named|called|christened|branded) /.exec(sentence);
  const team = book.current;
  if (!match || !team || team.name || !team.members.size || !team.refs.some((ref) => ref.sentence >= index - 2)) return;
  const span = readNameAt(sentence, match.index + match[0].length);
  if (!span || !isProjectName(span)) return;
  team.name = span.text;
  book.refer(team, index, span.start, span.end);
}

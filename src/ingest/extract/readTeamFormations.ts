import { isCountryForm } from '../resolve/countries';
import { isOrganizationName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { findNameSpans } from './nameSpans';
import { subjectsEndingAt } from './readPartnerPhrasings';
import { readList } from './readList';

/**
 * Common news phrasings of a team being formed or joined:
 * - "X has formed a consortium with A and B" — X leads, A and B are members;
 * - "Joining X in the consortium are A, B and C" — X's team;
 * - "X is part of a consortium alongside A and B" — a team of all three;
 * - "A, B and C have joined forces to build …" — a team of the subjects;
 * - "The winning group — A, B and C — will …" — a team of the names in dashes;
 * - "The first comprises A (lead), B and C" — another team (the bracket marks its leader);
 * - "The consortium, which includes A and B, is led by X" — the leader after the member clause.
 */
const TEAM = '(?:consortium|alliance|joint venture|partnership|coalition|team|group)';
const FORMED_WITH = new RegExp(`^ (?:has |have |had )?(?:formed|set up|created|established|assembled|put together|launched|built) (?:a|an) (?:[\\p{L}\\p{N}-]+ ){0,3}?${TEAM} (?:with|alongside|together with) `, 'u');
const JOINING = new RegExp(`^Joining (\\p{Lu}[^,]{0,60}?) (?:in|on) (?:the|its|this|that) (?:[\\p{L}-]+ ){0,2}?(?:${TEAM}|bid|project) (?:are|is|will be) `, 'u');
const PART_OF = new RegExp(`^ (?:is|are|was|were) (?:also )?(?:part|a member|members) of (?:a|an|the) (?:[\\p{L}\\p{N}-]+ ){0,3}?${TEAM} (?:alongside|with|together with|that (?:also )?includes) `, 'u');
// ("A, B and C teamed up to …": the simple past says the same as "have teamed up".)
const JOINED_FORCES = /^ (?:(?:have|had) (?:joined forces|teamed up|partnered|come together|banded together)|(?:joined forces|teamed up|came together|banded together)(?= (?:to|on|in|for|last|this|earlier)\b))\b/;
const DASHED = new RegExp(`\\b[Tt]he (?:[\\p{L}-]+ ){0,2}?${TEAM} [—–-] `, 'u');
const ORDINAL_COMPRISES = /^The (?:first|second|third|fourth|fifth|other|last|final)(?: one| team| consortium| group)? (?:comprises|includes|is made up of|brings together|consists of) /;


export function readTeamFormations(ctx: SentenceContext): void {
  readFormedWith(ctx);
  readJoining(ctx);
  readSubjectsTogether(ctx);
  readDashedGroup(ctx);
  readOrdinalComprises(ctx);
  readLedAfterClause(ctx);
}

function readLedAfterClause(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const cue = /, (?:is|was|will be) (?:jointly )?(?:led|coordinated|co-ordinated|headed) by /.exec(sentence);
  const draft = cue ? book.referredIn(index, 0, cue.index).pop() : undefined;
  if (!cue || !draft || draft.leaders.size) return;
  const leaders = orgItems(ctx, readList(sentence, cue.index + cue[0].length)).filter((item) => !isCountryForm(item.name.text));
  for (const item of leaders) addTo(draft.leaders, item.name.text, index);
}

/** "X has formed a consortium with A and B" (X leads); "X is part of a consortium alongside A and B" (no leader stated). */
function readFormedWith(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const formed = FORMED_WITH.exec(rest);
    if (formed && isOrganizationName(span.text)) {
      const items = orgItems(ctx, readList(sentence, span.end + formed[0].length));
      // A partnership with one other company is a bilateral deal; a consortium or joint venture is a team with one.
      if (items.length < (/(?:consortium|alliance|joint venture|coalition) \S+ $/.test(formed[0]) ? 1 : 2)) continue;
      const draft = book.byLeader(span.text, index);
      ctx.registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength: 'strong', viaConsortium: true });
      addMembers(ctx, draft, items);
      book.refer(draft, index, span.start, span.end);
      continue;
    }
    const part = PART_OF.exec(rest);
    if (part && isOrganizationName(span.text)) {
      const items = orgItems(ctx, readList(sentence, span.end + part[0].length));
      if (!items.length) continue;
      const draft = book.anonymous();
      draft.formal = true;
      addMembers(ctx, draft, [{ name: span, descriptor: '' }, ...items]);
      book.refer(draft, index, span.start, span.end);
    }
  }
}

function readJoining(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const joining = JOINING.exec(sentence);
  if (!joining || !isOrganizationName(joining[1])) return;
  const items = orgItems(ctx, readList(sentence, joining[0].length));
  if (!items.length) return;
  const joined = { text: joining[1], start: 'Joining '.length, end: 'Joining '.length + joining[1].length, possessive: false };
  ctx.registry.add({ surface: joined.text, sentence: index, start: joined.start, end: joined.end, strength: 'strong', viaConsortium: true });
  // ("The Helios consortium won the tender. Joining X in the consortium are A and B": "the consortium" is the one just spoken of, X one more member.)
  const inView = / (?:in|on) the /.test(joining[0]) && book.current?.refs.some((ref) => ref.sentence >= index - 2) ? book.current : undefined;
  const draft = inView ?? book.byLeader(joined.text, index);
  addMembers(ctx, draft, inView ? [{ name: joined, descriptor: '' }, ...items] : items);
  book.refer(draft, index, 0, joining[0].length);
}

function readSubjectsTogether(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const verb = JOINED_FORCES.exec(sentence.slice(span.end));
    if (!verb) continue;
    const subjects = subjectsEndingAt(sentence, span.end);
    // Only a subject the sentence opens with; two companies that "partnered" made a deal, three make a team.
    if (subjects.length < (/joined forces|banded together|come together|came together/.test(verb[0]) ? 2 : 3) || subjects[0].start > 4) continue;
    const draft = book.anonymous();
    draft.formal = true;
    addMembers(ctx, draft, subjects.map((name) => ({ name, descriptor: '' })));
    book.refer(draft, index, subjects[0].start, span.end + verb[0].length);
  }
}

function readDashedGroup(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const dashed = DASHED.exec(sentence);
  if (!dashed) return;
  const at = dashed.index + dashed[0].length;
  const items = orgItems(ctx, readList(sentence, at));
  // The names must fill the dashes: "— A, B and C —".
  if (items.length < 2 || !/^ [—–-] /.test(sentence.slice(items[items.length - 1].name.end))) return;
  const draft = book.anonymous();
  draft.formal = true;
  addMembers(ctx, draft, items);
  book.refer(draft, index, dashed.index, items[items.length - 1].name.end);
}

function readOrdinalComprises(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const cue = ORDINAL_COMPRISES.exec(sentence);
  if (!cue || !ctx.consortiumArticle) return;
  const items = orgItems(ctx, readList(sentence, cue[0].length));
  if (items.length < 2) return;
  const draft = book.anonymous();
  draft.formal = true;
  addMembers(ctx, draft, items);
  book.refer(draft, index, 0, cue[0].length);
}

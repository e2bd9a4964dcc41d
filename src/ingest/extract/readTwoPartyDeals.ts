import { isCountryForm } from '../resolve/countries';
import { isOrganizationName, isTeamOrProjectName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import { subjectsEndingAt } from './readPartnerPhrasings';
import { readList } from './readList';

/**
 * What a deal is called, as the team's name ends. (Not "agreement" or "MoU": signed alone, they are as often a
 * sale, a supply contract or a pledge as a partnership; dev lost 9 memberships with them.)
 */
const DEAL = '(partnership|collaboration|alliance|joint venture|tie-up)';
/** Up to four words describing the deal ("multi-year strategic", "ten-year"). */
const DESCRIPTORS = '(?:(?:new|multi-year|strategic|long-term|[\\p{L}\\d]+-year|global|technology|research|cloud|AI|commercial|exclusive|landmark|formal|wide-ranging|separate|expanded|broader|deeper) ){0,4}';
const DESCRIBED = `(?:an? |the |its |their )?${DESCRIPTORS}`;
/** "A has signed a … partnership with B". */
const STRUCK_WITH = new RegExp(`^(?: \\([^()]{1,40}\\))? (?:has |have |had |will |is to )?(?:also |now )?(?:signed|sign|struck|strike|reached|inked|sealed|agreed|announced|formed|entered into|enter into|unveiled|expanded|extended|deepened) ${DESCRIBED}${DEAL} with `, 'u');
/** "A and B formed a … joint venture" (not "signed the joint venture agreement": the papers of a venture, not a deal of its own). */
const STRUCK_TOGETHER = new RegExp(`^ (?:have |had |will )?(?:also |now )?(?:signed|struck|reached|inked|sealed|announced|formed|entered into|unveiled) ${DESCRIBED}${DEAL}\\b(?! (?:agreement|deal|contract|documents|papers)\\b)`, 'u');
/** "… a partnership called Horizon1000": the deal's own name follows. */
const CALLED = /^,? (?:called|named|dubbed|known as|branded) ["“]?/;

/** "a partnership between A and B", "existing cooperation between A and B": the deal named with its sides after it. */
const BETWEEN = new RegExp(`\\b${DESCRIPTORS}(partnership|collaboration|cooperation|co-operation|alliance|joint venture|tie-up) between (?:the )?`, 'gu');

/** A deal in the predicate or apposition of a name: "is a", "was launched as a", ", a". */
const DESCRIBES_NAMED = /(?:\b(?:is|was|are|were|as|be|becomes|became)|,) (?:\p{Ll}+ )?(?:an? )?$/u;

/** "A's … partnership with B". */
const POSSESSED_WITH = new RegExp(`^['’]s? ${DESCRIPTORS}${DEAL} with `, 'u');

/**
 * A deal two or three organisations strike together is a team of theirs,
 * named by its sides and what the text calls it ("the Vodafone–Microsoft
 * partnership"), as news names such deals:
 * "Vodacom has signed a multi-year strategic collaboration with Google Cloud",
 * "Vodafone and Google formed a joint venture",
 * "Vodafone's ten-year partnership with Microsoft",
 * "a partnership between Vodafone and Microsoft".
 */
export function readTwoPartyDeals(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const match of sentence.matchAll(BETWEEN)) {
    // ("Dawn was unveiled as a collaboration between …", "Kinetiz, a collaboration between …": what a named
    // thing is, whose team the readers of descriptions make; "the cooperation between" is one spoken of before.)
    const before = sentence.slice(Math.max(0, (match.index ?? 0) - 60), match.index);
    if (DESCRIBES_NAMED.test(before) || !/\b(?:an?|existing|new|through|via|under)\s+$/.test(before)) continue;
    const sides = organisationsListedAt(sentence, (match.index ?? 0) + match[0].length);
    if (sides.length >= 2 && sides.length <= 3) addDeal(ctx, sides, match[1], sides[0].start);
  }
  for (const span of findNameSpans(sentence)) {
    if (!isOrganizationName(span.text) || isCountryForm(span.text)) continue;
    const after = sentence.slice(span.end);
    const withCue = STRUCK_WITH.exec(after) ?? POSSESSED_WITH.exec(after);
    if (withCue) {
      const partners = organisationsListedAt(sentence, span.end + withCue[0].length);
      if (partners.length >= 1 && partners.length <= 2) addDeal(ctx, [span, ...partners], withCue[1], span.start);
      continue;
    }
    const together = STRUCK_TOGETHER.exec(after);
    if (!together) continue;
    const subjects = subjectsEndingAt(sentence, span.end).filter((name) => !isCountryForm(name.text));
    if (subjects.length >= 2 && subjects.length <= 3) addDeal(ctx, subjects, together[1], subjects[0].start, dealName(sentence, span.end + together[0].length));
  }
}

/** The organisations of the list that starts at `at` (countries, "Canada's", are no side of a deal). */
function organisationsListedAt(sentence: string, at: number): NameSpan[] {
  return readList(sentence, at)
    .map((item) => item.name)
    .filter((name) => isOrganizationName(name.text) && !isCountryForm(name.text));
}

/** The name the text gives the deal right after it ("… a partnership called Horizon1000"), when it can be a team's. */
function dealName(sentence: string, at: number): string | undefined {
  const called = CALLED.exec(sentence.slice(at));
  const name = called ? readNameAt(sentence, at + called[0].length) : null;
  return name && isTeamOrProjectName(name.text) ? name.text : undefined;
}

/** The team of the deal's sides, "A–B <deal>" or the name it is called, unless a team the sentence already states holds them. */
function addDeal(ctx: SentenceContext, sides: NameSpan[], deal: string, start: number, called?: string): void {
  const { book, index } = ctx;
  const surfaces = sides.map((side) => side.text);
  if (new Set(surfaces).size !== surfaces.length) return;
  const stated = book.drafts.some((draft) => draft.refs.some((ref) => ref.sentence === index) && surfaces.every((s) => draft.members.has(s) || draft.leaders.has(s)));
  // ("CHAI's collaboration with the National Academy of Medicine": a team's own deal is the team's, not a second team.)
  const inTeam = surfaces.some((surface) => book.named(surface));
  if (stated || inTeam) return;
  const draft = book.byName(called ?? `${surfaces.join('–')} ${deal}`);
  draft.formal = true;
  addMembers(ctx, draft, sides.map((name) => ({ name, descriptor: '' })));
  // (Not the team in view: "the consortium" after it still means the one the article is about.)
  draft.refs.push({ sentence: index, start, end: sides[sides.length - 1].end });
}

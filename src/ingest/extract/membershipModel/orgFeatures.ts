import type { ParsedArticle } from '../../types';
import type { FactSink } from '../factSink';
import { readList } from '../readList';
import { contextWordReader } from './contextWords';
import { clausesOf } from './orgClauses';

/**
 * What the text around an organisation says about it belonging to a team:
 * cue words of membership, leadership and joint work; whether it stands in a
 * list of organisations; and cues that it is a funder, supplier, customer or
 * rival instead; whether a phrasing reader already put it in a team, and how
 * many teams the article has. Each feature is 0 or 1, taken over every
 * sentence that names the organisation (1 when any does). Beside these, the
 * context words around its mentions (contextWordReader). The weights are learned
 * from the annotated articles (training/trainMembershipModel.ts), not written by hand.
 */
export const FEATURES = [
  'bias',
  'memberNoun',
  'joinVerb',
  'leadVerb',
  'jointWork',
  'inList2',
  'inList3',
  'money',
  'supply',
  'customer',
  'negation',
  'bullet',
  'tableRow',
  'teamInSentence',
  'projectNoun',
  'governmentInSentence',
  'subject',
  'ownership',
  'exampleList',
  'manySentences',
  'manyOrgs',
  'speech',
  'placedByReader',
  'noTeam',
  'oneTeam',
  'manyTeams',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** One organisation of one article with its feature vector (in FEATURES order). */
export interface OrgFeatureRow {
  orgId: string;
  features: number[];
  /** Words around its mentions, other names replaced by their kind ("l1:by", "r2:consortium", "s:members"). */
  context: string[];
}

const CUES: Partial<Record<FeatureName, RegExp>> = {
  memberNoun: /\b(?:members?|partners?|participants?|consortium|consortia|alliance|coalition|partnership|joint venture|team)\b/i,
  joinVerb: /\b(?:joined|joins|join|joining|signed (?:on|up)|brings? together|bringing together|comprises?|comprising|consists? of|made up of|make up|makes up|founding|co-founded|formed|unites)\b/i,
  leadVerb: /\b(?:led by|co-led|leads|lead|leading|coordinated by|coordinates|coordinator|headed by|heads|fronted by|spearheaded|chaired)\b/i,
  jointWork: /\b(?:developed by|built by|co-developed|jointly|together with|alongside|in collaboration with|in partnership with|working with|work with|works with|teamed up|joint)\b/i,
  money: /\b(?:fund\w*|invest\w*|financ\w*|loans?|grants?|backed|backing|backers?|lend\w*|stake)\b/i,
  supply: /\b(?:suppl\w+|vendors?|provid\w+|chips?|GPUs?|hardware|servers?|contract\w*)\b/i,
  customer: /\b(?:customers?|clients?|buyers?|users?|rivals?|compet\w+)\b/i,
  negation: /\b(?:not|never|no longer|neither|nor)\b|n['’]t\b/i,
  projectNoun: /\b(?:project|initiative|programme|program|effort|hub|factory|network)\b/i,
  ownership: /\b(?:acquir\w+|bought|buys?|merger|subsidiary|owned by|parent company|(?:a )?(?:unit|arm|division|subsidiary) of)\b/i,
  exampleList: /\b(?:such as|like|including|among them)\b/i,
  speech: /\b(?:said|says|told|according to)\b/i,
};

/** Cues that speak against membership: read in the organisation's own clauses, not the whole sentence. */
const AGAINST = new Set<FeatureName>(['money', 'supply', 'customer']);

/** Feature rows for every organisation the sink holds, read from the sentences that name it. */
export function orgFeatureRows(article: ParsedArticle, sink: FactSink): OrgFeatureRow[] {
  const placed = new Set(sink.relationsOf('MEMBER_OF').map((r) => r.from));
  const teams = sink.byLabel('Consortium').length;
  const teamCount: FeatureName = teams === 0 ? 'noTeam' : teams === 1 ? 'oneTeam' : 'manyTeams';
  const contextWords = contextWordReader(article, sink);
  return sink.byLabel('Organization').map((org) => {
    const on = new Set<FeatureName>(['bias', teamCount]);
    if (placed.has(org.id)) on.add('placedByReader');
    if (org.sentences.length >= 3) on.add('manySentences');
    for (const index of org.sentences) {
      const sentence = article.sentences[index] ?? '';
      const orgs = sink.mentionsIn(index, ['Organization']);
      const own = orgs.filter((m) => m.id === org.id);
      // ("A and B have joined, as has C, the state-backed investor": words against membership count in the organisation's own clauses.)
      const clauses = clausesOf(sentence, own);
      for (const [name, cue] of Object.entries(CUES) as Array<[FeatureName, RegExp]>) if (cue.test(AGAINST.has(name) ? clauses : sentence)) on.add(name);
      if (/^\s*(?:[-*•·]|\d+[.)])\s/.test(sentence)) on.add('bullet');
      if (/^\|/.test(sentence)) on.add('tableRow');
      if (sink.mentionsIn(index, ['Consortium']).length) on.add('teamInSentence');
      if (sink.mentionsIn(index, ['Government', 'Agency']).length) on.add('governmentInSentence');
      if (new Set(orgs.map((m) => m.id)).size >= 3) on.add('manyOrgs');
      if (own.some((m) => m.start <= 4 && orgs[0]?.id === org.id)) on.add('subject');
      const listed = Math.max(0, ...own.map((m) => listedOrgs(sentence, m.start, orgs.map((o) => o.start))));
      if (listed >= 2) on.add('inList2');
      if (listed >= 3) on.add('inList3');
    }
    return { orgId: org.id, features: FEATURES.map((name) => (on.has(name) ? 1 : 0)), context: contextWords(org.id) };
  });
}

/** How many organisations the enumeration holding this mention names (read from each earlier organisation). */
function listedOrgs(sentence: string, at: number, orgStarts: number[]): number {
  let best = 0;
  for (const start of orgStarts.filter((s) => s <= at)) {
    const items = readList(sentence, start);
    if (items.some((item) => item.name.start <= at && item.name.end > at)) best = Math.max(best, items.filter((item) => orgStarts.includes(item.name.start)).length);
  }
  return best;
}

import { entityId } from '../../resolve/ids';
import type { FactSink } from '../factSink';
import { memberProbability, membershipModel } from './membershipModel';
import type { OrgFeatureRow } from './orgFeatures';

/**
 * Adds the memberships no phrasing reader found but the trained model is
 * confident of: an organisation whose sentences read like membership joins
 * the team named in the same sentence, else the one named in the three
 * sentences before, else the article's only team (unless that team stands
 * in the same list as a peer). With no team at all, two or
 * more such organisations form the team behind the article's project, when it
 * has one. Rule-found memberships are never removed.
 */
export function applyMembershipModel(sentences: string[], sink: FactSink, rows: OrgFeatureRow[], project: string | undefined): void {
  const model = membershipModel();
  const members = new Set(sink.relationsOf('MEMBER_OF').map((r) => r.from));
  const likely = rows.filter((row) => !members.has(row.orgId) && memberProbability(model, row.features) >= model.threshold);
  const teams = sink.byLabel('Consortium');
  const unplaced: string[] = [];
  for (const row of likely) {
    const org = sink.get(row.orgId)!;
    // A table's rows each name their own team: that is the table reader's to say, not the model's.
    if (org.sentences.every((index) => /^\|/.test(sentences[index] ?? ''))) continue;
    const peers = new Set<string>();
    const team = teamNear(sentences, sink, org.id, peers) ?? (teams.length === 1 && !peers.has(teams[0].id) ? teams[0].id : undefined);
    if (team) sink.addRelation('MEMBER_OF', org.id, team, org.sentences.slice(0, 1));
    else unplaced.push(org.id);
  }
  if (!teams.length && project && unplaced.length >= 2) {
    const sentences = [...new Set(unplaced.flatMap((id) => sink.get(id)!.sentences.slice(0, 1)))];
    const id = sink.addEntity({ id: entityId('Consortium', `${project} consortium`), label: 'Consortium', name: `${project} consortium`, aliases: [project], props: {}, sentences });
    for (const orgId of unplaced) sink.addRelation('MEMBER_OF', orgId, id, sink.get(orgId)!.sentences.slice(0, 1));
  }
}

/**
 * The team named in a sentence naming the organisation, else in the three
 * before the first of them. A team listed beside the organisation ("A, B and
 * BharatGen, the consortium led by C") is its peer, not its team.
 */
function teamNear(sentences: string[], sink: FactSink, orgId: string, peers: Set<string>): string | undefined {
  const own = sink.get(orgId)!.sentences;
  for (const index of own.filter((i) => !/^\|/.test(sentences[i] ?? ''))) {
    const orgAt = sink.mentionsIn(index, ['Organization']).find((m) => m.id === orgId);
    for (const team of sink.mentionsIn(index, ['Consortium'])) {
      if (orgAt && LISTED_BESIDE.test(between(sentences[index], orgAt, team))) peers.add(team.id);
      else return team.id;
    }
  }
  const first = Math.min(...own);
  for (let index = first - 1; index >= Math.max(0, first - 3); index--) {
    const before = sink.mentionsIn(index, ['Consortium']).pop();
    if (before) return before.id;
  }
  return undefined;
}

/** Only names, commas and "and" between two mentions: they are items of one list. */
const LISTED_BESIDE = /^(?:,|,? and|,? or)\s[^.;:]*$|^[^.;:]*(?:, |,? and )$/;

function between(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
}

import { entityId } from '../../resolve/ids';
import type { FactSink } from '../factSink';
import { memberProbability, membershipModel } from './membershipModel';
import type { OrgFeatureRow } from './orgFeatures';

/**
 * Adds the memberships no phrasing reader found but the trained model is
 * confident of: an organisation whose sentences read like membership joins
 * the team named in the same sentence, else the one named in the three
 * sentences before, else the article's only team. With no team at all, two or
 * more such organisations form the team behind the article's project, when it
 * has one. Rule-found memberships are never removed.
 */
export function applyMembershipModel(sink: FactSink, rows: OrgFeatureRow[], project: string | undefined): void {
  const model = membershipModel();
  const members = new Set(sink.relationsOf('MEMBER_OF').map((r) => r.from));
  const likely = rows.filter((row) => !members.has(row.orgId) && memberProbability(model, row.features) >= model.threshold);
  const teams = sink.byLabel('Consortium');
  const unplaced: string[] = [];
  for (const row of likely) {
    const org = sink.get(row.orgId)!;
    const team = teamNear(sink, org.sentences) ?? (teams.length === 1 ? teams[0].id : undefined);
    if (team) sink.addRelation('MEMBER_OF', org.id, team, org.sentences.slice(0, 1));
    else unplaced.push(org.id);
  }
  if (!teams.length && project && unplaced.length >= 2) {
    const sentences = [...new Set(unplaced.flatMap((id) => sink.get(id)!.sentences.slice(0, 1)))];
    const id = sink.addEntity({ id: entityId('Consortium', `${project} consortium`), label: 'Consortium', name: `${project} consortium`, aliases: [project], props: {}, sentences });
    for (const orgId of unplaced) sink.addRelation('MEMBER_OF', orgId, id, sink.get(orgId)!.sentences.slice(0, 1));
  }
}

/** The team named in one of these sentences, else in the three before the first of them. */
function teamNear(sink: FactSink, sentences: number[]): string | undefined {
  for (const index of sentences) {
    const here = sink.mentionsIn(index, ['Consortium'])[0];
    if (here) return here.id;
  }
  const first = Math.min(...sentences);
  for (let index = first - 1; index >= Math.max(0, first - 3); index--) {
    const before = sink.mentionsIn(index, ['Consortium']).pop();
    if (before) return before.id;
  }
  return undefined;
}

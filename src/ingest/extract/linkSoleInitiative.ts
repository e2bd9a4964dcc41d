import type { FactSink } from './factSink';

/**
 * An article about one government programme that names consortia without a
 * sentence tying the two ("five teams were selected … The LG team includes …")
 * still means the teams are part of it. So when an article names exactly one
 * initiative that a government launched, each consortium without a PART_OF
 * gets one to it, with evidence the sentences naming the consortium and the
 * initiative. Two or more initiatives are ambiguous, and nothing is guessed.
 */
export function linkSoleInitiative(sink: FactSink): void {
  const launched = sink.byLabel('Initiative').filter((i) => sink.relationsOf('LAUNCHED', i.id).length > 0);
  if (launched.length !== 1) return;
  const initiative = launched[0];
  for (const consortium of sink.byLabel('Consortium')) {
    if (sink.relationsOf('PART_OF').some((r) => r.from === consortium.id)) continue;
    const evidence = [consortium.sentences[0], initiative.sentences[0]].filter((s) => s !== undefined);
    sink.addRelation('PART_OF', consortium.id, initiative.id, evidence);
  }
}

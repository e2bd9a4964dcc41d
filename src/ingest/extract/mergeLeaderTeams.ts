import type { FactSink } from './factSink';

/**
 * "A new project led by Dalhousie University … Building Bridges" and
 * "Dalhousie heads the project. Its partners are …": once short forms have
 * joined their full names, a team known only after its leader's short form
 * ("Dalhousie consortium") and the one named team that same organisation
 * leads are one team, under the name the text gives it. (Two named teams, or two leaders,
 * say nothing of which one is meant: they stay apart.)
 */
export function mergeLeaderTeams(sink: FactSink): void {
  const leadersOf = (teamId: string): string[] => sink.relationsOf('LEADS', teamId).map((relation) => relation.from);
  for (const team of sink.byLabel('Consortium')) {
    const leaders = leadersOf(team.id);
    if (leaders.length !== 1) continue;
    const leader = sink.get(leaders[0]);
    // (Named after a short form the leader's full name took in later: the readers saw two organisations, so two teams.
    // A team named after the full name was kept apart by them on purpose: "OIT also leads a consortium of five ports".)
    const namedAfterShortForm = !!leader && leader.aliases.some((form) => team.name === `${form} consortium`);
    if (!namedAfterShortForm) continue;
    const named = sink.byLabel('Consortium').filter((other) => other.id !== team.id && !other.name.endsWith(' consortium') && leadersOf(other.id).includes(leaders[0]));
    if (named.length === 1) sink.merge(team.id, named[0].id);
  }
}

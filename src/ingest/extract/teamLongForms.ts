import type { FactSink } from './factSink';
import { spelledOut } from './membershipModel/articleTeam';

/**
 * A team known by a short form ("TRAIN consortium", alias "TRAIN") also
 * answers to the long form the text spells out for it ("Trustworthy &
 * Responsible AI Network (TRAIN)"), so a reader who knows either finds it.
 */
export function addTeamLongForms(sentences: string[], sink: FactSink): void {
  for (const team of sink.byLabel('Consortium')) {
    const longForms = [team.name, ...team.aliases].flatMap((name) => spelledOut(name, sentences));
    if (longForms.length) sink.addEntity({ ...team, aliases: [...team.aliases, ...longForms] });
  }
}

import type { FactSink } from './factSink';

/**
 * Annotators and readers name a team either by its own name or "<Leader>
 * consortium", using whichever form of the leader's name they saw. Runs after
 * short forms merge, so "YTL AI Labs" leading a team that the article later
 * shows as "YTL AI Labs Sdn Bhd" leaves the team findable under both.
 */
export function addLeaderAliases(sink: FactSink): void {
  for (const consortium of sink.byLabel('Consortium')) {
    const leaders = sink.relationsOf('LEADS', consortium.id).map((relation) => sink.get(relation.from)).filter((org) => org !== undefined);
    // An unnamed team is "<first leader> consortium"; a named one answers to every leader.
    const derived = consortium.name.endsWith(' consortium');
    const forms = (derived ? leaders.slice(0, 1) : leaders).flatMap((org) => {
      const acronym = org.aliases.find((alias) => /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(alias));
      return [org.name, ...org.aliases, ...(acronym && !org.name.includes('(') ? [`${org.name} (${acronym})`] : [])];
    });
    const aliases = [...new Set(forms.map((form) => `${form} consortium`))].filter((alias) => alias !== consortium.name);
    if (aliases.length) sink.addEntity({ ...consortium, aliases, sentences: [] });
  }
}

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

/** The sides and the noun of a team named by its sides: "A–B partnership" → "A–B", "partnership". */
const PAIR_NAME = /^(.+?–.+?) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)$/u;

/**
 * A team named by its sides ("King Abdullah University of Science and
 * Technology–King Abdulaziz University partnership") answers to the short
 * forms the text gives them too ("KAUST–KAU partnership"), as readers write it.
 */
export function addPairAliases(sink: FactSink): void {
  for (const team of sink.byLabel('Consortium')) {
    const pair = PAIR_NAME.exec(team.name);
    if (!pair) continue;
    const members = sink.relationsOf('MEMBER_OF', team.id).map((relation) => sink.get(relation.from)).filter((org) => org !== undefined);
    const sides = pair[1].split('–').map((side) => members.find((org) => org.name === side || org.aliases.includes(side)));
    if (sides.some((side) => !side)) continue;
    const forms = sides.map((org) => [org!.name, ...org!.aliases]);
    // (Every side's every form, kept small: two or three sides with a few forms each.)
    const names = forms.reduce<string[]>((joined, own) => joined.flatMap((head) => own.map((form) => `${head}–${form}`)), ['']).map((joined) => `${joined.slice(1)} ${pair[2]}`);
    const aliases = names.filter((name) => name !== team.name && !team.aliases.includes(name)).slice(0, 24);
    if (aliases.length) sink.addEntity({ ...team, aliases, sentences: [] });
  }
}

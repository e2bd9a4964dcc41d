import type { ParsedArticle } from '../types';
import type { FactSink } from './factSink';

/** The possessor right before a name: "the Commission's " → "Commission". */
const POSSESSOR = /(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*)['’]s? (?:new |own )?$/u;

/**
 * "the Commission's AI Continent Action Plan": an initiative an agency owns in
 * the text was launched by that agency's government, not by the article's
 * main country. The possessor is matched to an agency by its full name, an
 * alias, or its head word ("Commission" for "European Commission").
 */
export function relinkLaunchedByOwner(article: ParsedArticle, sink: FactSink): void {
  const agencies = sink.byLabel('Agency');
  if (!agencies.length) return;
  for (const initiative of sink.byLabel('Initiative')) {
    const mention = initiative.sentences.flatMap((index) => sink.mentionsIn(index).filter((m) => m.id === initiative.id))[0];
    if (!mention) continue;
    const possessor = POSSESSOR.exec(article.sentences[mention.sentence].slice(0, mention.start))?.[1];
    if (!possessor) continue;
    const owner = agencies.find((a) => a.name === possessor || a.aliases.includes(possessor) || a.name.endsWith(` ${possessor}`));
    const government = owner && sink.relationsOf('PART_OF').find((r) => r.from === owner.id && r.to.startsWith('gov:'))?.to;
    if (!government) continue;
    for (const launched of sink.relationsOf('LAUNCHED', initiative.id)) sink.removeRelation('LAUNCHED', launched.from, initiative.id);
    sink.addRelation('LAUNCHED', government, initiative.id, [mention.sentence]);
  }
}

import type { ParsedArticle } from '../types';
import { entityId } from '../resolve/ids';
import { countryName } from '../resolve/countries';
import { ensureGovernment } from './emitNames';
import type { FactSink } from './factSink';
import type { GovernmentsResult } from './extractGovernments';

/** "a national AI programme", "Korea's sovereign AI foundation model project": a state programme the text does not name. */
const UNNAMED = /\b(?:a|an|the|its|\p{Lu}[\p{L}. ]{1,30}['’]s?) ((?:first |new )?(?:national|sovereign|state|government) (?:[\w-]+ ){0,4}?(?:programme|program|project|plan|strategy|mission|initiative))\b/gu;
/** Later references back to it. */
const BACK_REFERENCE = /\b(?:the|this) (?:programme|program|project|plan|mission|initiative)\b/gi;

/**
 * An article whose lede (title or first two sentences) is about a national
 * programme it never names still has that programme as its subject. When no
 * named initiative was found, adds one, named after the main government and
 * the lede's own phrase ("Israel national AI programme"), launched by that
 * government and mentioned where the phrase or "the programme" recurs — so
 * funding, consortia and focus areas can attach to it.
 */
export function addUnnamedInitiative(article: ParsedArticle, sink: FactSink, governments: GovernmentsResult): void {
  if (!governments.main || sink.byLabel('Initiative').length > 0) return;
  const lede = [article.title, ...article.sentences.slice(0, 2)];
  const phrase = lede.map((line) => [...line.matchAll(UNNAMED)][0]?.[1]).find(Boolean);
  if (!phrase) return;
  const name = `${countryName(governments.main)} ${phrase.replace(/^(?:first|new) /, '')}`;
  const id = entityId('Initiative', name);
  const mentions: Array<{ sentence: number; start: number; end: number }> = [];
  article.sentences.forEach((sentence, index) => {
    const at = sentence.indexOf(phrase);
    if (at >= 0) mentions.push({ sentence: index, start: at, end: at + phrase.length });
    else for (const match of sentence.matchAll(BACK_REFERENCE)) mentions.push({ sentence: index, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  });
  if (!mentions.length) return;
  sink.addEntity({ id, label: 'Initiative', name, aliases: [phrase], props: {}, sentences: [] });
  for (const mention of mentions) sink.addMention({ id, label: 'Initiative', ...mention });
  const first = [mentions[0].sentence];
  sink.addRelation('LAUNCHED', ensureGovernment(sink, governments.main, first), id, first);
}

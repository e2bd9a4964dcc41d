import type { EntityLabel } from '../../../graph/ontology';
import type { ParsedArticle } from '../../types';
import type { FactSink } from '../factSink';

const KIND_TOKEN: Record<EntityLabel, string> = { Organization: 'ORG', Consortium: 'TEAM', Initiative: 'TEAM', Government: 'GOV', Agency: 'GOV', Model: 'MODEL', Funding: 'MONEY', FocusArea: 'FOCUS' };

/**
 * The words on either side of each mention of an entity (up to four, by
 * distance) and the words of its sentences, with every other name replaced by
 * its kind, so "SELF and ORG have joined TEAM" reads the same in any article.
 * What the membership model learns from, beside its cue features (orgFeatures.ts).
 */
export function contextWords(article: ParsedArticle, sink: FactSink, entityId: string): string[] {
  const words = new Set<string>();
  for (const index of sink.get(entityId)!.sentences) {
    const sentence = article.sentences[index] ?? '';
    const mentions = sink.mentionsIn(index);
    const tokens: Array<{ word: string; own: boolean }> = [];
    let at = 0;
    const pushWords = (text: string): void => {
      for (const word of text.toLowerCase().match(/[a-z]+|[|:;()]/g) ?? []) tokens.push({ word, own: false });
    };
    for (const mention of mentions) {
      if (mention.start < at) continue;
      pushWords(sentence.slice(at, mention.start));
      const own = mention.id === entityId;
      tokens.push({ word: own ? 'SELF' : KIND_TOKEN[mention.label], own });
      at = mention.end;
    }
    pushWords(sentence.slice(at));
    tokens.forEach((token, i) => {
      if (!token.own) {
        words.add(`s:${token.word}`);
        return;
      }
      for (let d = 1; d <= 4; d++) {
        const left = tokens[i - d];
        const right = tokens[i + d];
        if (left) words.add(`l${d}:${left.word}`);
        if (right) words.add(`r${d}:${right.word}`);
        if (left) words.add(`l:${left.word}`);
        if (right) words.add(`r:${right.word}`);
      }
      if (tokens[i - 2] && tokens[i - 1]) words.add(`lb:${tokens[i - 2].word}_${tokens[i - 1].word}`);
      if (tokens[i + 1] && tokens[i + 2]) words.add(`rb:${tokens[i + 1].word}_${tokens[i + 2].word}`);
    });
  }
  return [...words].sort();
}

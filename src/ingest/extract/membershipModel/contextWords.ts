import type { EntityLabel } from '../../../graph/ontology';
import type { ParsedArticle } from '../../types';
import type { FactSink } from '../factSink';

const KIND_TOKEN: Record<EntityLabel, string> = { Organization: 'ORG', Consortium: 'TEAM', Initiative: 'TEAM', Government: 'GOV', Agency: 'GOV', Model: 'MODEL', Funding: 'MONEY', FocusArea: 'FOCUS' };

/** A sentence's words in order, each name replaced by its kind; `id` marks which entity a name token is. */
type Token = { word: string; id?: string };

/**
 * The words on either side of each mention of an entity (up to four, by
 * distance) and the words of its sentences, with every other name replaced by
 * its kind, so "SELF and ORG have joined TEAM" reads the same in any article.
 * What the membership model learns from, beside its cue features (orgFeatures.ts).
 * Each sentence is read into tokens once per article, however many entities it names.
 */
export function contextWordReader(article: ParsedArticle, sink: FactSink): (entityId: string) => string[] {
  const tokenized = new Map<number, Token[]>();
  const tokensOf = (index: number): Token[] => {
    const known = tokenized.get(index);
    if (known) return known;
    const sentence = article.sentences[index] ?? '';
    const tokens: Token[] = [];
    const pushWords = (text: string): void => {
      for (const word of text.toLowerCase().match(/[a-z]+|[|:;()]/g) ?? []) tokens.push({ word });
    };
    let at = 0;
    for (const mention of sink.mentionsIn(index)) {
      if (mention.start < at) continue;
      pushWords(sentence.slice(at, mention.start));
      tokens.push({ word: KIND_TOKEN[mention.label], id: mention.id });
      at = mention.end;
    }
    pushWords(sentence.slice(at));
    tokenized.set(index, tokens);
    return tokens;
  };
  return (entityId) => {
    const words = new Set<string>();
    for (const index of sink.get(entityId)!.sentences) {
      const tokens = tokensOf(index).map((token) => (token.id === entityId ? { word: 'SELF', own: true } : { word: token.word, own: false }));
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
  };
}

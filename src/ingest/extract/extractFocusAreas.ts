import type { EntityLabel, ParsedArticle } from '../types';
import { entityId } from '../resolve/ids';
import { loadSeed } from '../resolve/loadSeed';
import { escapeRegExp } from './extractGovernments';
import type { FactSink } from './factSink';

interface FocusFile {
  areas: Array<{ name: string; aliases: string[]; patterns?: string[] }>;
}

/** What a focus statement can be about, most specific first. */
const SUBJECTS: EntityLabel[] = ['Consortium', 'Initiative', 'Model', 'Organization'];

let compiled: Array<{ name: string; patterns: RegExp[] }> | undefined;

/** The taxonomy of seeds/focus-areas.json with each alias as a word-bounded pattern. */
function taxonomy(): Array<{ name: string; patterns: RegExp[] }> {
  compiled ??= loadSeed<FocusFile>('focus-areas.json').areas.map((area) => ({
    name: area.name,
    patterns: [
      ...area.aliases.map((alias) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'iu')),
      ...(area.patterns ?? []).map((pattern) => new RegExp(pattern, 'u')),
    ],
  }));
  return compiled;
}

/**
 * FocusArea entities for every taxonomy area a sentence names, and FOCUSES_ON
 * from what that sentence is about: a consortium referred to in it (also
 * through "the joint venture will focus on"), else an initiative, a model or
 * the first organisation named, else the article's main consortium or
 * initiative.
 */
export function extractFocusAreas(article: ParsedArticle, sink: FactSink): void {
  const fallback = sink.byLabel('Consortium')[0]?.id ?? sink.byLabel('Initiative')[0]?.id;
  article.sentences.forEach((sentence, index) => {
    for (const area of taxonomy()) {
      if (!area.patterns.some((pattern) => pattern.test(sentence))) continue;
      const id = sink.addEntity({ id: entityId('FocusArea', area.name), label: 'FocusArea', name: area.name, props: {}, sentences: [index] });
      const subject = subjectOf(sink, index) ?? fallback;
      if (subject) sink.addRelation('FOCUSES_ON', subject, id, [index]);
    }
  });
}

function subjectOf(sink: FactSink, sentence: number): string | undefined {
  for (const label of SUBJECTS) {
    const mention = sink.mentionsIn(sentence, [label])[0];
    if (mention) return mention.id;
  }
  return undefined;
}

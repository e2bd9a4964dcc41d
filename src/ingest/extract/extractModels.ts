import type { ParsedArticle } from '../types';
import { entityId } from '../resolve/ids';
import { classifyName } from './classifyName';
import { isCountryForm, isLanguageName } from '../resolve/countries';
import type { FactSink } from './factSink';
import { findNameSpans, isGenericName, readNameAt, type NameSpan } from './nameSpans';

/** Words between a model's name and "model" that describe it: "EXAONE large language model". */
const MODEL_NOUN = /^ (?:(?:open-source|open-weight|open|multilingual|multimodal|reasoning|frontier|sovereign|foundation|large|small|language|AI|LLM|generative|base|flagship|[A-Z][a-z]+-language) )*(?:model|models|model family|family of (?:[\w-]+ ){0,4}models|family|LLM|LLMs|chatbot|assistant)\b/;
/** Cues before a name that make it a model: "model called X", "released X, a … model". */
const BEFORE = /\b(?:model|LLM|chatbot|assistant)s? (?:called|named|dubbed|known as|branded) $/;
// "Atlas AI, a model lab": a model word that qualifies an organisation noun names the organisation.
const APPOSITIVE = /^, (?:a|an|the|its) (?:(?!behind|of|for|by|from|with|that|which|startup|company|firm|lab|developer|maker|project|programme|plan)[\w-]+ ){0,6}(?:model|LLM|chatbot|assistant)\b(?! (?:lab|labs|developer|developers|maker|makers|company|startup|start-up|firm|builder|builders)\b)/;

/**
 * Named AI models ("the EXAONE model", "its A.X model", "a model called X",
 * "released Falcon Arabic, a large language model") and DEVELOPS from their
 * developer: the possessor ("LG's EXAONE"), "developed by X", or the first
 * organisation or consortium named earlier in the sentence.
 */
export function extractModels(article: ParsedArticle, sink: FactSink): void {
  for (const { sentence, span } of findModelSpans(article)) addModel(sink, article.sentences[sentence], sentence, span);
}

/** Where the article names a model, found from the words around the name. */
export function findModelSpans(article: ParsedArticle): Array<{ sentence: number; span: NameSpan }> {
  const found: Array<{ sentence: number; span: NameSpan }> = [];
  article.sentences.forEach((sentence, index) => {
    for (const span of findNameSpans(sentence)) {
      const after = sentence.slice(span.end);
      if (MODEL_NOUN.test(after) || APPOSITIVE.test(after) || BEFORE.test(sentence.slice(0, span.start))) found.push({ sentence: index, span });
    }
    for (const match of sentence.matchAll(/\b(?:called|named|dubbed) /g)) {
      const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
      if (span && BEFORE.test(sentence.slice(0, span.start))) found.push({ sentence: index, span });
    }
  });
  return found;
}

function addModel(sink: FactSink, sentence: string, index: number, span: NameSpan): void {
  const name = span.text.replace(/^(?:The|Its|A|An) /, '');
  if (!name || isGenericName(name) || isCountryForm(name) || isLanguageName(name) || isCountryForm(name.split(/[ -]/)[0])) return;
  const existing = sink.mentionsIn(index).find((m) => m.start <= span.start && m.end >= span.end);
  if (existing && existing.label !== 'Model') return;
  if (classifyName(name) !== 'Organization') return;
  const id = sink.addEntity({ id: entityId('Model', name), label: 'Model', name, props: {}, sentences: [index] });
  sink.addMention({ id, label: 'Model', sentence: index, start: span.start, end: span.end });
  const developer = developerOf(sink, sentence, index, span);
  if (developer) sink.addRelation('DEVELOPS', developer, id, [index]);
}

/** "developed by X" after the model, else the nearest organisation or consortium before it. */
function developerOf(sink: FactSink, sentence: string, index: number, span: NameSpan): string | undefined {
  const actors = sink.mentionsIn(index, ['Organization', 'Consortium']);
  const by = /\b(?:developed|built|created|trained|released|made) by /.exec(sentence.slice(span.end));
  if (by) {
    const at = span.end + by.index + by[0].length;
    const after = actors.find((m) => m.start === at);
    if (after) return after.id;
  }
  const before = actors.filter((m) => m.end <= span.start);
  // A team named earlier in the sentence trains the model, not one of its members.
  return (before.find((m) => m.label === 'Consortium') ?? before[before.length - 1])?.id;
}

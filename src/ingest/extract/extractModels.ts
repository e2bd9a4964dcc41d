import type { ParsedArticle } from '../types';
import { entityId } from '../resolve/ids';
import { isKnownOrganization } from '../resolve/resolveNames';
import { classifyName } from './classifyName';
import { isCountryForm, isLanguageName } from '../resolve/countries';
import type { FactSink } from './factSink';
import { findNameSpans, isGenericName, readNameAt, type NameSpan } from './nameSpans';

/** Words between a model's name and "model" that describe it: "EXAONE large language model". */
const MODEL_NOUN = /^ (?:(?:open-source|open-weight|open|multilingual|multimodal|reasoning|frontier|sovereign|foundation|large|small|language|AI|LLM|generative|base|flagship|[A-Z][a-z]+-language) )*(?:model|models|model family|family of (?:[\w-]+ ){0,4}models|family|LLM|LLMs|chatbot|assistant)\b/;
/** Cues before a name that make it a model: "model called X", "released X, a … model". */
const BEFORE = /\b(?:model|LLM|chatbot|assistant)s? (?:called|named|dubbed|known as|branded) $/;
// "Atlas AI, a model lab": a model word that qualifies an organisation noun names the organisation.
// ("According to Orvane, the model will be released": a verb after it makes "the model" a clause's subject, not an appositive.)
const APPOSITIVE = /^, (?:a|an|the|its) (?:(?!behind|of|for|by|from|with|that|which|who|startup|startups|start-up|start-ups|company|firm|lab|developer|maker|project|programme|plan|training|building|developing|fine-tuning)[\w-]+ ){0,6}(?:model|LLM|chatbot|assistant)\b(?! (?:lab|labs|developer|developers|maker|makers|company|startup|start-up|firm|builder|builders)\b)(?! (?:will|would|is|was|has|had|can|could|may|might|should|must|are|were|remains|needs|uses)\b)/;

/** "N-X, the National Atlas for Languages, an open model": a capitalised expansion between a name and its appositive. */
const EXPANSION = /^, the (?:\p{Lu}[\p{L}\p{N}-]*|for|of|and|at|in|on|the)(?: (?:\p{Lu}[\p{L}\p{N}-]*|for|of|and|at|in|on|the))*(?=, )/u;
/** Capitalised words joined by a small word right before a name: the name continues a title. */
const TITLE_TAIL = /\p{Lu}[\p{L}\p{N}-]* (?:at|for|of|in|on) $/u;
/** Words that make a language name a variety of it ("European Portuguese"), not a model. */
const VARIETY = /^(?:European|Brazilian|Latin American|American|British|Canadian|Swiss|Modern|Standard|Classical|Old|Middle|Southern|Northern|Eastern|Western|Central|Gulf|Levantine|Egyptian|Nigerian|Indian|Simplified|Traditional) /;

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
    const spans = findNameSpans(sentence);
    spans.forEach((span, at) => {
      const after = sentence.slice(span.end);
      // "… Languages and AI at Scale, an open-source model": a word inside a longer title is no name of its own.
      if (TITLE_TAIL.test(sentence.slice(0, span.start))) return;
      // ("run the OpenAI models": a company the gazetteer knows owns the models, it is none.)
      if (isKnownOrganization(span.text)) return;
      const expansion = EXPANSION.exec(after);
      const appositive = APPOSITIVE.test(after) || (expansion !== null && APPOSITIVE.test(after.slice(expansion[0].length)));
      if (!MODEL_NOUN.test(after) && !appositive && !BEFORE.test(sentence.slice(0, span.start))) return;
      found.push({ sentence: index, span });
      // "the Falcon and Jais models": every name coordinated before a plural model noun is a model.
      if (!/^ (?:[\w-]+ )*models\b/.test(after)) return;
      for (let j = at - 1; j >= 0 && /^(?:,| and|, and) $/.test(sentence.slice(spans[j].end, spans[j + 1].start)); j--) found.push({ sentence: index, span: spans[j] });
    });
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
  if (VARIETY.test(name) && isLanguageName(name.slice(name.lastIndexOf(' ') + 1))) return;
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

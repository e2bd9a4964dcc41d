import type { NameSpan } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';

/**
 * Names the sentence shows to be products, programmes or job titles, so no
 * list cue makes them partners: "together with its NVLink, Quantum InfiniBand
 * and Spectrum-X networking" (an owner's products), "Instinct MI355X
 * accelerators" (a product line before a model number), "its OpenAI Academy
 * training programme" (an owner's programme), "Director of Research Computing
 * Services" (a person's title).
 */
const PRODUCT_NOUN = '(?:networking|systems?|chips?|GPUs?|CPUs?|processors?|accelerators?|superchips?|servers?|switches|software|hardware|platforms?|products?|stack|interconnects?|racks?)';
/** "its A, B and C networking": the list after a possessive ends in a product noun. */
const OWNED_PRODUCTS = new RegExp(`\\b(?:its|their) ((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*)*(?:, | and |, and ))*[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*)*) ${PRODUCT_NOUN}\\b`, 'gu');
const MODEL_NUMBER_AFTER = new RegExp(`^ (?:\\p{Lu}{1,4}\\d+[\\p{Lu}\\d]*|\\d{2,}[\\p{Lu}]*)(?: [\\p{Lu}\\d]+)? ${PRODUCT_NOUN}\\b`, 'u');
const MODEL_NUMBER_LAST = /^\p{Lu}[\p{L}-]+ (?:\p{Lu}{1,4}\d+[\p{Lu}\d]*)$/u;
const OWNED_PROGRAMME = /^ (?:[\p{Ll}-]+ )?(?:programme|program|scheme|course|curriculum|academy|initiative)\b/u;
const TITLE_OF = /^(?:Director|Head|Chair|Dean|President|Professor|Chief Executive|Vice[- ]Chancellor) of /;

export function markProducts(sentence: string, spans: readonly NameSpan[], registry: OrgRegistry): void {
  for (const match of sentence.matchAll(OWNED_PRODUCTS)) {
    for (const name of match[1].split(/, and |, | and /)) registry.addNonActor(name);
  }
  for (const span of spans) {
    const after = sentence.slice(span.end);
    if (MODEL_NUMBER_AFTER.test(after) && !span.text.includes(' ')) registry.addNonActor(span.text);
    // "Instinct MI355X accelerators": the span itself closes with the model number.
    if (MODEL_NUMBER_LAST.test(span.text) && new RegExp(`^ ${PRODUCT_NOUN}\\b`).test(after)) registry.refuse(span.text);
    if (OWNED_PROGRAMME.test(after) && /\b(?:its|their|the company['’]s) $/.test(sentence.slice(Math.max(0, span.start - 20), span.start))) registry.refuse(span.text);
    if (TITLE_OF.test(span.text)) registry.refuse(span.text);
    // "the MindSpore deep learning framework", "a Wolfram benchmark": a name a thing's noun follows is that thing's.
    if (THING_AFTER.test(after) && /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?) $/.test(sentence.slice(0, span.start))) registry.addNonActor(span.text);
  }
  // "knowledge tests such as MMLU and EXAMS": the items of a list of things.
  for (const match of sentence.matchAll(THINGS_SUCH_AS)) for (const name of match[1].split(/, and |, | and | or /)) registry.addNonActor(name);
}

/** Nouns of things, never of actors: what a name before them names ("the X framework"). */
const THING_NOUN = '(?:frameworks?|protocols?|benchmarks?|standards?|librar(?:y|ies)|toolkits?|apps?|datasets?|formats?|specifications?|chatbots?|leaderboards?|tests?|exams?|drones?|vessels?|ships?|operating systems?|browsers?|packages|memor(?:y|ies)|transistors|accelerators|processors|GPUs)';
const THING_AFTER = new RegExp(`^(?: [\\p{Ll}-]+){0,3} ${THING_NOUN}\\b`, 'u');
const THINGS_SUCH_AS = new RegExp(`\\b${THING_NOUN},? (?:such as|like|including) ((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*)*(?:, | and |, and | or ))*[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*)*)`, 'gu');

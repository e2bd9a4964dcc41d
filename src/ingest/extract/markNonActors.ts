import { classifyName } from './classifyName';
import { PERSON_NOUNS, ROLE_NOUNS, THING_NOUNS } from './lexicon';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';

/**
 * Marks names the sentence shows to be places, people or things, so that no
 * other cue makes them organisations: "a Brno startup", "Brussels-based",
 * "the state government of Jalisco", "data centre in Petrópolis" (places);
 * "said Aliya Nurpeisova", "computational linguist Jan Hajič", "X, a former
 * engineer at …" (people); "Alps, the GH200-based supercomputer" (things).
 */
export function markNonActors(sentence: string, registry: OrgRegistry): void {
  for (const match of sentence.matchAll(PLACE_BEFORE_ROLE)) registry.addNonActor(match[1]);
  for (const match of sentence.matchAll(PLACE_BASED)) registry.addNonActor(match[1]);
  for (const match of sentence.matchAll(PLACE_AFTER)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && !classifyName(span.text)?.match(/Agency|Consortium/)) registry.addNonActor(span.text);
  }
  const spans = findNameSpans(sentence);
  for (const span of spans) {
    const before = sentence.slice(Math.max(0, span.start - 40), span.start);
    const after = sentence.slice(span.end);
    if (isPerson(span, before, after)) registry.addPerson(span.text);
    if (VENUE.test(span.text)) registry.addVenue(span.text);
    const appositive = /^,? (?:a|an|the) ([^,.;()]{0,60}?)(?=[,.;)]|$| that| which| in| at| operated| run| built)/.exec(after);
    if (appositive && THING_NOUNS.test(appositive[1]) && !ROLE_ANY.test(appositive[1])) registry.addNonActor(span.text);
  }
  // "Designing an accelerator is the easy part": a gerund opening the sentence.
  const gerund = /^["“]?(\p{Lu}\p{Ll}{3,}ing) \p{Ll}/u.exec(sentence);
  if (gerund) registry.addNonActor(gerund[1]);
}

/** Names of places events happen in: a "Convention Centre" hosts a launch, it does not act in one. */
const VENUE = /\b(?:Convention|Conference|Exhibition|Congress|Exposition) (?:Centre|Center|Hall)\b|\b(?:Hotel|Stadium|Arena|Expo)$/;
/** "Jane Roe, director general of …": a bare title after the comma says the name is a person's. */
const TITLE_APPOSITIVE = /^, (?:the )?(?:former |deputy |acting |vice |assistant )?(?:director(?: general)?|director-general|chief executive|chief (?:technology|scientific|operating) officer|minister|secretary(?: general)?|head|chair(?:man|woman|person)?|president|professor|founder|co-founder|CEO|CTO|spokes(?:man|woman|person))\b/;

const ROLE_ANY = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})\\b`);
/** Role nouns a place word describes ("a Cairo early-stage investor"); ownership roles ("a Tata company", "a Google unit") are left out. */
const PLACE_ROLES = '(?:startup|start-up|firm|NGO|operator|carrier|provider|investor|lender|bank|lab|laboratory|university|developer|maker|software house|consultancy|telco|utility|cooperative|incubator|retailer|manufacturer)';
const PLACE_BEFORE_ROLE = new RegExp(`\\b(?:a|an|the) (\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?) (?:[\\p{Ll}-]+ ){0,2}${PLACE_ROLES}\\b`, 'gu');
const PLACE_BASED = /(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)-based\b/gu;
/** Phrases that end in a place name: "the state government of Jalisco", "a data centre in Zapopan", "based in Cork". */
const PLACE_AFTER = /(?:\b(?:state|regional|provincial|municipal|city|local) government of|(?:city|state|province|region|municipality) of|based in|headquartered in|(?:data cent(?:re|er)|site|campus|facility|plant|cluster|office|offices|hub) (?:in|near|outside)|(?:\([\p{Lu}\p{N}]+\)|\b[\p{Ll}]+) in(?= (?:the )?\p{Lu}[\p{L}]+(?:,| which| where)))(?: the)? /gu;

/** A person by the words around the name: a verb of saying, an occupation, an appositive about a person. */
function isPerson(span: NameSpan, before: string, after: string): boolean {
  const words = span.text.split(' ');
  if (words.length < 2 || words.length > 4 || classifyName(span.text) !== 'Organization') return false;
  if (PERSON_NOUNS.test(before.trimEnd().split(/\s+/).slice(-2).join(' '))) return plainWords(words);
  if (TITLE_APPOSITIVE.test(after)) return plainWords(words);
  const appositive = /^, (?:a|an|the) ((?:[\p{Ll}-]+ ){1,3})(?:at|of|with|for|in)\b/u.exec(after);
  return !!appositive && PERSON_NOUNS.test(appositive[1].trim());
}

/** Plain capitalised words with no organisation cue of their own ("Daniyar Seitkali", not "Gulf Horizon Partners"). */
function plainWords(words: string[]): boolean {
  return words.every((word) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) && !/\b(?:AI|Labs?|Cloud|Group|Research|Ventures|Capital|Partners|Institute|University|Technologies|Systems)\b/.test(words.join(' '));
}

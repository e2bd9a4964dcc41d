import { isCountryForm } from '../resolve/countries';
import { isPlaceName } from '../resolve/places';
import { classifyName, isHeadedName, looksLikePerson } from './classifyName';
import { ORG_HEADS, PERSON_NOUNS, ROLE_NOUNS, THING_NOUNS } from './lexicon';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';
import { markProducts } from './markProducts';

/**
 * Marks names the sentence shows to be places, people or things, so that no
 * other cue makes them organisations: "a Brno startup", "Brussels-based",
 * "the state government of Jalisco", "data centre in Petrópolis" (places);
 * "said Aliya Nurpeisova", "computational linguist Jan Hajič", "X, a former
 * engineer at …" (people); "Alps, the GH200-based supercomputer" (things).
 */
export function markNonActors(sentence: string, registry: OrgRegistry): void {
  for (const match of sentence.matchAll(PLACE_BEFORE_ROLE)) if (match[1] !== 'the' || isPlaceName(match[2])) registry.addNonActor(match[2]);
  for (const match of sentence.matchAll(PLACE_BASED)) registry.addNonActor(match[1]);
  for (const match of sentence.matchAll(PLACE_AFTER)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span && !classifyName(span.text)?.match(/Agency|Consortium/)) registry.addNonActor(span.text);
  }
  const spans = findNameSpans(sentence);
  let person: NameSpan | undefined;
  for (const span of spans) {
    const before = sentence.slice(Math.max(0, span.start - 40), span.start);
    const after = sentence.slice(span.end);
    // ("former researchers David Ha and Llion Jones": the next name of a list of people is a person's too.)
    const listed = person && /^(?:,| and|, and) $/.test(sentence.slice(person.end, span.start)) && isPlainName(span.text) && looksLikePerson(span.text, ORG_HEADS);
    person = isPerson(span, before, after) || listed ? span : undefined;
    if (person) registry.addPerson(span.text);
    if (VENUE.test(span.text)) registry.addVenue(span.text);
    // "Gefion, Denmark's first national AI supercomputer": a possessive determiner works like "the".
    const appositive = /^,? (?:a|an|the|\p{Lu}[\p{L}]+['’]s) ([^,.;()]{0,60}?)(?=[,.;)]|$| that| which| in| at| operated| run| built)/u.exec(after);
    // ("a 10-megawatt data centre" is a thing although "centre" alone can be a role.)
    if (appositive && THING_NOUNS.test(appositive[1]) && !ROLE_ANY.test(appositive[1].replace(/\bdata cent(?:re|er)\b/, ''))) registry.addNonActor(span.text);
  }
  markProducts(sentence, spans, registry);
  // "Media contacts: KVDA Communications": the press office of the organisation issuing the release.
  const contact = /\b(?:[Mm]edia|[Pp]ress|[Ii]nvestor) (?:contacts?|enquiries|inquiries)\W{0,4}(?:\*+\s*)?(\p{Lu}[\p{L}\p{N}&. -]*?)(?=,|\s*$|\s+(?:at|on|via)\b)/u.exec(sentence);
  if (contact) registry.refuse(contact[1].trim());
  // "Awarri, a Lagos AI start-up": "AI" describes the start-up, so "<Place> AI" is no name.
  for (const match of sentence.matchAll(/\b(?:a|an) (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)? AI) (?:start-?up|company|firm|developer|lab|venture)\b/gu)) registry.refuse(match[1]);
  // "a Chilean Supercomputing Centre will operate": a demonym after "a" describes a body that has no name yet.
  for (const span of spans) {
    const first = span.text.split(' ')[0];
    if (span.text.includes(' ') && /\b(?:a|an)\s$/.test(sentence.slice(Math.max(0, span.start - 4), span.start)) && isCountryForm(first) && !/^\p{Lu}+$/u.test(first)) registry.refuse(span.text);
  }
  // "rival ChatGPT from U.S. company OpenAI", "Qwen3-8B from Alibaba": a product-shaped name (inner capital or digit) made by the organisation after "from".
  for (const span of spans) {
    const maker = /^ from (?:(?:the )?(?:[\p{L}.-]+ ){0,3})?(\p{Lu}[\p{L}\p{N}]+)/u.exec(sentence.slice(span.end));
    if (maker && PRODUCT_SHAPE.test(span.text) && !span.text.includes(' ') && !isCountryForm(maker[1])) registry.addNonActor(span.text);
  }
  // "LatamGPT", "BgGPT": one word closed by "GPT" or "LLM" names a model.
  for (const span of spans) if (/^[\p{L}\p{N}]+(?:GPT|LLM)$/u.test(span.text) && /\p{Ll}/u.test(span.text)) registry.addNonActor(span.text);
  // "worth QR9 billion": a currency code glued to an amount is money.
  for (const match of sentence.matchAll(/\b(\p{Lu}{1,3}\p{N}+(?:[.,]\p{N}+)?) (?:billion|million|trillion|bn|mn|crore|lakh)\b/gu)) registry.addNonActor(match[1]);
  // "In Trondheim, NorwAI …": a place setting the scene; "the LUMI supercomputer": a machine.
  const scene = /^In (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?), /u.exec(sentence);
  if (scene && !classifyName(scene[1])?.match(/Agency|Consortium|Initiative/)) registry.addNonActor(scene[1]);
  for (const match of sentence.matchAll(/\bthe (\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)?) (?:supercomputer|supercomputers|exascale system)\b/gu)) registry.addNonActor(match[1]);
}

/** "ChatGPT", "Qwen3-8B", "LLaMA": a lowercase letter followed by a capital, or a digit, inside one word. */
const PRODUCT_SHAPE = /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u;

/** Names of places events happen in: a "Convention Centre" hosts a launch, it does not act in one. */
const VENUE = /\b(?:Convention|Conference|Exhibition|Congress|Exposition) (?:Centre|Center|Hall)\b|\b(?:Hotel|Stadium|Arena|Expo)$/;
/** "Jane Roe, director general of …": a bare title after the comma says the name is a person's. */
// ("Jane Roe, the company's co-founder and chief executive": an owner's possessive before the title too.)
const TITLE_APPOSITIVE = /^, (?:the |its |their |(?:the )?[\p{L}-]+['’]s? )?(?:former |deputy |acting |vice |assistant )?(?:director(?: general)?|director-general|chief executive|chief (?:technology|scientific|operating) officer|chief (?:[\p{L}-]+ ){1,2}(?:officer|scientist|economist|strategist)|minister|secretary(?: general)?|head|chair(?:man|woman|person)?|president|professor|founder|co-founder|CEO|CTO|spokes(?:man|woman|person))\b/u;

const ROLE_ANY = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})\\b`);
/**
 * Role nouns a place word describes ("a Cairo early-stage investor"); ownership roles ("a Tata company", "a Google
 * unit") are left out. After "the" the name is as often the owner ("the Microsoft lab"): only a place the seeds know
 * is taken there ("the San Francisco start-up").
 */
const PLACE_ROLES = '(?:startup|start-up|firm|NGO|operator|carrier|provider|investor|lender|bank|lab|laboratory|university|developer|maker|software house|consultancy|telco|utility|cooperative|incubator|retailer|manufacturer)';
const PLACE_BEFORE_ROLE = new RegExp(`\\b(a|an|the) (\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?) (?:[\\p{Ll}-]+ ){0,2}${PLACE_ROLES}\\b`, 'gu');
// ("a Zentra-based system" names the maker of the parts, not a place.)
const PLACE_BASED = /(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)-based\b(?! (?:system|systems|supercomputer|supercomputers|cluster|clusters|machine|machines|servers?|chips?|hardware|nodes?|platform)\b)/gu;
/**
 * Phrases that end in a place name: "the state government of Jalisco", "a data centre in Zapopan", "based in Cork".
 * ("brought in Kelvo, Tamsin and …", "roped in", "chipped in": a verb's particle, not a place.)
 */
const PLACE_AFTER = /(?:\b(?:state|regional|provincial|municipal|city|local) government of|\b(?:University|Institute|College|Academy|Centre|Center) in(?= \p{Lu}[\p{L}]+,)|(?:city|town|village|state|province|prefecture|county|district|region|municipality|island) of|based in|headquartered in|(?:data cent(?:re|er)|site|campus|facility|plant|cluster|office|offices|hub) (?:in|near|outside)|(?:\([\p{Lu}\p{N}]+\)|\b(?!(?:invest|invests|invested|investing|investment|investments|investor|investors|shareholder|shareholders|stake|stakes|shares|interest|thousand|million|billion|trillion|bn|crore|brought|bring|brings|bringing|roped|rope|ropes|roping|pitched|chipped|weighed|chimed)\b)[\p{Ll}]+) in(?= (?:the )?\p{Lu}[\p{L}]+(?:,| which| where)))(?: the)? /gu;

/** A person by the words around the name: a verb of saying, an occupation, an appositive about a person. */
function isPerson(span: NameSpan, before: string, after: string): boolean {
  if (!isPlainName(span.text)) return false;
  if (PERSON_NOUNS.test(before.trimEnd().split(/\s+/).slice(-2).join(' ')) || PERSON_BEFORE.test(before)) return true;
  // "headed by Jane Roe of Kesh Labs": a plain name of an organisation whose own words say what it is.
  const of = /^ of (?:the )?/.exec(after);
  const employer = of && readNameAt(after, of[0].length);
  if (employer && classifyName(employer.text) === 'Organization' && !isCountryForm(employer.text) && isHeadedName(employer.text) && looksLikePerson(span.text, ORG_HEADS)) return true;
  // ("Jane Roe, who argued …"; but "engineers at Kesh Labs, who built …" are the people at it.)
  if (TITLE_APPOSITIVE.test(after) || (/^, who\b/.test(after) && !/\b(?:at|from|of|with|for|in) (?:the )?(?:[\p{Ll}-]+ ){0,2}$/u.test(before))) return true;
  // ("Jane Roe, a medical-device industry veteran who joined …", "Jane Roe, the UvA law professor who …": the noun before the clause says it.)
  const appositive = /^, (?:a|an|the) ((?:[\p{Ll}-]+ |\p{Lu}[\p{L}-]* ){0,3}[\p{Ll}-]+ )(?:at|of|with|for|in|who|whose|behind)\b/u.exec(after);
  return !!appositive && PERSON_NOUNS.test(appositive[1].trim());
}

/** Words before a name that only a person takes: "the director of CIIRC, Jane Roe", "Director of the institute Jane Roe", "The chairman is Jane Roe". */
const PERSON_BEFORE = /(?:\b(?:[Dd]irector|[Cc]hair(?:man|woman)?|[Pp]resident|[Hh]ead|[Ff]ounder) of (?:(?:the )?\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}, |the [\p{Ll}-]+ )|\b(?:chair(?:man|woman)?|president|chief executive|CEO|director) (?:is|was) )$/u;

/** Two to four plain capitalised words that no reader classed as anything but a possible organisation. */
function isPlainName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && classifyName(name) === 'Organization' && plainWords(words);
}

/** Plain capitalised words with no organisation cue of their own ("Daniyar Seitkali", not "Gulf Horizon Partners"). */
function plainWords(words: string[]): boolean {
  // ("Peter Schneider-Kamp": a double surname keeps its second capital.)
  return words.every((word) => /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u.test(word)) && !/\b(?:AI|Labs?|Cloud|Group|Research|Ventures|Capital|Partners|Institute|University|Technologies|Systems)\b/.test(words.join(' '));
}

/** "BANGKOK — Five universities …", "GARCHING, Germany —": a capitalised place opening a story's first lines, before its dash. */
const CAPS_DATELINE = /^[\s*_]*(\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*)(?:,[^—–]{0,40})?\s+[—–-]\s/u;

/** Marks the place of a dateline, so no cue makes it an organisation (only where a story opens). */
export function markDateline(sentence: string, registry: OrgRegistry): void {
  const match = CAPS_DATELINE.exec(sentence);
  if (match) registry.addNonActor(match[1]);
}

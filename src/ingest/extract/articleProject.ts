import type { ParsedArticle } from '../types';
import { countryOf, isCountryForm, isLanguageName } from '../resolve/countries';
import { classifyName, isTeamOrProjectName, looksLikePerson } from './classifyName';
import { findModelSpans } from './extractModels';
import { FUNDING_PROGRAMME_LAST, INNER_ORG_HEADS, ORG_HEADS } from './lexicon';
import { findNameSpans, type NameSpan } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';

/**
 * The project an article is about ("AMALIA", "BharatGen", "Stargate UAE"),
 * when it has one: a model, programme or project named in the headline or the
 * opening sentences and again later. Articles about a joint project often
 * speak of its team only as "the project", "the initiative" or "the
 * partnership"; those references, and a sole team named after its leader,
 * are known by this name too.
 */
export function findArticleProject(article: ParsedArticle, registry: OrgRegistry): string | undefined {
  // "Malaysia's ILMU, Thailand's ThaiLLM, Singapore's push": a roundup is about several projects, none of them the article's.
  // (Countries, not words: "Portugal's model for European Portuguese" names one country and the EU.)
  const countries = new Set((article.title ?? '').split(/[^\p{L}]+/u).map((word) => (word.length > 2 ? countryOf(word) : undefined)).filter((code) => code && code !== 'EU'));
  if (countries.size >= 2) return undefined;
  const texts = [article.title ?? '', ...article.sentences];
  // "The project that set out to do this is called Open X-Embodiment": the text names its project outright, once is enough.
  const called = new Set(article.sentences.flatMap((sentence) => {
    const match = CALLED.exec(sentence);
    if (!match) return [];
    const at = match.index + match[0].length;
    // 'The document is called the "Tech Accord to Combat Deceptive Use of AI"': quotes hold the whole name, small words too.
    const quoted = /^([\p{Lu}\p{N}][^"”]{2,100})["”]/u.exec(sentence.slice(at));
    if (quoted && /["“]$/.test(match[0]) && quoted[1].split(' ').length <= 14) return [quoted[1].trim()];
    // ("the centre, called Learning the Earth with Artificial Intelligence and Physics, or LEAP": the short form it goes by.)
    const shortForm = /^[^,.;()]{3,100}?,? (?:or|also known as|known as) ["“]?(\p{Lu}[\p{Lu}\p{N}-]{1,15})["”]?(?=[,.;)]|$)/u.exec(sentence.slice(at));
    if (shortForm && isProjectName(shortForm[1], new Set([shortForm[1]]), registry)) return [shortForm[1]];
    const span = findNameSpans(sentence).find((span) => span.start === at);
    // ("The body, called the X Institute": a body the text introduces as such may bear an institution's name.)
    const body = /\b(?:body|institute|network|consortium|alliance|coalition)\b/.test(match[0]) && span && isBodyName(span.text);
    return span && (body || isProjectName(span.text, new Set([span.text]), registry)) ? [span.text] : [];
  }));
  if (called.size === 1) return [...called][0];
  // A name is a project's when any sentence says so ("The BharatGen initiative …"), wherever the article first names it.
  const projects = new Set(findModelSpans(article).map((m) => m.span.text));
  const mentions = new Map<string, number>();
  for (const text of texts) {
    for (const span of findNameSpans(text)) {
      mentions.set(span.text, (mentions.get(span.text) ?? 0) + 1);
      // ("As the organizations learn from the initiative, OpenAI will explore …": after the comma a new clause's subject, no appositive.)
      const subjectOfClause = /,\s$/.test(text.slice(0, span.start)) && CLAUSE_VERB_AFTER.test(text.slice(span.end));
      if (PROJECT_AFTER.test(text.slice(span.end)) || (PROJECT_BEFORE.test(text.slice(0, span.start)) && !subjectOfClause)) projects.add(span.text);
    }
  }
  // (A headline may quote the name: "to build 'Stargate UAE' cluster".)
  const inTitle = (name: string): number => (article.title?.includes(name) && !findNameSpans(article.title).some((span) => span.text === name) ? 1 : 0);
  for (const text of texts.slice(0, 5)) {
    for (const span of findNameSpans(text)) {
      if ((mentions.get(span.text) ?? 0) + inTitle(span.text) >= 2 && isProjectName(span.text, projects, registry)) return span.text;
    }
  }
  // "… the long road to Latam-GPT": a headline name the body keeps returning to, when nothing says it is a company.
  // ("Inside Munich's 'Industrial AI Cloud'": a possessive names where or whose, not what.)
  // ("AION Labs opens in Rehovot": where something opens or sits is a place, not a project; "Who does what in HPLT" is not.)
  const placed = (span: NameSpan): boolean => /\b(?:opens?|opened|opening|launch(?:es|ed)?|based|held|located|headquartered|arrives?|lands?|sited) (?:in|at|near)\s$/.test((article.title ?? '').slice(0, span.start));
  for (const span of findNameSpans(article.title ?? '').filter((span) => !span.possessive && !placed(span)).map(withoutHeadlineWord)) {
    // ("Latam-GPT", "N-ATLAS": a coined, hyphenated or numbered name is a product's or project's, so two mentions do.)
    const coined = /^\p{L}/u.test(span.text) && /[-\d]|\p{Ll}\p{Lu}/u.test(span.text);
    // A plain word in a headline may be a company's short name ("Telekom and Nvidia bet …", from "Deutsche Telekom").
    if (registry.hasLongerForm(span.text) || registry.hasWordIn(span.text)) continue;
    if ((mentions.get(span.text) ?? 0) >= (coined ? 2 : 4) && isProjectName(span.text, new Set([...projects, span.text]), registry) && !registry.hasStrong(span.text)) return span.text;
  }
  return undefined;
}

/** Words after a name that make it a project's ("AMALIA, an open large language model", "the Latam-GPT project"). */
// (A verb after the noun makes it a new clause's subject: "Besides X, the consortium includes …".)
const PROJECT_AFTER = /^(?:,? (?:an?|the|its|their|\p{Lu}[\p{L}]+['’]s) (?:[\p{L}\d-]+ ){0,5}(?:model|models|LLM|project|initiative|programme|program|platform|cluster|partnership|alliance|consortium|collaborative|collaboration|coalition)\b(?! (?:includes|include|comprises|is|was|has|have|will|said|says|counts|brings|consists|are|were)\b)| (?:\p{Ll}[\p{L}-]* ){1,2}(?:consortium|alliance|partnership)\b| (?:project|initiative|model|models|LLM|programme)\b| (?:launch|roll-?out|release|rollout)\b| (?:is|was) (?:out|live|launched|unveiled|released)\b| (?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:initiative|project|collaboration|effort|programme|program)\b)/u;
/** "The project (that …) is called X", "It is called X", "The body, called X,": a project's name given outright. */
const CALLED = /(?:^|\b(?:[Tt]he|[Tt]his|[Oo]ur|[Aa]n?) (?:[\p{Ll}-]+ )?(?:[Cc]entre|[Cc]enter|[Hh]ub|project|initiative|effort|collaboration|programme|program|consortium|alliance|coalition|partnership|accord|pact|pledge|charter|compact|declaration|agreement|document|body|institute|network)\b[^.;:]{0,80}?|^It)(?: (?:is|was)|,) (?:called|named|dubbed|known as|titled|entitled) (?:the )?[*_'‘"“]{0,2}/u;
/** A verb right after a name: it opens a clause as its subject ("…, OpenAI will explore"). */
const CLAUSE_VERB_AFTER = /^ (?:will|would|is|was|are|were|has|had|have|can|could|may|might|said|says|plans|aims|wants|hopes|expects|announced|launched|explores?|also)\b/;
/** Words before it: "named", "branded", "work on", "the build of". */
const PROJECT_BEFORE = /\b(?:named|called|calling|dubbed|branded|work on|development of|build of|launch of|build|builds|building|develop|develops|developing|behind) (?:the )?['‘"“*_]{0,2}$|\b(?:model|LLM|project|initiative),? $/iu;

/** "Inside Norda-LM", "Meet Vestri": a headline's capitalised lead-in word is no part of the name. */
function withoutHeadlineWord(span: NameSpan): NameSpan {
  const lead = /^(?:Inside|Meet|Behind|Introducing|Exclusive|Analysis|Explainer|Opinion|Column|Interview|Review|Why|How|Live|LIVE) (?=\S)/.exec(span.text);
  return lead ? { ...span, text: span.text.slice(lead[0].length), start: span.start + lead[0].length } : span;
}


function isProjectName(name: string, projects: Set<string>, registry: OrgRegistry): boolean {
  // ("EuroLLM consortium releases 9B open model": a size is no name.)
  if (!/^\p{L}/u.test(name)) return false;
  // (classifyName already turns away an amount: "gets ISK 600 million".)
  if (!isBodyName(name) || FUNDING_PROGRAMME_LAST.test(name)) return false;
  // ("an open Hindi-English model": languages say what a model speaks, not what it is called.)
  if (name.split(/[- ]/).every((part) => isLanguageName(part) || isCountryForm(part))) return false;
  // "The BharatGen initiative": the article's own words make it a project, whatever verbs it takes elsewhere.
  if (projects.has(name)) return !name.split(' ').some((word) => INNER_ORG_HEADS.has(word));
  const cls = classifyName(name);
  return !registry.hasStrong(name) && (cls === 'Initiative' || cls === 'Consortium');
}

/** A name a body can bear: not a public body's, a country's or a person's. */
function isBodyName(name: string): boolean {
  return isTeamOrProjectName(name) && !looksLikePerson(name, ORG_HEADS);
}

import type { ParsedArticle } from '../types';
import { capitalOf, countryOf } from '../resolve/countries';
import { knownAgencies } from '../resolve/resolveNames';
import { classifyName } from './classifyName';
import { escapeRegExp } from './extractGovernments';
import { INNER_ORG_HEADS, PERSON_TITLES, ROLE_NOUNS, ORG_HEADS } from './lexicon';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';
import type { Candidate, CueStrength, OrgRegistry } from './orgRegistry';
import { findOfficerCues } from './findOfficerCues';
import { findAffiliationCues } from './findAffiliationCues';
import { findBulletNames } from './findBulletNames';
import { findSubjectLists } from './findSubjectLists';
import { findOwnerCues } from './findOwnerCues';
import { findSupplierCues } from './findSupplierCues';
import { markNonActors } from './markNonActors';
import { readList } from './readList';

/**
 * Finds organisation candidates from how news prose introduces them — role
 * nouns ("automaker Honda"), appositives ("HUMAIN, the AI company"), "X-based",
 * "subsidiary of X", agent lists ("built by A, B and C"), enumerations after
 * "including" / "such as" / "partners with", possessives ("X's team") and
 * name heads ("… Labs", "… University") — and adds them to the registry.
 */
export function findOrgCandidates(article: ParsedArticle, registry: OrgRegistry): void {
  article.sentences.forEach((sentence, index) => {
    const add = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>): void => {
      registry.add({
        surface: span.text,
        sentence: index,
        start: span.start,
        end: span.end,
        strength,
        descriptor,
        acronym: span.acronym,
        country: descriptor ? countryInWords(descriptor) : undefined,
        ...extra,
      });
    };
    for (const span of findNameSpans(sentence)) {
      const before = sentence.slice(Math.max(0, span.start - 30), span.start);
      // "… will also chair HUMAIN": "chair" and "head" are verbs after a modal, and what follows is an organisation.
      if (PERSON_TITLES.test(before) && !TITLE_AS_VERB.test(before)) registry.addPerson(span.text);
    }
    findRoleCues(sentence, add);
    findAppositives(sentence, add);
    findListCues(sentence, add);
    findHeadedNames(sentence, add);
    findPossessives(sentence, add);
    findActingSubjects(sentence, add);
    findInitiativeCues(sentence, add);
    findKnownAgencies(sentence, add);
    findSupplierCues(sentence, add);
    findOfficerCues(sentence, add);
    findAffiliationCues(sentence, add);
    findBulletNames(article.sentences, index, add);
    findSubjectLists(sentence, add);
    findOwnerCues(sentence, add);
    findMediaOutlets(sentence, add);
    markNonActors(sentence, registry);
  });
}

/** "state news agency Anadolu Agency": a news agency is a media company whatever its name's last word says. */
const NEWS_AGENCY = /\b(?:news agency|press agency|wire service|newswire) (?=\p{Lu})/gu;

function findMediaOutlets(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(NEWS_AGENCY)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span) add(span, 'strong', match[0].trim(), { forced: 'Organization' });
  }
}

const TITLE_AS_VERB = /\b(?:will|would|to|also|shall|may|could|now)\s+(?:chair|head|direct)\s+$/;

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>) => void;

const ROLE_PATTERN = new RegExp(`(?<![\\p{L}-])(${ROLE_NOUNS.join('|')})(?:, | (?:called |named )?)`, 'gu');
const PLURAL_ROLE = /(?:ies|s)$/;

/** "automaker Honda", "three more startups, A, B and C", "London-based Nscale". */
function findRoleCues(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(ROLE_PATTERN)) {
    const at = (match.index ?? 0) + match[0].length;
    const descriptor = descriptorBefore(sentence, match.index ?? 0, match[1]);
    const plural = PLURAL_ROLE.test(match[1]) && !/^(?:arm|maker)/.test(match[1]);
    // "Two heavyweights, A and B, did not …": after a comma only a plural role introduces names, and only several.
    const comma = match[0].endsWith(', ');
    if (plural) {
      const items = readList(sentence, at);
      if (!comma || (items.length >= 2 && /^,/.test(sentence.slice(items[items.length - 1].name.end)))) for (const item of items) add(item.name, 'strong', `${descriptor} ${item.descriptor}`);
      continue;
    }
    if (comma) continue;
    const span = readNameAt(sentence, at);
    if (span && !/^ \p{Ll}+ (?:of|for)\b/u.test(sentence.slice(span.end))) add(span, 'strong', descriptor);
  }
  for (const match of sentence.matchAll(/[\p{L}]+(?:[ -]\p{Lu}[\p{L}]+)?-based (?:[\p{Ll}-]+ ){0,3}/gu)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span) add(span, 'strong', match[0]);
  }
  // "PIF-backed HUMAIN", "an Nvidia-funded startup": whoever backs is an organisation (or a state).
  for (const match of sentence.matchAll(/((?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}&.]*(?: \p{Lu}[\p{L}\p{N}&.]*){0,3})-(?:backed|owned|funded|controlled|led|founded)\b/gu)) {
    const start = match.index ?? 0;
    if (!countryOf(match[1]) && !capitalOf(match[1])) add({ text: match[1], start, end: start + match[1].length, possessive: false }, 'strong');
  }
  for (const match of sentence.matchAll(/\b(?:subsidiary|arm|unit|affiliate|division|spin-?off|spinout|parent|owner) of (?:the )?(?:[\p{Ll}-]+ ){0,3}/gu)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span) add(span, 'strong', match[0]);
  }
}

/** Up to four words before a role noun: "Japanese", "consumer electronics". */
function descriptorBefore(sentence: string, index: number, role: string): string {
  const before = sentence.slice(Math.max(0, index - 50), index).split(/[,;(—]| and | or /).pop() ?? '';
  return `${before.trim().split(/\s+/).slice(-4).join(' ')} ${role}`.trim();
}

const APPOSITIVE_ROLE = new RegExp(`^,? (?:a|an|the) ([^,.;()]{0,80}?)\\b(${ROLE_NOUNS.filter((r) => !PLURAL_ROLE.test(r) || /^(?:arm|maker)/.test(r)).join('|')})\\b`, 'u');
const APPOSITIVE_INITIATIVE = /^,? (?:a|an|the) ([^,.;()]{0,60}?)\b(?:initiative|programme|program|plan|mission|project|strategy|scheme)\b/u;
// "X, an investor that is not a member of the alliance": a clause between makes the noun someone else's.
const APPOSITIVE_CONSORTIUM = /^,? (?:a|an|the) ((?:(?!\b(?:that|which|who|not|member|members) )[^,.;()]){0,60}?)\b(?:consortium|joint venture|alliance|coalition|partnership)\b(?! (?:comprises|includes|is|was|will|has|had|are|were|said|says|brings|counts|consists)\b)/u;
/** "Besides X, the consortium …": a fronted phrase, so what follows the comma is not X's appositive. */
const FRONTED = /\b(?:[Bb]esides|[Aa]part from|[Oo]ther than|[Ll]ike|[Uu]nlike|[Ww]ith|[Ii]ncluding|[Ii]n addition to) $/;

/** "HUMAIN, the artificial intelligence company", "InvestAI, an initiative". */
function findAppositives(sentence: string, add: AddFn): void {
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    const role = APPOSITIVE_ROLE.exec(rest);
    // "Hany Mahmoud, a partner at consultancy X": a person's post at an organisation, not the organisation.
    const post = role && /^ (?:at|with)\b/.test(rest.slice(role.index + role[0].length)) && /^(?:partner|leader|specialist|player|champion)$/.test(role[2]);
    if (role && !post) add(span, 'strong', `${role[1]}${role[2]}`);
    else if (APPOSITIVE_CONSORTIUM.test(rest) && !FRONTED.test(sentence.slice(0, span.start))) add(span, 'strong', undefined, { forced: 'Consortium' });
    else if (APPOSITIVE_INITIATIVE.test(rest)) add(span, 'strong', undefined, { forced: 'Initiative' });
  }
}

/** Triggers whose following enumeration lists organisations. */
const LIST_TRIGGERS: Array<[RegExp, CueStrength, boolean?]> = [
  [/\b(?!chaired|presided|signed|announced|said|stated|reported|quoted)(?:\p{Ll}+ed|built|run|set up|spun out) by /gu, 'weak'],
  [/\b(?:owns|acquired|bought|took over|merged with|invested in|backs|spun off|subsidiaries) /gu, 'weak'],
  // Enumerations name their kind first ("languages such as …"): only these check it.
  [/\b(?:including|include|includes|such as|among them|notably|namely|comprising|comprises|brings together|bringing together|counts|consisting of|consists of) /gu, 'weak', true],
  [/\b(?:agreements?|agreed|deals?|partnerships?|contracts?|alliance|collaboration|understanding|MoUs?|memorand(?:um|a|ums)|teams? up|teamed up|partners|partnered|partnering|working|work|works|worked|together|collaborates|collaborating|joins forces|joined forces|talks|ties|signed|sealed) with /gu, 'weak'],
  [/\b(?:alongside|between) /gu, 'weak'],
  // "built with help from Nvidia", "advised by entrepreneurs from Wayve and Synthesia".
  [/\b(?:help|support|investment|funding|backing|chips|GPUs|processors|servers|capital|grants?|financing|engineers|researchers|executives|entrepreneurs|founders|veterans|alumni|staff|employees|scientists) (?:from|at) (?:the )?/gu, 'weak'],
  // "A group of minority investors is also taking part: A, B and C."
  [/\b(?:investors|partners|members|companies|firms|shareholders|backers|participants)\b[^.:;]{0,40}: /gu, 'weak'],
];

/** Nouns whose enumerations are not organisations ("languages such as Thai"). */
const NON_ORG_HEAD = /\b(?:languages?|dialects?|countries|nations|states|cities|regions|provinces|sectors?|industries|fields|areas|domains|models?|products?|applications|tasks|benchmarks|officials|ministers|executives|people|leaders|figures|tools|chips|GPUs|services|markets|economies|universities? in|such|supercomputers?|computers|machines|systems|facilities|sites|venues|events|projects|programmes|programs|initiatives|laws|rules|platforms|datasets|families)(?:\s+(?:that|which))?\s*,?\s*$/i;
/** What follows a product or event name: "NVIDIA's GTC Paris event", "Nvidia GH200 chips". */
const THING_AFTER = /^ (?:event|conference|summit|keynote|show|expo|platform|chips?|GPUs?|superchips?|model|models|system|systems|software|service|services|supercomputer|servers?|programme|program|app|assistant|chatbot)\b/;

/** Enumerations after "including", "built by", "partners with" …; each item a candidate. */
function findListCues(sentence: string, add: AddFn): void {
  for (const [pattern, strength, checkHead] of LIST_TRIGGERS) {
    for (const match of sentence.matchAll(pattern)) {
      const before = sentence.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0);
      if (checkHead && NON_ORG_HEAD.test(before)) continue;
      for (const item of readList(sentence, (match.index ?? 0) + match[0].length)) {
        add(item.name, strength, item.descriptor || undefined);
        addDescriptorOwner(sentence, item.descriptor, item.name.start, add);
      }
    }
  }
}

/** "Upstage spin-off Lablup", "Deutsche Telekom's IT arm T-Systems": the owner named in a descriptor. */
function addDescriptorOwner(sentence: string, descriptor: string, nameStart: number, add: AddFn): void {
  const owner = /^((?:\p{Lu}|\p{N})[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,3})(?:['’]s?)? (?:[\p{Ll}-]+ ){0,2}?(?:spin-off|spinout|subsidiary|unit|arm|affiliate|division|parent)$/u.exec(descriptor);
  if (!owner) return;
  const start = sentence.lastIndexOf(descriptor, nameStart);
  if (start >= 0) add({ text: owner[1], start, end: start + owner[1].length, possessive: false }, 'weak');
}

const AI_MODIFIES = /^ (?:data|factor(?:y|ies)|gigafactor(?:y|ies)|strateg(?:y|ies)|plans?|models?|act|chips?|infrastructure|ecosystem|sovereignty|agenda|polic(?:y|ies)|mission|programmes?|programs?|action|adoption|capabilit(?:y|ies)|capacity|compute|cloud|research|development|hubs?|centres?|centers?|systems?|solutions?|applications?|tools?|services?|talent|skills|race|sector|industry|market|summit|week|safety|governance|readiness|for|in|era|push|boom|revolution|investments?|funding|projects?|initiatives?|startups?|companies|firms|labs?)\b/;

/** "… Labs", "… University", "Gnani.ai": names whose last word marks an organisation. */
function findHeadedNames(sentence: string, add: AddFn): void {
  for (const span of findNameSpans(sentence)) {
    const words = span.text.split(' ');
    const last = words[words.length - 1];
    // "EuroHPC AI factories": "AI" modifying a noun that follows is not an organisation's last word.
    if (last === 'AI' && AI_MODIFIES.test(sentence.slice(span.end))) continue;
    const inner = words.length > 1 && words.slice(0, -1).some((word) => INNER_ORG_HEADS.has(word));
    const headed = (ORG_HEADS.has(last) && words.length > 1) || inner || /\.(?:ai|AI|io)$/.test(last) || /^University of /.test(span.text);
    const cls = classifyName(span.text);
    // "IndiaAI Mission", "Ministry of …": a programme or public body named by its head word.
    if (headed || ((cls === 'Initiative' || cls === 'Agency') && words.length > 1)) add(span, 'strong');
    else if (span.acronym) add(span, 'weak');
  }
}

/** "Naver Cloud's team", "Korea's SK Telecom", "G42's subsidiary". */
function findPossessives(sentence: string, add: AddFn): void {
  for (const span of findNameSpans(sentence)) {
    if (!span.possessive) continue;
    const after = sentence.slice(span.end).replace(/^['’]s?\s*/, '');
    const place = countryOf(span.text) ?? capitalOf(span.text);
    if (place) {
      const next = readNameAt(sentence, sentence.indexOf(after, span.end));
      if (next) add(next, 'weak', undefined, { country: place });
    } else if (/^(?:team|consortium|group)\b/.test(after)) {
      // "Motif's consortium": a consortium statement; it may shorten a leader named in full elsewhere.
      add(span, 'weak', undefined, { viaConsortium: true });
    } else if (/^(?:model|models|parent|subsidiary|unit|arm|chief|CEO|founder|partners|stake|shares|cloud|platform|chips?|researchers|engineers)\b/.test(after)) {
      add(span, 'weak');
    } else if (/^\p{Ll}{1,2}\p{Lu}|^\p{Lu}[\p{L}\p{N}]*\p{Lu}/u.test(after)) {
      // "Elon Musk's xAI", "Abu Dhabi's G42": a camel-cased or acronym name owned by someone.
      const next = readNameAt(sentence, sentence.indexOf(after, span.end));
      if (next && !THING_AFTER.test(sentence.slice(next.end))) add(next, 'weak');
    }
  }
}

/** Verbs companies do in this domain; a name right before one is acting as an organisation. */
const COMPANY_VERB = /^,? (?:which|that) (?:is |are )?(?:develops|developing|builds|building|makes|making|operates|operating|runs|running|owns|designs|designing|sells|supplies|supplying|provides|providing|trains|training|employs|bid|applied|competed|entered|works on|working on)\b|^(?:,[^,]{0,80},)? (?:agreed to (?:a|an) (?:[\w-]+ ){0,2}(?:partnership|deal|agreement|investment)|(?:already |also )?(?:supply|supplies) the|(?:has |had )?pledged to|will support the|(?:have|has|had) signed|(?:have|has) (?:built|developed|launched|released)|are developing|are building|is developing|is building|develops|builds|will build|is training|trains|will train|will supply|supplies|will invest|will spend|invested|has invested|released|unveiled|launched|will launch|signed|plans to (?:build|invest|launch|release|develop)|operates|will operate|will provide|provides|is deploying|will deploy|said it would|is offering|offers|will offer|announced (?:a|an|its|the)|has built|has developed|acquired|raised|won a|secured)\b/;

/** "Tech Mahindra is developing …", "Nscale announced a …": a name acting like a company. */
function findActingSubjects(sentence: string, add: AddFn): void {
  const spans = findNameSpans(sentence);
  spans.forEach((span, i) => {
    // "… (CSCS) today released Apertus": a time word may stand between the subject and its verb.
    const rest = sentence.slice(span.end).replace(/^ (?:today|yesterday|jointly|also|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?= )/, '');
    if (!COMPANY_VERB.test(rest) || countryOf(span.text)) return;
    // "Ursula von der Leyen unveiled": the end of a person's name, not a company.
    if (/\b(?:von|van|der|den|de|da|del|bin|al|le|la)\s$/.test(sentence.slice(0, span.start))) return;
    add(span, 'strong');
    // "KDDI and Sakura Internet have signed": every conjunct of the subject acts.
    for (let j = i - 1; j >= 0 && /^(?:, | and |, and )(?:the )?$/.test(sentence.slice(spans[j].end, spans[j + 1].start)); j--) {
      if (!countryOf(spans[j].text)) add(spans[j], 'strong');
    }
  });
}

/** "the K-AI project", "known as the X programme": a named programme with a lowercase head. */
function findInitiativeCues(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(/\b[Tt]he (?=(?:\p{Lu}|\p{N}))/gu)) {
    const at = (match.index ?? 0) + match[0].length;
    const span = readNameAt(sentence, at);
    const head = span && /^ (project|programme|program|mission|initiative|plan|strategy)\b/.exec(sentence.slice(span.end));
    // Programme names are often all generic words ("Sovereign AI Foundation Model"): the head vouches for them.
    if (!span || !head || countryOf(span.text) || (!span.text.includes(' ') && !classifyName(span.text))) continue;
    const text = `${span.text} ${head[1]}`;
    add({ text, start: span.start, end: span.end + head[0].length, possessive: false }, 'strong', undefined, { forced: 'Initiative' });
  }
}

/** Public bodies the gazetteer knows, by name or acronym ("MeitY", "METI"). */
function findKnownAgencies(sentence: string, add: AddFn): void {
  for (const { alias, pattern } of agencyPatterns()) {
    if (!sentence.includes(alias)) continue;
    const at = sentence.search(pattern);
    if (at >= 0) add({ text: alias, start: at, end: at + alias.length, possessive: false }, 'strong', undefined, { forced: 'Agency' });
  }
}

let agencyAliasPatterns: Array<{ alias: string; pattern: RegExp }> | undefined;

/** Capitalised gazetteer agency names and acronyms as word-bounded patterns, compiled once. */
function agencyPatterns(): Array<{ alias: string; pattern: RegExp }> {
  agencyAliasPatterns ??= knownAgencies()
    .flatMap((agency) => [agency.name, ...agency.aliases])
    .filter((alias) => /^\p{Lu}/u.test(alias))
    .map((alias) => ({ alias, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'u') }));
  return agencyAliasPatterns;
}

/** First country word in a descriptor ("French public bank" → "FR"). */
function countryInWords(text: string): string | undefined {
  for (const word of text.match(/\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?|\bUS\b|\bUK\b/gu) ?? []) {
    const code = countryOf(word);
    if (code) return code;
  }
  return undefined;
}

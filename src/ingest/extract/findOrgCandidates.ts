import type { ParsedArticle } from '../types';
import { capitalOf, countryOf } from '../resolve/countries';
import { knownAgencies } from '../resolve/resolveNames';
import { classifyName, isHeadedName } from './classifyName';
import { escapeRegExp } from './extractGovernments';
import { AI_KINDS, INNER_ORG_HEADS, NOT_A_ROLE_AFTER, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { findNameSpans, isOpeningVerb, readNameAt, type NameSpan } from './nameSpans';
import type { Candidate, CueStrength, OrgRegistry } from './orgRegistry';
import { findOfficerCues } from './findOfficerCues';
import { findAffiliationCues } from './findAffiliationCues';
import { findBulletNames } from './findBulletNames';
import { findSubjectLists } from './findSubjectLists';
import { findOwnerCues } from './findOwnerCues';
import { findTableNames } from './findTableNames';
import { findSupplierCues } from './findSupplierCues';
import { markDateline, markNonActors } from './markNonActors';
import { readList } from './readList';
import { isWholeItem, listRuns } from './listRuns';
import { findListMates } from './findListMates';
import { findKindAfterList } from './findKindAfterList';
import { findForumBodies } from './findForumBodies';
import { findSelectedLists } from './findSelectedLists';

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
        written: span.written,
        country: descriptor ? countryInWords(descriptor) : undefined,
        ...extra,
      });
    };
    for (const span of findNameSpans(sentence)) {
      const before = sentence.slice(Math.max(0, span.start - 30), span.start);
      // "… will also chair HUMAIN": "chair" and "head" are verbs after a modal, and what follows is an organisation.
      if (PERSON_TITLES.test(before) && !TITLE_AS_VERB.test(before)) registry.addPerson(span.text);
      // "President Lucia Marrow's press conference": the title is read into the span, the person is the rest.
      const titled = TITLED_PERSON.exec(span.text);
      if (titled) registry.addPerson(titled[1]);
    }
    findRoleCues(sentence, add);
    findAppositives(sentence, add);
    findListCues(sentence, add);
    findListPeers(sentence, add);
    findKindAfterList(sentence, add);
    findHeadedNames(sentence, add);
    findPossessives(sentence, add);
    findActingSubjects(sentence, add);
    findClosingSpeakers(sentence, add);
    findCompanyOwned(sentence, add);
    findInitiativeCues(sentence, add);
    findAgencyUnits(sentence, add);
    findKnownAgencies(sentence, add);
    findSupplierCues(sentence, add);
    findOfficerCues(sentence, add);
    findAffiliationCues(sentence, add);
    findBulletNames(article.sentences, index, add);
    findTableNames(sentence, add);
    findSubjectLists(sentence, add);
    findOwnerCues(sentence, add);
    findMediaOutlets(sentence, add);
    findForumBodies(sentence, add);
    findSelectedLists(sentence, add);
    markNonActors(sentence, registry);
    if (index < 3) markDateline(sentence, registry);
  });
  findListMates(article.sentences, registry, (index, span, strength) =>
    registry.add({ surface: span.text, sentence: index, start: span.start, end: span.end, strength, acronym: span.acronym, written: span.written }),
  );
}

/** "state news agency Anadolu Agency": a news agency is a media company whatever its name's last word says. */
const NEWS_AGENCY = /\b(?:news agency|press agency|wire service|newswire) (?=\p{Lu})/gu;

function findMediaOutlets(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(NEWS_AGENCY)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span) add(span, 'strong', match[0].trim(), { forced: 'Organization' });
  }
}

/** A capitalised title opening a span, then a person's given name and surname. */
const TITLED_PERSON = /^(?:President|Vice-President|Governor|Gov|Lt\. Governor|Prime Minister|Minister|Mayor|Senator|Sen|Rep|Representative|Premier|Chancellor|Secretary|Commissioner|Sheikh|Prince|Princess|King|Queen|Professor|Prof|Dr|Ambassador|Deputy Minister)\.? (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u;

const TITLE_AS_VERB = /\b(?:will|would|to|also|shall|may|could|now)\s+(?:chair|head|direct)\s+$/;

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string, extra?: Partial<Candidate>) => void;

const ROLE_PATTERN = new RegExp(`(?<![\\p{L}-])(${ROLE_NOUNS.join('|')})(?:, | (?:called |named )?)`, 'gu');
const PLURAL_ROLE = /(?:ies|s)$/;
const ROLE_VERB_LIST = new RegExp(`(?<![\\p{L}-])(${ROLE_NOUNS.filter((role) => PLURAL_ROLE.test(role)).join('|')})(?: (?:were|are|included|include|includes)|,? (?:such as|like|among them|including))(?::)? (?:the )?`, 'giu');

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
  // "The carmakers were A, B and C", "Suppliers included A, B and C", "other carmakers, including A, B and C": a plural role and the list it names.
  for (const match of sentence.matchAll(ROLE_VERB_LIST)) {
    const items = readList(sentence, (match.index ?? 0) + match[0].length);
    if (items.length >= 2) for (const item of items) add(item.name, 'strong', `${match[1]} ${item.descriptor}`);
  }
  for (const match of sentence.matchAll(/[\p{L}]+(?:[ -]\p{Lu}[\p{L}]+)?-based (?:[\p{Ll}-]+ ){0,3}/gu)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span) add(span, 'strong', match[0]);
  }
  // "a Zentra-based system": a one-word maker whose parts a machine is built on.
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}-])(\p{Lu}[\p{Ll}]+|\p{Lu}{2,5})-based (?:system|systems|supercomputer|supercomputers|cluster|clusters|machine|machines|servers?|nodes?)\b/gu)) {
    const start = match.index ?? 0;
    if (!countryOf(match[1]) && !capitalOf(match[1])) add({ text: match[1], start, end: start + match[1].length, possessive: false }, 'weak');
  }
  // "built on Zentra hardware", "fitted with 512 Zentra MX300 accelerators": the maker of the parts (a product name without a digit may be a person's, so only these).
  for (const match of sentence.matchAll(MAKER_OF_PARTS)) {
    const start = (match.index ?? 0) + match[0].indexOf(match[1]);
    if (!countryOf(match[1]) && !capitalOf(match[1])) add({ text: match[1], start, end: start + match[1].length, possessive: false }, 'weak');
  }
  // "PIF-backed HUMAIN", "an Nvidia-funded startup": whoever backs is an organisation (or a state).
  // ("The SoftBank-led consortium": an article opening the sentence is no part of the name.)
  for (const match of sentence.matchAll(/((?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}&.]*(?: \p{Lu}[\p{L}\p{N}&.]*){0,3})-(?:backed|owned|funded|controlled|led|founded)\b/gu)) {
    const name = match[1].replace(/^(?:The|A|An|This|Its) (?=\p{Lu})/u, '');
    const start = (match.index ?? 0) + match[1].length - name.length;
    if (!countryOf(name) && !capitalOf(name)) add({ text: name, start, end: start + name.length, possessive: false }, 'strong');
  }
  for (const match of sentence.matchAll(/\b(?:subsidiary|arm|unit|affiliate|division|spin-?off|spinout|parent|owner) of (?:the )?(?:[\p{Ll}-]+ ){0,3}/gu)) {
    const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (span) add(span, 'strong', match[0]);
  }
}

const MAKER_OF_PARTS = /\b(?:built on|runs on|running on|powered by|fitted with|equipped with|uses|using|based on) (?:about |some |more than |nearly )?(?:[\d,]+ )?(\p{Lu}[\p{Ll}]+|\p{Lu}{2,5})(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*)? (?:hardware|chips|GPUs|superchips|processors|accelerators|CPUs|servers)\b/gu;

/** Up to four words before a role noun: "Japanese", "consumer electronics". */
function descriptorBefore(sentence: string, index: number, role: string): string {
  const before = sentence.slice(Math.max(0, index - 50), index).split(/[,;(—]| and | or /).pop() ?? '';
  return `${before.trim().split(/\s+/).slice(-4).join(' ')} ${role}`.trim();
}

// ("Super Micro Computer, the U.S. server maker": a dot after a lone capital abbreviates, it ends nothing.)
const APPOSITIVE_ROLE = new RegExp(`^,? (?:a|an|the|its|their) ((?:[^,.;()]|(?<=\\b\\p{Lu})\\.){0,80}?)\\b(${ROLE_NOUNS.filter((r) => !PLURAL_ROLE.test(r) || /^(?:arm|maker)/.test(r)).join('|')})\\b`, 'u');
/** "GV, Alphabet's venture capital arm": an owner's possessive, then a noun only an organisation can be (a person can be "Google's leader"). */
const POSSESSIVE_APPOSITIVE = /^, (?:\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,2})['’]s? ((?:[\p{Ll}-]+ ){0,3})(arm|unit|subsidiary|affiliate|division|company|firm|lab|laboratory|institute|start-?up|spin-?off|spinout|fund|bank|venture)\b/u;
// ("X, a partner in the Helios project": an organisation that belongs to something is not that thing.
// "Led by A with X, the Helios project will …": a verb after the head makes it the clause's subject, not X's appositive.)
const APPOSITIVE_INITIATIVE = new RegExp(`^,? (?:a|an|the) ((?:(?!\\b(?:member|members|partner|partners|participant|participants) )[^,.;()]){0,60}?)\\b(?:initiative|programme|program|plan|mission|project|strategy|scheme)\\b(?! (?:will|would|is|was|has|had|are|were|can|could|may|includes|comprises|aims|plans)\\b)${NOT_A_ROLE_AFTER}`, 'u');
// "X, an investor that is not a member of the alliance": a clause between makes the noun someone else's.
const APPOSITIVE_CONSORTIUM = /^,? (?:a|an|the) ((?:(?!\b(?:that|which|who|not|member|members) )[^,.;()]){0,60}?)\b(?:consortium|joint venture|alliance|coalition|partnership)\b(?! (?:comprises|includes|is|was|will|has|had|are|were|said|says|brings|counts|consists)\b)/u;
/** "Besides X, the consortium …": a fronted phrase, so what follows the comma is not X's appositive. */
const FRONTED = /\b(?:[Bb]esides|[Aa]part from|[Oo]ther than|[Ll]ike|[Uu]nlike|[Ww]ith|[Ii]ncluding|[Ii]n addition to) $/;

/** "HUMAIN, the artificial intelligence company", "InvestAI, an initiative". */
function findAppositives(sentence: string, add: AddFn): void {
  for (const span of findNameSpans(sentence)) {
    const rest = sentence.slice(span.end);
    if (isOpeningVerb(sentence, span)) continue;
    const role = APPOSITIVE_ROLE.exec(rest) ?? POSSESSIVE_APPOSITIVE.exec(rest);
    // "Hany Mahmoud, a partner at consultancy X": a person's post at an organisation, not the organisation.
    const post = role && /^ (?:at|with)\b/.test(rest.slice(role.index + role[0].length)) && /^(?:partner|leader|specialist|player|champion)$/.test(role[2]);
    if (role && !post) {
      // "Cloud Data Systems Technology, the company that runs the site": the appositive vouches for a name of ordinary words.
      const vouched = !role[1] && !classifyName(span.text) && /^(?:company|firm|operator|startup|start-up)$/.test(role[2]) && /^ (?:that|which)\b/.test(rest.slice(role.index + role[0].length)) && span.text.includes(' ');
      add(span, 'strong', `${role[1]}${role[2]}`, vouched ? { forced: 'Organization' } : undefined);
    }
    else if (APPOSITIVE_CONSORTIUM.test(rest) && !FRONTED.test(sentence.slice(0, span.start))) add(span, 'strong', undefined, { forced: 'Consortium' });
    else if (APPOSITIVE_INITIATIVE.test(rest)) add(span, 'strong', undefined, { forced: 'Initiative' });
  }
}

/** Triggers whose following enumeration lists organisations. */
const LIST_TRIGGERS: Array<[RegExp, CueStrength, boolean?]> = [
  [/\b(?!chaired|presided|signed|announced|said|stated|reported|quoted)(?:\p{Ll}+ed|built|run|set up|spun out) by /gu, 'weak'],
  // ("the largest customer of CoreWeave", "a stake in Mistral": the other side of a business tie.)
  [/\b(?:owns|acquired|bought|took over|merged with|invested in|backs|spun off|subsidiaries|stakes? in(?= \p{Lu})|customers? of|clients? of|suppliers? to) /gu, 'weak'],
  // Enumerations name their kind first ("languages such as …"): only these check it.
  [/\b(?:including|include|includes|such as|among them|notably|namely|comprising|comprises|brings together|bringing together|counts|consisting of|consists of) /gu, 'weak', true],
  [/\b(?:agreements?|agreed|deals?|partnerships?|contracts?|alliances?|collaborations?|co-?operation|understanding|MoUs?|memorand(?:um|a|ums)|teams? up|teamed up|partners|partnered|partnering|working|work|works|worked|together|collaborates|collaborating|joins forces|joined forces|talks|ties|signed|sealed) with /gu, 'weak'],
  [/\b(?:alongside|between) /gu, 'weak'],
  // "built with help from Nvidia", "advised by entrepreneurs from Wayve and Synthesia".
  [/\b(?:help|support|investment|funding|backing|chips|GPUs|processors|accelerators|servers|hardware|technology|capital|grants?|financing|engineers|researchers|executives|entrepreneurs|founders|veterans|alumni|staff|employees|scientists) (?:from|at) (?:the )?/gu, 'weak'],
  // "built with Dell and Intel", "an accelerator programme with QBM and Red Cap": partners in building or running something.
  [/\b(?:built|developed|designed|programmes?|programs?|projects?|pilots?|accelerators?) with /gu, 'weak'],
  // "weights are published on Modelhub", "plan to release the weights on X", "can be downloaded from X", "wrote on Linkora": the platform is a company, never a person.
  // ("available through X" may name a product; only files are distributed through a platform.)
  [/\b(?:(?:published|released|available|hosted|uploaded|downloadable|open-sourced) (?:[\p{L}-]+ ){0,3}?(?:on|from)|(?:publish|release) (?:the|its|their) (?:[\p{L}-]+ ){0,2}?on|(?:distributed|downloaded|published) (?:[\p{L}-]+ ){0,3}?(?:on|via|through|from)|download (?:it |them )?(?:via|from)) (?:the )?/gu, 'strong'],
  // "The weights are on Hugging Face", "the checkpoints sit on Modelhub": where files are kept is a platform's.
  [/\b(?:weights|checkpoints|models?|code|datasets?|corpus|corpora) (?:are|is|sit|sits|live|lives) (?:now |also |freely |openly |publicly )?(?:on|at) (?:the )?/gu, 'strong'],
  [/\b(?:wrote|posted|commented) (?:in a post )?on /gu, 'strong'],
  // "A group of minority investors is also taking part: A, B and C."
  [/\b(?:investors|partners|members|companies|firms|shareholders|backers|participants)\b[^.:;]{0,40}: /gu, 'weak'],
];

/** Nouns whose enumerations are not organisations ("languages such as Thai", "the language list includes Akan"). */
const NON_ORG_HEAD = /\b(?:languages?|dialects?|countries|nations|states|cities|regions|provinces|sectors?|industries|fields|areas|domains|models?|products?|applications|tasks|benchmarks|officials|ministers|executives|people|leaders|figures|tools|chips|GPUs|services|markets|economies|universities? in|such|supercomputers?|computers|machines|systems|facilities|sites|venues|events|projects|programmes|programs|initiatives|laws|rules|platforms|datasets|families)(?:\s+(?:list|lists|set|mix|line-?up))?(?:\s+(?:that|which))?\s*,?\s*$/i;
/** What follows a product or event name: "NVIDIA's GTC Paris event", "Nvidia GH200 chips". */
const THING_AFTER = /^ (?:event|conference|summit|keynote|show|expo|platform|chips?|GPUs?|superchips?|model|models|system|systems|software|service|services|supercomputer|servers?|programmes?|programs?|funds?|plans?|schemes?|facility|initiatives?|strateg(?:y|ies)|app|assistant|chatbot)\b/;

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

/**
 * "at UNALM, Senamhi and Tecnológico de Arequipa": names listed beside an
 * institution named by its head word are institutions too. A list is spans
 * joined only by commas and "and".
 */
function findListPeers(sentence: string, add: AddFn): void {
  for (const { spans, closed } of listRuns(sentence)) {
    // "TITAN, SK Telecom's supercomputer" is an appositive: only a list closed by "and" (or by its table cell or bullet) counts.
    if (!closed || !spans.some((span) => isHeadedName(span.text))) continue;
    for (const span of spans) if (!isHeadedName(span.text) && isWholeItem(sentence, span) && !countryOf(span.text) && !capitalOf(span.text)) add(span, 'weak');
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
    // ("the Tern Sovereign AI consortium": "AI" after a kind of AI names the field, so it is no company's last word.)
    if (last === 'AI' && AI_KINDS.has(words[words.length - 2]) && !words.some((word) => INNER_ORG_HEADS.has(word))) continue;
    // ("Public Investment Fund", "Sovereign Wealth Fund": a fund that invests is an organisation; a funding programme's fund is not.)
    // ("OpenAI's models, including ChatGPT Enterprise and Codex", "the Fujitsu Kozuchi AI platform": products, whatever their last word.)
    if (PRODUCTS_LISTED.test(sentence.slice(0, span.start)) || PRODUCT_AFTER.test(sentence.slice(span.end))) continue;
    const headed = isHeadedName(span.text) || /\.(?:ai|AI|io)$/.test(last) || /^University of /.test(span.text) || INVESTING_FUND.test(span.text);
    const cls = classifyName(span.text);
    // "IndiaAI Mission", "Ministry of …": a programme or public body named by its head word.
    if (headed || ((cls === 'Initiative' || cls === 'Agency') && words.length > 1)) add(span, 'strong');
    else if (span.acronym) add(span, 'weak');
  }
}

/** A list of products a name stands in: "… models, including ChatGPT Enterprise and …". */
const PRODUCTS_LISTED = /\b(?:models|products|tools|services|platforms|offerings|apps|assistants|chatbots|tiers|editions)(?:,? (?:including|such as|like)|:) (?:[^.;:]{0,80}(?:, | and ))?$/;
/** A product noun after a name: "the Fujitsu Kozuchi AI platform", "the Takane model". */
const PRODUCT_AFTER = /^ (?:platform|model|models|chatbot|assistant|app|software|suite|service|tool|toolkit|chip|chips|processor|supercomputer)\b/;

/** A fund named for investing: "Public Investment Fund", "Chinggis Khaan Sovereign Wealth Fund", "Export and Investment Fund of Denmark". */
const INVESTING_FUND = /\b(?:Investment|Wealth|Growth|Pension|Sovereign) Fund(?: of (?:the )?\p{Lu}[\p{L}]+)?$/u;

/** "Naver Cloud's team", "Korea's SK Telecom", "G42's subsidiary". */
function findPossessives(sentence: string, add: AddFn): void {
  for (const span of findNameSpans(sentence)) {
    if (!span.possessive) continue;
    const after = sentence.slice(span.end).replace(/^['’]s?\s*/, '');
    const place = countryOf(span.text) ?? capitalOf(span.text);
    if (place) {
      const next = readNameAt(sentence, sentence.indexOf(after, span.end));
      // "the bloc's NextStepEU funds": a programme the place runs, not an organisation in it.
      if (next && !THING_AFTER.test(sentence.slice(next.end))) add(next, 'weak', undefined, { country: place });
    } else if (/^(?:team|consortium|group)\b/.test(after)) {
      // "Motif's consortium": a consortium statement; it may shorten a leader named in full elsewhere.
      add(span, 'weak', undefined, { viaConsortium: true });
    } else if (/^(?:model|models|parent|subsidiary|unit|arm|chief|CEO|founder|partners|stake|shares|cloud|platform|chips?|researchers|engineers|data cent(?:re|er)s?|facilit(?:y|ies)|headquarters|servers|valuation|board|stock|share price|market (?:value|capitalisation|capitalization|cap))\b|^(?:[\p{Ll}-]+ ){0,2}(?:businesses|operations|shareholders|customers|employees|revenues?|subsidiaries|divisions)\b/u.test(after) || OWNED_NAMED_THING.test(after) || OWNED_OFFERING.test(after)) {
      // "Zentrix's Think 2031 conference", "Nordlink's data centres", "Yandex's international businesses": only an organisation owns a named event, product line, site or business.
      add(span, 'weak');
    } else if (/^\p{Ll}{1,2}\p{Lu}|^\p{Lu}[\p{L}\p{N}]*\p{Lu}/u.test(after)) {
      // "Elon Musk's xAI", "Abu Dhabi's G42": a camel-cased or acronym name owned by someone.
      const next = readNameAt(sentence, sentence.indexOf(after, span.end));
      if (next && !THING_AFTER.test(sentence.slice(next.end))) add(next, 'weak');
    }
  }
}

/** A named product, event or model family after a possessive: "X's Think 2031 conference", "X's Gemma 2 family". */
const OWNED_NAMED_THING = /^\p{Lu}[\p{L}\p{N}-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,3} (?:event|conference|summit|keynote|expo|model|models|family|chips?|GPUs?|processors?|accelerators?|platform|assistant|chatbot|unit|arm|subsidiary|division)\b/u;
/** "X's sovereign AI platform", "X's in-house cloud": a company's own offering after a few modifiers. */
const OWNED_OFFERING = /^(?:[\p{Ll}-]+ |AI ){1,2}(?:platform|cloud|data cent(?:re|er)s?|chips?|subsidiary|unit|arm)\b/u;

/** Verbs companies do in this domain; a name right before one is acting as an organisation. */
// ("Databricks is a partner": a subject stated to be a partner or member acts as an organisation.)
// ("Huawei is the technology partner", "IIT Madras comes in as the academic partner": a role in the work, said of a name.)
const COMPANY_VERB = /^ (?:is|was|has been|became|will be|comes in as|came in as|joins as|joined as|signed on as|serves as|acts as) (?:a|an|the|its|their) (?:(?:founding|full|key|technology|industry|research|academic|strategic|launch|new|lead|main|principal|anchor|official|knowledge|implementation|infrastructure|cloud|hardware|software|hosting|operating|delivery|training|connectivity|telecoms?|data|local|international|global|exclusive|financial|funding|industrial|corporate|commercial) )?(?:partner|member|sponsor|backer|shareholder|supplier)\b(?! (?:at|of|in) [A-Z])|^,? (?:which|that) (?:is |are )?(?:develops|developing|builds|building|makes|making|operates|operating|runs|running|owns|designs|designing|sells|supplies|supplying|provides|providing|trains|training|employs|bid|applied|competed|entered|works on|working on)\b|^(?:,[^,]{0,80},)? (?:agreed to (?:a|an) (?:[\w-]+ ){0,2}(?:partnership|deal|agreement|investment)|(?:already |also )?(?:supply|supplies) the|(?:has |had )?pledged to|will support the|(?:have|has|had) signed|(?:have|has) (?:built|developed|launched|released)|are developing|are building|is developing|is building|(?:is|are) (?:providing|supplying|hosting|operating)|(?:is|are) (?:to|set to|due to) (?:provide|supply|build|host|operate|develop)|develops|builds|will build|is training|trains|will train|will supply|supplies|will invest|will spend|invested|has invested|released|unveiled|launched|will launch|signed|formed the partnership|plans to (?:build|invest|launch|release|develop)|operates|will operate|will provide|provides|is deploying|will deploy|(?:said|says|announced|confirmed|added)(?: (?:on|in|last|this|earlier) [^,.;]{1,25}?)?,? (?:that )?it (?:was|is|would|will|had|has|plans|planned|expects|expected|aims|aimed|intends|intended|could)|(?:has|have|had) (?:described|outlined|detailed|disclosed|published) its|is offering|offers|will offer|announced (?:a|an|its|the)|has built|has developed|acquired|raised|won a|secured|declined to comment|did not (?:immediately )?(?:respond|reply) to (?:a |requests? )|(?:is|was) headquartered in|(?:has|have) (?:offices|headquarters|subsidiaries) in|went public(?![^.;]{0,30}\bwith\b)|reported (?:revenue|sales|a (?:net )?(?:profit|loss))|(?:has|had) (?:about |around |some |more than |over |nearly )?[\d,]+ (?:employees|staff|workers|engineers|researchers)|(?:was|had been) (?:founded|incorporated) in (?:\d{4}|the \d{4}s)|(?:employs|employed) (?:about |around |some |more than |over |nearly )?[\d,]+|(?:is|are) listed on|shares? (?:rose|fell|jumped|climbed|dropped|slid|gained|closed|surged|plunged|tumbled|soared))\b/;

const ROLE_GAP = new RegExp(`^ (?:${ROLE_NOUNS.join('|')}) $`, 'u');
const CONJUNCT_GAP = new RegExp(`^(?:, | and |, and )(?:the )?(?:(?:\\p{Lu}[\\p{L}-]+ )?(?:${ROLE_NOUNS.join('|')}) )?$`, 'u');

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
    // ("Telecom Moldova and Irish operator Cliffside Broadband are providing": a role noun may introduce the later conjunct.)
    let next = span;
    for (let j = i - 1; j >= 0; j--) {
      // "Irish operator …": a demonym describing the later conjunct is not one of the names.
      if (countryOf(spans[j].text) && ROLE_GAP.test(sentence.slice(spans[j].end, next.start))) continue;
      if (!CONJUNCT_GAP.test(sentence.slice(spans[j].end, next.start))) break;
      if (!countryOf(spans[j].text)) add(spans[j], 'strong');
      next = spans[j];
    }
  });
}

/**
 * "Shares of Kesh rose", "a spokesperson for Kesh", "investors in Kesh include": only a company has shares,
 * spokespeople and investors; "a Series D round led by Tiger Global": an investor leads a funding round.
 */
const COMPANY_OWNED = /\b(?:[Ss]hares (?:in|of)|spokes(?:person|man|woman) for|[Ii]nvestors in|[Ss]hareholders (?:in|of)|(?:funding|financing|investment|seed|equity|Series [A-H]|pre-Series [A-H]) round (?:was )?(?:led|co-led) by(?: the)?) (?=\p{Lu})/gu;

function findCompanyOwned(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(COMPANY_OWNED)) {
    const name = readNameAt(sentence, (match.index ?? 0) + match[0].length);
    if (name) add(name, 'strong');
  }
}

/** ", the two companies said": who the sentence's closing speakers are says what its opening names are. */
const CLOSING_SPEAKERS = /,? (?:the|both) (?:(?:two|three|four|five) )?(?:companies|firms|groups|start-?ups|universities|institutes|institutions|organi[sz]ations|labs|banks|operators|partners) (?:said|say|announced|added|told)\b/;

/** "Orvane and Kesh will co-develop the model, the two companies said": the names opening the sentence are those companies. */
function findClosingSpeakers(sentence: string, add: AddFn): void {
  const speakers = CLOSING_SPEAKERS.exec(sentence);
  if (!speakers) return;
  const spans = findNameSpans(sentence.slice(0, speakers.index));
  if (!spans.length) return;
  let last = 0;
  while (last + 1 < spans.length && CONJUNCT_GAP.test(sentence.slice(spans[last].end, spans[last + 1].start))) last++;
  // (The names are the subject: a verb follows the last. "BRISTOL, England, July 12 - Graphcore …" is a dateline.)
  if (last === 0 || !/^ (?:\p{Ll}+ )?\p{Ll}/u.test(sentence.slice(spans[last].end))) return;
  for (const span of spans.slice(0, last + 1)) add(span, 'strong');
}

/** What a public body does to a unit of its own: "launched the X", "works through its X". */
const OWN_UNIT = /^(?: (?:on \p{Lu}\p{Ll}+|today|this week|formally|officially))? (?:(?:has |have )?(?:launched|set up|created|established|inaugurated|opened) (?:the|its|a new)|[^.;]{0,40}\b(?:through|via|under) its) (?=\p{Lu})/u;

/**
 * "The Department of X (DX) on Thursday launched the National Centre for Y",
 * "NITDA leads the work through its National Centre for Z": a centre a public
 * body sets up or works through is part of the state, an Agency.
 */
function findAgencyUnits(sentence: string, add: AddFn): void {
  const spans = findNameSpans(sentence);
  for (const span of spans) {
    const own = classifyName(span.text) === 'Agency' ? OWN_UNIT.exec(sentence.slice(span.end)) : null;
    const unit = own ? spans.find((next) => next.start === span.end + own[0].length) : undefined;
    if (!unit) continue;
    if (unit.text.split(' ').some((word) => INNER_ORG_HEADS.has(word))) add(unit, 'strong', undefined, { forced: 'Agency' });
  }
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

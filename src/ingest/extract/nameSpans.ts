import { isCityName } from '../resolve/places';
import { countryOf } from '../resolve/countries';
import { isKnownOrganization } from '../resolve/resolveNames';
import { DATE_WORDS, GENERIC_WORDS, LOWER_CASE_BRAND, OPENERS, ORG_HEADS } from './lexicon';

/** Role nouns that open a sentence before a company's name and are never part of one ("Enterprise", "Group" can be). */
const ROLE_OPENERS = new Set(['Start-up', 'Startup', 'Chipmaker', 'Automaker', 'Carmaker', 'Conglomerate', 'Telco', 'Insurer', 'Lender', 'Broadcaster', 'Retailer']);

/**
 * Reading capitalised proper-noun spans out of a sentence. Names in news copy
 * are runs of capitalised or alphanumeric tokens ("Naver Cloud", "42dot",
 * "Gnani.ai", "A*STAR") joined by a few lowercase particles ("Ministry of
 * Science and ICT", "Mohamed bin Zayed University").
 */

/** One name token: capitalised, digit-led alphanumeric, or camel-cased ("iFlytek"). */
// ("appliedAI", "prg.ai": a lower-case brand is a name's word too.)
// ("St. Lawrence Global Observatory", "Mt. Sinai": an abbreviated saint or mount, its period kept, opens a name.)
const TOKEN = new RegExp(`^(?:(?:St|Ste|Mt)\\.(?= \\p{Lu})|${LOWER_CASE_BRAND}|(?:\\p{Lu}|\\p{N}+\\p{L}|\\p{N}+\\.(?=\\p{Lu})|\\p{Ll}{1,2}\\p{Lu})[\\p{L}\\p{N}]*(?:[.\\-*&+][\\p{L}\\p{N}]+|['’]\\p{Lu}[\\p{L}\\p{N}]*)*)`, 'u');
/** "d'Intelligence", "l'Innovation": an elided French or Italian article plus a capitalised word, inside a name only. */
const ELIDED_TOKEN = /^[dlDL]['’]\p{Lu}[\p{L}\p{N}]*/u;
/** Short numbers continue a name ("Falcon 3", "Vision 2030") but never start one. */
const NUMBER_TOKEN = /^\p{N}{1,4}\b(?![.,]\p{N})/u;
/** Particles allowed inside a name when a name token follows. */
const PARTICLES = new Set(['of', 'for', 'de', 'del', 'en', 'della', 'delle', 'degli', 'dei', 'di', 'du', 'des', 'la', 'le', 'bin', 'bint', 'al', 'von', 'van', 'der', 'den', 'y', 'da', 'do', 'dos', 'pour', 'para', 'per', 'für', 'n']);
/** Heads of institutions: "and" may join two halves of such a name. */
const INSTITUTION_HEAD = /\b(?:Ministry|Department|Agency|Authority|Institute|Institution|University|Council|Office|Bureau|Centre|Center|Academy|College|Commission|Foundation|School|Faculty|Organization|Organisation|Corporation)\b/;
/** "Ministry of Economy, Trade and Industry": commas inside a public body's name ("… Technology and National Taipei University of Technology" ends before the university's name, "… Reform and the Ministry of Energy" before the next body's). */
const BODY_WITH_COMMAS = /^(?:(?:Federal |National |State )?(?:Ministry|Department|Agency|Office|Commission|Council|Secretariat)|(?:Deputy |Assistant |Prime )?(?:Minister|Secretary|Commissioner)) (?:of|for) (?:\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?(?:, | and (?:the )?| & |, and (?:the )?)){1,4}(?!(?:Ministry|Department|Agency|Office|Commission|Council|Secretariat)\b)\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?(?![\p{L}]| (?:\p{Lu}[\p{L}]+ ){0,2}(?:University|Institute|College|Academy|School|Polytechnic)\b)/u;
/** "SoftBank-led", "Mumbai-based": a compound adjective, not part of a name. */
const COMPOUND_ADJECTIVE = /-(?:led|based|backed|owned|funded|run|focused|born|founded|headquartered|listed|controlled|linked|affiliated|supported|made|built|developed|trained|sponsored|operated|centric|specific|language|powered)$/u;

/** A name found in text, with its character range in the sentence. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** "(PIF)" written right after the name. */
  acronym?: string;
  /** The name was followed by "'s". */
  possessive: boolean;
  /** The whole name as written when a legal suffix follows its acronym ("X (GDK) GmbH"). */
  written?: string;
}

/** Legal forms closing a company's name ("GmbH", "Inc."): written after a bracketed acronym, they still belong to the name. */
const LEGAL_FORM = '(?:GmbH|gGmbH|AG|e\\.V\\.|SE|SA|S\\.A\\.|Ltd|Limited|Inc|LLC|plc|PLC|BV|NV|SpA|S\\.p\\.A\\.|Oy|AB|ASA)(?![\\p{L}\\p{N}])\\.?';
const LEGAL_AFTER_ACRONYM = new RegExp(`^ ${LEGAL_FORM}`, 'u');
/** "Japan Advanced Semiconductor Manufacturing, Inc. (JASM)": a legal form between a name and its bracketed short form. */
const LEGAL_BEFORE_ACRONYM = new RegExp(`^,? (?:Co\\., Ltd\\.?|Corp\\.?|Co\\.?|KK|Pty|${LEGAL_FORM})(?= \\()`, 'u');

/** "(Thailand) Co., Ltd.", "(Malaysia) Sdn Bhd", "(Schweiz) AG": a bracketed country, then a company's legal form. */
const LOCAL_SUBSIDIARY = new RegExp(`^ \\((\\p{Lu}[\\p{L} ]+)\\) (?:Co\\.,? Ltd\\.?|(?:Public )?Company Limited|Public Co(?:mpany|\\.)? Ltd\\.?|Sdn\\.? Bhd\\.?|(?:Pte|Pvt)\\.? Ltd\\.?|Private Limited|${LEGAL_FORM})(?=[\\s,;:)]|$)`, 'u');

/** Reads the name starting exactly at `pos`, or null when no name token starts there. */
export function readNameAt(sentence: string, pos: number): NameSpan | null {
  const body = BODY_WITH_COMMAS.exec(sentence.slice(pos));
  if (body) return finishSpan(sentence, pos, pos + body[0].length);
  const first = TOKEN.exec(sentence.slice(pos));
  if (!first || COMPOUND_ADJECTIVE.test(first[0])) return null;
  let end = pos + first[0].length;
  // "King's College London", "Queen's University Belfast": a title's possessive opens some institutions' names.
  const titled = POSSESSIVE_TITLE.exec(sentence.slice(pos));
  if (titled) end = pos + titled[0].length;
  for (;;) {
    // "Boston Children's Hospital": the titled possessive may follow a place's name too.
    const innerTitle = /(?:^| )(?:Children|Women|King|Queen|Saint)$/.test(sentence.slice(pos, end)) ? /^['’]s(?= (?:College|Hospital|University|School|Institute)\b)/.exec(sentence.slice(end)) : null;
    if (innerTitle) end += innerTitle[0].length;
    // "Thailand A.I. University Consortium": a dotted acronym inside a name keeps its last period.
    // ("The U.S. National Science Foundation": after an opener alone the acronym is a country's.)
    // ("GenA.I. Sandbox": the acronym may be glued to a word.)
    // ("L.N. Gumilyov Eurasian National University": a person's initials may open the name, a country's may not.)
    const dotted = /(?:^| |(?<=\p{Ll}))(?:\p{Lu}\.)+\p{Lu}$/u.exec(sentence.slice(pos, end));
    const initials = dotted?.index === 0 && !countryOf(`${dotted[0]}.`) && !OPENERS.has(/^\. (\S+)/.exec(sentence.slice(end))?.[1] ?? '');
    if (dotted && (dotted.index > 0 ? !OPENERS.has(sentence.slice(pos, end - dotted[0].length)) : initials) && /^\. \p{Lu}/u.test(sentence.slice(end))) end += 1;
    // "Patrick J. McGovern Foundation": a person's middle initial inside a name keeps its period (not "Plan B. The …").
    const middleInitial = /(?:^| )\p{Lu}\p{Ll}+ \p{Lu}$/u.test(sentence.slice(pos, end)) && /^\. \p{Lu}\p{Ll}/u.test(sentence.slice(end)) && !OPENERS.has(/^\. (\S+)/.exec(sentence.slice(end))?.[1] ?? '');
    if (middleInitial) end += 1;
    const rest = sentence.slice(end);
    // "Fondation Léman pour le Numérique": a preposition plus an article is one particle.
    // ("Centro de Investigación y de Estudios Avanzados", "Centro de Gestão e Estudos Estratégicos": a Romance body's "and".)
    const romanceAnd = ROMANCE_BODY.test(sentence.slice(pos, end)) ? ROMANCE_AND.exec(rest) : null;
    const next = romanceAnd ?? /^ (?:(of the|and the|(?:pour|para|per|für|de|di|da) (?:le|la|les|el|los|las|der|die|das)|\p{Ll}+|&) )?/u.exec(rest);
    if (!next || !next[0]) break;
    const particle = next[1];
    const after = rest.slice(next[0].length);
    // "Institut Supérieur d'Intelligence Artificielle": an elided article glued to a capitalised word.
    const token = TOKEN.exec(after) ?? (particle ? null : ELIDED_TOKEN.exec(after) ?? NUMBER_TOKEN.exec(after));
    if (!token || COMPOUND_ADJECTIVE.test(token[0])) break;
    // ("Universidad de Chile y Universidad de Santiago": "and" before a second body's head joins two names, it does not make one.)
    if ((particle === 'y' || romanceAnd) && SECOND_BODY.test(token[0])) break;
    // "Mosane Automation of Liège": "of" joins a name only after an institution's head ("University of …").
    if ((particle === 'of' || particle === 'of the') && !ofJoins(sentence.slice(pos, end), particle, token[0]) && !partOfInstitution(sentence.slice(pos, end), after)) break;
    // "Development Bank of West Africa and the Sahel": a second region the body "of" serves.
    // ("… Association of Latvia and the Latvian IT Cluster": a country's adjective opening another body's name is no region.)
    if (particle === 'and the' && !(/\bof (?:the )?(?:\p{Lu}[\p{L}]+ ?){1,2}$/u.test(sentence.slice(pos, end)) && OF_HEAD.test(sentence.slice(pos, end).split(/ of /)[0]) && isRegion(token[0]) && !/^ \p{Lu}/u.test(after.slice(token[0].length)))) break;
    // "University of Hawaii at Hilo", "University at Buffalo": a university's campus is part of its name.
    const campus = particle === 'at' && /^University(?: of \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)?$/u.test(sentence.slice(pos, end));
    // "AI on Chip Taiwan Alliance": "on" inside a body's name that its head noun closes; "European Lighthouse on
    // Secure and Safe AI": a body's topic after its head noun, in subject words ("Kesh Network on Monday" is no name).
    const topic = particle === 'on' && (TOPIC_CLOSED.test(after) || (TOPIC_HEAD.test(sentence.slice(pos, end)) && isTopicWord(token[0])));
    // "ARC Training Centre in Plant Biosecurity": a centre's field after "in" (not a place: "Centre in New York").
    // ("Centre for Research in Applied AI", "Thumbay Institute of AI in Healthcare": the centre's purpose may stand before its field.)
    const field = particle === 'in' && /\b(?:(?:Centre|Center|Hub|School)(?: (?:for|of) (?:\p{Lu}\p{Ll}+ ){0,2}(?:\p{Lu}\p{Ll}+|AI))?|Institute (?:for|of) (?:\p{Lu}\p{Ll}+ ){0,2}(?:\p{Lu}\p{Ll}+|AI))$/u.test(sentence.slice(pos, end)) && isFieldName(after);
    if (particle && !romanceAnd && particle !== '&' && particle !== 'of the' && particle !== 'and the' && !campus && !topic && !field && !PARTICLES.has(particle.split(' ')[0])) {
      if (particle !== 'and' || !joinsWithAnd(sentence.slice(pos, end), after)) break;
    }
    end += next[0].length + token[0].length;
  }
  // "University of Wisconsin–Madison": a campus dashed onto a university's name is part of it ("University of Texas–Orvik partnership" pairs two).
  const dashedCampus = /^University of \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(sentence.slice(pos, end)) ? /^–\p{Lu}[\p{L}]+(?![\p{L}–-]| (?:partnership|collaboration|alliance|consortium|joint|team|deal|pact|agreement|project)\b)/u.exec(sentence.slice(end)) : null;
  if (dashedCampus) end += dashedCampus[0].length;
  // "University of California, Irvine": a city after the comma, with no name running on, is the campus.
  // ("International Institute of Information Technology, Hyderabad": an institute's city is written the same way.)
  const commaCampus = !dashedCampus && /^(?:University|(?:\p{Lu}\p{L}+ ){0,2}Institute) of \p{Lu}[\p{L}]+(?: (?:and )?\p{Lu}[\p{L}]+){0,3}$/u.test(sentence.slice(pos, end)) ? /^, (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(?=[,.;)]| \(| and | which | who | has | have | is | was | will )/u.exec(sentence.slice(end)) : null;
  if (commaCampus && isCityName(commaCampus[1])) end += commaCampus[0].length;
  // "Foreign, Commonwealth and Development Office": a comma series closed by an institution's head.
  // ("Instituto Nacional de Astrofísica, Óptica y Electrónica": a Romance body's fields, listed with "y" or "e".)
  const series = COMMA_SERIES.exec(sentence.slice(end)) ?? (ROMANCE_NAMED.test(sentence.slice(pos, end)) ? ROMANCE_SERIES.exec(sentence.slice(end)) : null);
  if (series) end += series[0].length;
  // "Nordic Bank for Housing and Transport (NBHT)": the acronym vouches for the words that reach it.
  const extended = extendToAcronym(sentence, pos, end);
  end = extended.end;
  // 'National Centre for Scientific Research "Demokritos"': an institution's quoted epithet is part of its name.
  // ('Plovna University "St. Ivan Rilski"': a saint's name with its abbreviated title is an epithet too.)
  const epithet = INSTITUTION_HEAD.test(sentence.slice(pos, end)) ? /^ ["“]\p{Lu}[\p{L}-]+\.?(?: \p{Lu}[\p{L}-]+\.?){0,3}["”]/u.exec(sentence.slice(end)) : null;
  if (epithet) end += epithet[0].length;
  // "Institute of Computer Science, Polish Academy of Sciences": a unit named with the academy it belongs to.
  const academy = /^(?:Institute|Centre|Center|Laboratory)\b/.test(sentence.slice(pos, end)) ? /^, (?:the )?(?:\p{Lu}[\p{L}]+ )?Academy of Sciences?\b/u.exec(sentence.slice(end)) : null;
  if (academy) end += academy[0].length;
  // "CSC - IT Center for Science": an acronym dashed onto an institution's full name is one name.
  // "Barcelona Supercomputing Center - Centro Nacional de Supercomputación": an institution followed by its name in its own language.
  const head = sentence.slice(pos, end);
  const dashed = /^ [-–] \p{Lu}/u.test(sentence.slice(end)) ? readNameAt(sentence, end + 3) : null;
  // ("AJMAN - Gulf Medical University (GMU) has signed …": a city in capitals opening the text is a dateline,
  // known as a city or shown by the name after it carrying an acronym of its own.)
  const ownAcronym = dashed && /^ \((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u.exec(sentence.slice(dashed.start + dashed.text.length));
  const dateline = pos === 0 && (isCityName(head.charAt(0) + head.slice(1).toLowerCase()) || (!!ownAcronym && ownAcronym[1] !== head));
  const acronymFirst = /^(?=(?:\p{N}*\p{Lu}){2})[\p{Lu}\p{N}]{2,6}$/u.test(head) && !dateline && !!dashed && dashed.text.split(' ').length >= 3 && (INSTITUTION_HEAD.test(dashed.text) || /\b(?:Bank|Network)\b/.test(dashed.text));
  const translated = INSTITUTION_HEAD.test(head) && !!dashed && NATIVE_HEAD.test(dashed.text);
  // "Mila – Quebec Artificial Intelligence Institute", "OsloMet – Oslo Metropolitan University": a one-word brand dashed onto the academic body it names.
  const brandFirst = /^\p{Lu}[\p{L}\p{N}]+$/u.test(head) && !dateline && !isCityName(head) && !countryOf(head) && !OPENERS.has(head) && !DATE_WORDS.has(head) && !GENERIC_WORDS.has(head) && !!dashed && dashed.text.split(' ').length >= 3 && ACADEMIC_HEAD.test(dashed.text);
  // ("SEJONG - The Ministry of …" is a dateline, not a name.)
  if (dashed && (acronymFirst || translated || brandFirst) && !/^(?:The|A|An)\b/.test(dashed.text)) end = dashed.start + dashed.text.length;
  const span = finishSpan(sentence, pos, end);
  if (!span.acronym && extended.appositive) span.acronym = extended.appositive;
  return span;
}

/** "King's College", "King Mongkut's Institute", "Children's Hospital", "St John's College": a title or a saint in the possessive, then an institution's head. */
const POSSESSIVE_TITLE = /^(?:(?:King|Queen|Prince|Princess|St\.?|Saint)(?: \p{Lu}\p{Ll}+)?|Children|Women)['’]s(?= (?:College|Hospital|University|School|Institute)\b)/u;

/** Heads that take an "of" complement inside a name: "University of Galway", "Bank of America", "Ministry of …". */
const OF_HEAD = /(?:\b(?:University|Universities|Institute|Institution|Academy|College|School|Faculty|Centre|Center|Laboratory|Lab|Labs|Ministry|Department|Agency|Authority|Office|Bureau|Commission|Council|Secretariat|Directorate|Division|Government|Republic|Kingdom|Emirate|Federation|Union|Association|Society|Chamber|Board|Court|Bank|Port|City|State|Province|Museum|Library|Hospital|Foundation|Fund|Consortium|Alliance|Order|Minister|Secretary|Commissioner|Director|Chancellor|Governor|President|Corporation|Organisation|Organization|Network)(?: \p{Lu}[\p{L}]+)?|\bChamber of \p{Lu}\p{L}+ and \p{Lu}\p{L}+)$/u;

/** Whether "of" may continue the name read so far: single words ("Bank of …") and institution heads do. */
function ofJoins(before: string, particle: string, next: string): boolean {
  // A single word takes "of" ("Bank of America"), but "of the" only after a real head ("Product of the …" is prose),
  // and a town after it says where the word's organisation is ("Innovasea of Bedford").
  return OF_HEAD.test(before) || (particle === 'of' && !before.includes(' ') && !isCityName(next));
}

/** A country or a region word ("Caribbean", "Pacific"). */
function isRegion(word: string): boolean {
  return !!countryOf(word) || /^(?:Caribbean|Pacific|Mediterranean|Balkans|Baltics|Gulf|Middle East|Sahel|Maghreb|Levant|Americas|Arctic)$/.test(word);
}

/** The head words of a university or research body. */
const ACADEMIC_HEAD = /\b(?:University|Institute|Centre|Center|Laboratory|Academy)\b/;
/** Institution heads in other languages, opening the native form of a name given in English first. */
const NATIVE_HEAD = /^(?:Centro|Centre|Instituto|Institut|Istituto|Universidad|Universitat|Università|Université|Universität|Fundación|Fundació|Fondazione|Consejo|Consiglio|Agencia|Agenzia|Agence|Laboratorio|Laboratoire)\b/;

/** "Institute of Computer Science of the Polish Academy of Sciences": a unit named as part of a larger institution. */
function partOfInstitution(before: string, after: string): boolean {
  return /^(?:Institute|Centre|Center|Faculty|School|Department|Laboratory|College) (?:of|for) /.test(before) && /^(?:\p{Lu}[\p{L}]+ ){0,2}(?:Academy|University|Institute|Society)\b/u.test(after);
}

/** Heads of bodies named for a topic after "on": "European Lighthouse on Secure and Safe AI", "Task Force on AI Safety". */
const TOPIC_HEAD = /\b(?:Lighthouse|Network|Initiative|Alliance|Partnership|Programme|Program|Centre|Center|Institute|Committee|Council|Forum|Observatory|Coalition|Conference|Summit|Force|Group|Panel|Commission)$/;
/** A word a topic is made of: a subject or generic word, or an abstract noun; not a day or a month. */
function isTopicWord(word: string): boolean {
  return (GENERIC_WORDS.has(word) || SUBJECT_WORDS.test(word) || ABSTRACT_NOUN.test(word)) && !DATE_WORDS.has(word);
}

/** Capitalised words up to a collective's head noun: what may follow "on" inside a name. */
const TOPIC_CLOSED = /^(?:\p{Lu}[\p{L}\p{N}-]*\s){0,4}(?:Alliance|Consortium|Coalition|Partnership|Association|Network|Initiative|Forum|Council|Centre|Center|Institute|Foundation|Federation)\b/u;
/** ", Óptica y Electrónica": a Romance body's last fields, listed with commas and "y" or "e", one word each. */
const ROMANCE_SERIES = /^(?:, \p{Lu}[\p{L}]+)+,? (?:y|e) \p{Lu}[\p{L}]+(?![\p{L}-]| \p{Lu})/u;
// ("AI, Data and Robotics Partnership": a team's name may run a series too.)
const COMMA_SERIES = /^(?:, \p{Lu}[\p{L}]+)+,? (?:and|&) (?:\p{Lu}[\p{L}]+ ){0,3}(?:Office|Ministry|Department|Agency|Authority|Commission|Council|Partnership|Association|Alliance|Coalition|Network)\b/u;

/**
 * Where a name ends once the words up to its acronym are counted: "Nordic
 * Bank for Housing" stops at "and", but "… and Transport (NBHT)" reaches an
 * acronym whose letters the extra words supply. An acronym in apposition
 * before the name counts too ("IRAS, the Institute for Robotics, Automation
 * and Systems,"). Only capitalised words, commas, "and", "&" and
 * lowercase particles may lie between.
 */
function extendToAcronym(sentence: string, pos: number, end: number): { end: number; appositive?: string } {
  const tail = /^(?:,? (?:and|&|of|for|the|on|in|de|für)(?= )|,)?(?: (?:\p{Lu}[\p{L}-]*|and|&|of|for|the|on|in|de|für),?){1,8}/u.exec(sentence.slice(end))?.[0].replace(/,$/, '');
  // ("Australian Industry Group, the Australian Information Industry Association (AIIA)": after ", the" comes the next name.)
  if (!tail || !/\p{Lu}/u.test(tail) || /^, the /.test(tail)) return { end };
  const name = sentence.slice(pos, end);
  // The acronym after the extension (the tail was read from the text at `end`), or the one the name stands in apposition to.
  // ("Centre for Development of Advanced Computing (C-DAC)": an acronym may be hyphenated.)
  const after = /^ \((\p{Lu}(?:[\p{Lu}\p{N}&+]|-(?=\p{Lu})){1,9})\)/u.exec(sentence.slice(end + tail.length));
  const before = /(?:^|[\s(])(\p{Lu}[\p{Lu}\p{N}&]{1,9}), the $/u.exec(sentence.slice(0, pos));
  const closesAppositive = before && /^[,)]/.test(sentence.slice(end + tail.length));
  const acronym = after?.[1] ?? (closesAppositive ? before![1] : undefined);
  if (!acronym || !spellsAcronym(acronym, name, tail)) return { end };
  return { end: end + tail.length, appositive: after ? undefined : acronym };
}

/**
 * Whether an acronym opens with the name's initial and the added words
 * supply its letters: their initials appear in it in order ("IRAS" … "AS"),
 * or it is spelled by the initials of the whole name using at least one of
 * theirs ("CMT" from "Centre for Media and Technology Law").
 */
function spellsAcronym(acronym: string, name: string, added: string): boolean {
  const initials = (text: string): string => (text.match(/\p{Lu}[\p{L}-]*/gu) ?? []).map((word) => word[0]).join('');
  const head = initials(name);
  const extra = initials(added);
  if (!head || !extra || acronym[0] !== head[0]) return false;
  const spelledBy = (letters: string, word: string, from: number): number => {
    let at = from;
    for (const letter of letters) {
      at = word.indexOf(letter, at) + 1;
      if (at === 0) return -1;
    }
    return at;
  };
  if (spelledBy(extra, acronym, 1) >= 0) return true;
  const used = spelledBy(acronym, head + extra, 0);
  return used > head.length;
}

/** Two or three capitalised words that name a field, not a place: "Plant Biosecurity", not "New York" or "South Australia". */
function isFieldName(text: string): boolean {
  // ("Applied AI": the field's last word may be an acronym.)
  // ("Institute of AI in Healthcare": one word names a field when it is a subject's.)
  const one = /^(\p{Lu}\p{Ll}+)(?!\p{L}| \p{Lu})/u.exec(text)?.[1];
  const words = /^(\p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|AI)){1,2})(?![\p{L} ]*\p{Lu})/u.exec(text)?.[1] ?? (one && (SUBJECT_WORDS.test(one) || /care$/.test(one)) ? one : undefined);
  return !!words && !isCityName(words) && !countryOf(words) && !words.split(' ').some((word) => isCityName(word) || !!countryOf(word) || isRegion(word));
}

/** Subject words a public body's name is made of ("Export and Investment Fund"), unlike a company's own name. */
const SUBJECT_WORDS = /^(?:Investment|Trade|Industry|Industries|Development|Export|Innovation|Energy|Health|Education|Finance|Economic|Economy|Security|Communications|Information|Computing|Language|Languages|Electronics|Computer|Services|Systems|High|Performance|Telecommunications|Technology|Technologies|Science|Sciences|Engineering|Research|Arts|Design|Management|Medicine|Economics|Humanities|Informatics|Mathematics|Computational|Computation|Applied|Natural|Social|Statistics|Statistical|Environmental|Biological|Physical|Business|Law|Medical|Dental|Veterinary|Agricultural|Political|Policy|Marine|Nursing|Pharmacy|Pharmaceutical|Supercomputing|Networking|Intelligent|Robotics|Automation|Learning|Cybersecurity|Biotechnology|Manufacturing|Materials|Mobility|Transport|Logistics|Analytics|Software|Microelectronics|Nanotechnology|Photonics|Quantum|Genomics|Media|Chemistry|Biochemistry|Cybernetics|Control|Optics|Mechanics|Physics|Astronomy|Geology|Biology|Ecology|Aerospace|Aeronautics|Space|Defence|Defense|Life)$/;

/** Adjectives of trade and industry ("Industrial", "Commercial", "Electric"): never a name's first word alone. */
const BUSINESS_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ial|ic)$/u;
/** A legal form closing a company's name ("… Solutions Limited"). */
const LEGAL_WORD = new RegExp(`^${LEGAL_FORM}$`, 'u');
/** The heads closing a company's name after "and" ("… and Commercial Bank", "… and Industrial Solutions"). */
const COMPANY_TAIL_HEAD = /^(?:Solutions|Bank|Company|Corporation|Holdings|Industries|Systems|Services|Technologies)$/;

/** Nouns of bodies that look abstract ("Association", "Federation"): they open a second name, not a subject. */
const BODY_NOUN = /^(?:Association|Federation|Coalition|Confederation|Corporation|Foundation|Organisation|Organization|Institution|Commission|Delegation|Partnership|Company|Agency|Authority|Society|Community|University)$/;

/** Words naming a quality or an activity ("Authenticity", "Governance", "Innovation"). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ity|ness|ion|ment|ance|ence|ing|ics|ure|cy|ty|ism|ship|ogy)$/u;

/** Heads of Spanish, Portuguese, Catalan, French and Italian bodies' names. */
const ROMANCE_HEADS = 'Centro|Instituto|Consejo|Conselho|Fundación|Fundação|Laboratorio|Laboratório|Escuela|Escola|Agencia|Agência|Asociación|Associação|Institut|Centre|Istituto|Consiglio|Fondazione';
/** A Romance-language body's name so far: its head, then "de" and a capitalised word ("Centro de Investigación"). */
const ROMANCE_BODY = new RegExp(`^(?:${ROMANCE_HEADS}) (?:de|do|da|del|dos|das|di|per|pour|des|d['’]) ?(?:la |el |los |las )?\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)*$`, 'u');
/** A Romance-language body's head, perhaps an adjective, and "de" ("Instituto Nacional de …"). */
const ROMANCE_NAMED = new RegExp(`^(?:${ROMANCE_HEADS})(?: \\p{Lu}[\\p{L}]+)? (?:de|do|da|del|dos|das|di) `, 'u');
/** The head a second body's name opens with ("Universidad de …"): no "and" joins it to the name before. */
const SECOND_BODY = new RegExp(`^(?:${ROMANCE_HEADS}|Universidad|Universidade|Université|Università)$`);
/** Its "and" ("y", "e", "i", "et"), perhaps with "de", before a capitalised word. */
const ROMANCE_AND = /^ ((?:y|e|i|et) (?:(?:de|del|da|do|dos|das|des|la|el) )?)(?=\p{Lu})/u;

/** A subject word, or an abstract noun that names no body and no activity ("Conservation", not "Federation" or "Mining"). */
function isSubjectNoun(word: string): boolean {
  return SUBJECT_WORDS.test(word) || (ABSTRACT_NOUN.test(word) && !BODY_NOUN.test(word) && !/ing$/.test(word));
}

/** A word of a field's name: a subject noun, or an adjective that describes the next one ("Atomic", "Renewable"). */
function isFieldWord(word: string): boolean {
  return isSubjectNoun(word) || FIELD_ADJECTIVE.test(word);
}
const FIELD_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ic|able|ible|ive|ed)$/u;

/**
 * "Faculty of Engineering", "School of Science and Engineering": a faculty named
 * by its fields alone is a unit of a university the text names elsewhere, not
 * an organisation of its own ("College of Engineering Pune" and "Faculty of
 * Sciences of the University of Lisbon" name their place or parent).
 */
export function isBareFacultyName(name: string): boolean {
  const fields = /^(?:School|Faculty|College) of (.+)$/.exec(name)?.[1];
  return !!fields && fields.split(/,? (?:and|&) |, /).join(' ').split(' ').every((word) => (isFieldWord(word) || /^(?:\p{Lu}\p{Ll}+al|Studies)$/u.test(word)) && !isRegion(word) && !isCityName(word));
}

/** One to three field words ("Technology", "Renewable Energy"): no name of their own. */
function fieldWordsOnly(tail: string): boolean {
  const words = tail.trim().split(' ');
  return words.length <= 3 && words.every((word) => isFieldWord(word) && !isRegion(word)) && !INSTITUTION_HEAD.test(tail) && !isKnownOrganization(tail.trim());
}

/** "Science and ICT" stays whole inside "Ministry of …"; lists "A and B" split. */
function joinsWithAnd(before: string, after: string): boolean {
  // The second half runs to the first lowercase word ("… Technology Center that handles …").
  const tail = (/^[\p{L}\p{N} .*&-]*/u.exec(after)?.[0] ?? '').split(/ (?:and|to|in|on|at|with|said|of)\b/)[0].split(/ (?=\p{Ll})/u)[0];
  // "Antigua and Barbuda", "Trinidad and Tobago": a country named with "and".
  const second = /^\p{Lu}[\p{L}]+/u.exec(after)?.[0];
  if (second && countryOf(`${before} and ${second}`) && !countryOf(before)) return true;
  // "Ministry of Science and ICT": the second half is subject words ("ICT", "Climate Action"), not another name.
  // ("Chamber of Commerce and Industry of Slovenia": a chamber's trades are its subject words too.)
  if (/\b(?:of|for)\b/.test(before) && (INSTITUTION_HEAD.test(before) || /\bChamber of\b/.test(before))) {
    // "Institute for Intelligent Analysis and Information Systems IAIS": capitalised field words closed by the institute's acronym.
    if (/^(?:\p{Lu}\p{Ll}+ ){1,3}\p{Lu}{2,6}$/u.test(tail.trim()) && !INSTITUTION_HEAD.test(tail) && acronymOfWords(tail.trim().split(' ').pop()!, `${before} ${tail}`)) return true;
    const next = /^[\p{L}\p{N}*&.-]+(?: [\p{Lu}][\p{L}]+)?/u.exec(after)?.[0] ?? '';
    // ("Office for IT and eServices": a camel-cased e-word is a subject too.)
    // (A sentence's full stop after the last word is no part of it: "… of Science and Technology.")
    // ("University of Engineering and Technology Lahore": a city closing the subject words names the campus.)
    // ("Jazari Institute for Artificial Intelligence and Energy Transition": an abstract noun closes the subject too.)
    // ("Center for Connected and Automated Transportation": a participle may describe the subject word after it.)
    const words = next.replace(/\.$/, '').split(' ');
    const subject = (word: string): boolean => GENERIC_WORDS.has(word) || isSubjectNoun(word) || /^\p{Ll}\p{Lu}\p{Ll}/u.test(word) || isCityName(word);
    return !INSTITUTION_HEAD.test(tail) && words.every((word, i) => subject(word) || (i < words.length - 1 && /^\p{Lu}\p{Ll}+ed$/u.test(word)));
  }
  // "National Infrastructures for Research and Technology", "King Abdullah City for Atomic and Renewable Energy": after
  // "for", field words alone name nothing; they finish the field begun before "and".
  if (/\bfor (?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+$/u.test(before) && isFieldWord(before.split(' ').pop()!) && fieldWordsOnly(tail)) return true;
  // "Coalition for Content Provenance and Authenticity": a body named for what it does keeps both halves of its purpose.
  // (Its words are abstract nouns or subject words: "… Open Models and Google" is a list.)
  if (/^(?:Coalition|Alliance|Partnership|Consortium|Forum|Network|Association|Federation|Initiative) (?:for|of) /.test(before) && tail.trim().split(' ').every((word) => ABSTRACT_NOUN.test(word) || SUBJECT_WORDS.test(word))) return true;
  // "European Lighthouse on Secure and Safe AI": a body's topic after "on" runs on in topic words.
  if (/\b on (?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}[\p{L}-]+$/u.test(before) && TOPIC_HEAD.test(before.split(' on ')[0]) && tail.trim().split(' ').every(isTopicWord)) return true;
  // "Research Hub for Driving Farming Productivity and Disease Prevention": a hub's or centre's purpose, closed by an abstract noun.
  const purpose = tail.trim().split(' ');
  if (/\b(?:Hub|Centre|Center|Network|Programme|Program|Initiative) for (?:\p{Lu}\p{L}+ ){1,4}$/u.test(`${before} `) && purpose.length <= 3 && ABSTRACT_NOUN.test(purpose[purpose.length - 1]) && !INSTITUTION_HEAD.test(tail) && !isKnownOrganization(tail.trim())) return true;
  // "Renewal and Transition Plan": a programme's head closing a short second half names one programme, not two actors.
  if (/^(?:\p{Lu}\p{Ll}+ ){0,2}(?:Plan|Facility|Programme|Program|Mechanism|Strategy|Initiative|Agenda)$/u.test(tail.trim()) && /^(?:\p{Lu}\p{Ll}+ ?){1,2}$/u.test(before)) return true;
  // "Knut and Alice Wallenberg Foundation": a foundation named after two people shares their surname.
  if (/^\p{Lu}\p{Ll}+$/u.test(before) && !isKnownOrganization(before) && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:Foundation|Trust|Fund|Institute)\.?$/u.test(tail.trim())) return true;
  // "Industrial and Commercial Bank of China", "CG Power and Industrial Solutions": a business adjective and a company's
  // head after "and" finish the name begun before it; alone they name nothing ("… and National Bank of Kuwait" is a list).
  const [adjective, companyHead, ...more] = tail.trim().split(' ');
  if (more.every((word) => LEGAL_WORD.test(word)) && BUSINESS_ADJECTIVE.test(adjective) && !isRegion(adjective) && COMPANY_TAIL_HEAD.test(companyHead ?? '') && !INSTITUTION_HEAD.test(before) && !COMPANY_TAIL_HEAD.test(before.split(' ').pop() ?? '')) return true;
  // "Saudi Data and AI Authority": a generic word before "and", the head after it.
  const lastBefore = before.split(' ').pop() ?? '';
  // "Greek Research and Technology Network", "Export and Investment Fund of Denmark": a fund or network closing the second half heads the whole.
  // ("Groundfish Research and Conservation Society": a society or an association too.)
  const head = INSTITUTION_HEAD.test(tail) || /\b(?:Fund|Network|Society|Association)$/.test(tail.trim());
  // "Brisk Data and Cinder University" is a list: the second half's words before its head must be generic too.
  const tailWords = tail.trim().split(' ');
  const genericTail = tailWords.slice(0, -1).every((word) => GENERIC_WORDS.has(word) || SUBJECT_WORDS.test(word) || /^\p{Lu}{2,}$/u.test(word) || (ABSTRACT_NOUN.test(word) && !BODY_NOUN.test(word)));
  return (GENERIC_WORDS.has(lastBefore) || SUBJECT_WORDS.test(lastBefore)) && head && genericTail && !INSTITUTION_HEAD.test(before);
}

/** Whether every letter of an acronym is an initial of the name's capitalised words ("IAIS" of "Institute … Analysis … Information Systems"). */
export function acronymOfWords(acronym: string, name: string): boolean {
  const initials = new Set(name.split(/\s+/).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).map((word) => word[0]));
  return [...acronym].every((letter) => initials.has(letter));
}

/** ", usually shortened to AIIA", ", known as CSLP": a short form introduced in words, capitals only. */
const SHORTENED_TO = /^,? (?:(?:usually|often|commonly|generally|also) )?(?:shortened to|abbreviated to|abbreviated as|known as|referred to as) ([\p{Lu}][\p{Lu}\p{N}&]{1,9})(?![\p{L}\p{N}])/u;

/** "Unified Acceleration Foundation (UXL Foundation)": a short form in brackets that keeps the name's last word after an acronym. */
function headedShortForm(rest: string, name: string): RegExpExecArray | null {
  const short = /^ \(((?=(?:\p{N}*\p{Lu}){2})[\p{Lu}\p{N}&-]{2,8} (\p{Lu}\p{Ll}+))\)/u.exec(rest);
  return short && name.endsWith(` ${short[2]}`) ? short : null;
}

/** Trims a possessive, keeps "in <Place> (ACR)" together, and reads a following acronym. */
function finishSpan(sentence: string, start: number, end: number): NameSpan {
  let text = sentence.slice(start, end);
  const possessive = /^['’]s?(?!\p{L})/u.test(sentence.slice(end));
  let rest = sentence.slice(end);
  const place = /^ in (\p{Lu}[\p{L}]+) (?=\()/u.exec(rest);
  if (place) {
    text = `${text}${place[0].trimEnd()}`;
    end += place[0].length - 1;
    rest = sentence.slice(end);
  }
  // "Huawei Technologies (Thailand) Co., Ltd.": a local subsidiary's country, bracketed before its legal form, is part of its name.
  const local = LOCAL_SUBSIDIARY.exec(rest);
  if (local && countryOf(local[1])) {
    const span: NameSpan = { text: `${text} (${local[1]})`, start, end: end + local[0].length, possessive: false };
    span.written = sentence.slice(start, span.end);
    return span;
  }
  // ("Artificial Intelligence Industry Alliance, usually shortened to AIIA": a short form given in words counts as the bracketed one.)
  const said = SHORTENED_TO.exec(rest);
  const legalBefore = LEGAL_BEFORE_ACRONYM.exec(rest);
  if (legalBefore) rest = rest.slice(legalBefore[0].length);
  const acronym = /^ \(([\p{Lu}\p{N}][\p{L}\p{N}*&.+\-]{1,14})\)/u.exec(rest) ?? (said && acronymOfWords(said[1], text) ? said : null) ?? headedShortForm(rest, text);
  const span: NameSpan = { text, start, end: start + text.length, possessive };
  if (acronym && ((acronym[1].match(/\p{Lu}/gu)?.length ?? 0) >= 2 || isWordShortForm(acronym[1], text))) {
    span.acronym = acronym[1];
    span.end = end + (legalBefore?.[0].length ?? 0) + acronym[0].length;
    // "… Kooperation (GDK) GmbH": a legal suffix after the acronym belongs to the name as written.
    const legal = LEGAL_AFTER_ACRONYM.exec(sentence.slice(span.end));
    if (legal) {
      span.written = sentence.slice(start, span.end + legal[0].length);
      span.end += legal[0].length;
    }
  }
  return span;
}

/**
 * "Center for Research and Advanced Studies (Cinvestav)", "University of
 * Campinas (Unicamp)": an institution's short form may be one capitalised
 * word. A place in brackets ("(Finland)") or a known organisation is not one.
 */
function isWordShortForm(word: string, name: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word) && name.split(' ').length >= 3 && (INSTITUTION_HEAD.test(name) || OF_HEAD.test(name.split(/ (?:of|for) /)[0]))
    && !isRegion(word) && !isCityName(word) && !GENERIC_WORDS.has(word) && !isKnownOrganization(word);
}

/**
 * All maximal name spans of a sentence, left to right. A sentence-opening
 * word ("The", "Separately") is skipped so it does not glue onto the name.
 */
export function findNameSpans(sentence: string): readonly NameSpan[] {
  // Every cue reads the same sentence's spans: read them once (the cache is bounded, spans are never mutated).
  const cached = spanCache.get(sentence);
  if (cached) return cached;
  if (spanCache.size > 2000) spanCache.clear();
  const spans = readAllSpans(sentence);
  spanCache.set(sentence, spans);
  return spans;
}

const spanCache = new Map<string, readonly NameSpan[]>();

function readAllSpans(sentence: string): NameSpan[] {
  const spans: NameSpan[] = [];
  // "A*STAR" is one word but "**Naver Cloud**" (markdown bold) starts a name after the stars, and
  // "start 'AI Japan R&D Network'" after the quote. (A name read whole, "O'Brien Labs", is stepped past.)
  const wordStart = /(?<![\p{L}\p{N}.&-])(?<![\p{L}\p{N}]\*)(?=[\p{L}\p{N}])/gu;
  let match: RegExpExecArray | null;
  let cursor = 0;
  while ((match = wordStart.exec(sentence))) {
    // The pattern matches empty strings: step past each position by hand.
    wordStart.lastIndex = match.index + 1;
    if (match.index < cursor) continue;
    const span = readNameAt(sentence, match.index);
    if (!span) continue;
    // Mid-sentence ("the university's Research Computing Services") a capitalised noun is part of the name.
    const clauseStart = opensClause(sentence.slice(0, span.start));
    let trimmed = dropOpener(span, clauseStart);
    // ("In October TuSimple said …", "By March 2024 Kelvo had …": the month a preposition opens is when, not who.)
    const month = trimmed && DATED.exec(trimmed.text);
    if (trimmed && month && TIME_PREPOSITION.test(sentence.slice(0, trimmed.start))) trimmed = { ...trimmed, text: trimmed.text.slice(month[0].length), start: trimmed.start + month[0].length };
    // "Becoming an incorporated association gives …": a verb's -ing form opening a clause, its object after it ("Boeing said" stays).
    if (trimmed && clauseStart && /^\p{Lu}\p{Ll}+ing$/u.test(trimmed.text) && GERUND_OBJECT.test(sentence.slice(trimmed.end))) trimmed = null;
    // "The Ministry of Economy, Trade and Industry": re-read once the opener is gone.
    if (trimmed && trimmed.start !== span.start) {
      const reread = readNameAt(sentence, trimmed.start);
      if (reread && reread.end > trimmed.end) trimmed = reread;
    }
    if (trimmed) spans.push(trimmed);
    cursor = Math.max(trimmed?.end ?? span.end, span.end, match.index + 1);
    wordStart.lastIndex = cursor;
  }
  const read = spans.map((span, at) => acronymBefore(sentence, spans[at - 1], span) ?? span);
  // A name the acronym reaches back into swallows the spans it covers ("Centre" before "… de Montréal (CRIM)").
  // (One the spelling starts inside, "Associação Mobilizar" before "… com Valores (MCV)", is the name's start.)
  const spelled = read.map((span) => {
    const back = spelledBack(sentence, span);
    const opening = back && read.find((other) => other.start < back.start && other.end > back.start);
    return opening && back ? { ...back, text: sentence.slice(opening.start, back.start) + back.text, start: opening.start } : back ?? span;
  });
  return spelled.filter((span, at) => !spelled.some((other, j) => j > at && other.start <= span.start && other.end >= span.end));
}

/**
 * "Centre de recherche informatique de Montréal (CRIM)", "Université virtuelle
 * du Sénégal (UVS)": a name written with lower-case words stops at them, but
 * a bracketed acronym spelled by the initials of the words before it (small
 * joining words aside) vouches for the whole, from its capitalised first word.
 */
function spelledBack(sentence: string, span: NameSpan): NameSpan | undefined {
  if (!span.acronym || !/^\p{Lu}{3,8}$/u.test(span.acronym)) return undefined;
  const words = sentence.slice(Math.max(0, span.start - 120), span.start).split(' ').slice(0, -1);
  const own = spellingOf(span.text.split(' '));
  for (let from = words.length - 1; from >= Math.max(0, words.length - 8); from--) {
    const word = words[from];
    if (!/^[\p{L}'’]+$/u.test(word)) return undefined;
    if (!/^\p{Lu}/u.test(word) || OPENERS.has(word)) continue;
    const added = words.slice(from);
    if (!added.some((w) => /^\p{Ll}/u.test(w) && !JOINING_WORD.test(w))) continue;
    if (spellingOf(added) + own !== span.acronym.toLowerCase()) continue;
    const prefix = `${added.join(' ')} `;
    return { ...span, text: prefix + span.text, start: span.start - prefix.length };
  }
  return undefined;
}

/** Small joining words an acronym skips: "de", "du", "of", "and". */
const JOINING_WORD = /^(?:de|du|des|d['’]\p{L}*|en|et|of|la|le|les|di|del|della|y|e|and|for|the|für|der|die|das|und|à|au|aux)$/u;

/** The lower-cased initials of words, joining words skipped. */
function spellingOf(words: readonly string[]): string {
  return words.filter((word) => !JOINING_WORD.test(word)).map((word) => word.charAt(0).toLowerCase()).join('');
}

/**
 * "BAIC, the Basque Artificial Intelligence Center, …": an acronym, then in
 * apposition the full name its letters spell, is that name's short form, as
 * "(BAIC)" after it would be.
 */
function acronymBefore(sentence: string, before: NameSpan | undefined, span: NameSpan): NameSpan | undefined {
  if (!before || span.acronym || !/^(?=(?:\p{N}*\p{Lu}){2})[\p{Lu}\p{N}&-]{2,8}$/u.test(before.text)) return undefined;
  if (!/^, the $/.test(sentence.slice(before.end, span.start)) || before.text[0] !== span.text[0] || !acronymOfWords(before.text, span.text)) return undefined;
  return { ...span, acronym: before.text };
}

/** A date: a month, perhaps with a day before or after it and a year ("October", "24 September", "May 5, 2025"). */
const DATE = '(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{1,2}(?:st|nd|rd|th)?,?)?(?: \\d{4},?)?';
/** A date, or a weekday, then a capitalised word: "October TuSimple", "24 September SAP SE", "Monday TM Nxera". */
const DATED = new RegExp(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:${DATE} )?|${DATE} )(?=\\p{Lu})`, 'u');
/** A preposition of time opening a clause right before a name: "In October …", "By March …", "On 11 November …" ("investors in May Mobility" is a name). */
const TIME_PREPOSITION = /(?:^|[,;:]\s|\*\*\s?|^- )(?:In|On|By|Since|Until|During|Late|Early|Mid|From|Through|Then in|And in|But in|Then on|And on) $/;

/**
 * "| Builds the platform …", "Coordinates the consortium": one capitalised word opening a clause, with no comma
 * after it, is a verb (a table cell, a bullet), not a name with an appositive.
 */
export function isOpeningVerb(sentence: string, span: { text: string; start: number; end: number }): boolean {
  return !span.text.includes(' ') && !sentence.slice(span.end).startsWith(',') && opensClause(sentence.slice(0, span.start));
}

/** Whether the text before a word ends where a sentence, a clause or a table cell opens ("", "- **", "… — ", "| "): capitals there say nothing about a name. */
export function opensClause(before: string): boolean {
  return /^[\s"“'‘*_(#>|-]*$|[.:;!?—–|-][\s"“'‘*_(]*$/u.test(before);
}

/** What follows a gerund but not a name: a determiner opening its object. */
const GERUND_OBJECT = /^ (?:a|an|the|this|that|these|those|its|their|our|his|her)\b/;

/** A lone capitalised adverb made from an adjective: "Normally", "Typically", "Currently" (not "Italy" or "Kelly"). */
const ADVERB = /^\p{Lu}\p{Ll}+(?:al|ent|ant|ous|ive|ic|ar|ate|ed|ing|ful|ible|able)ly$/u;

/** Openers that are nouns: capitalised only at the start of a sentence or clause, part of a name elsewhere. */
const NOUN_OPENERS = new Set(['Research', 'Partners', 'Members', 'Teams', 'Publishers', 'Officials', 'Analysts', 'Critics', 'Selected', 'Eliminated', 'Next', 'Last']);

/** Plural nouns for an organisation's people or shares, then "of", "at" or "from" (capitalised, they open a clause). */
const STAFF_OF = /^(?:Shares|Shareholders|Researchers|Scientists|Engineers|Employees|Executives|Staff|Students|Workers|Investors|Customers|Users|Representatives|Experts|Developers|Officials) (?:of|at|from) (?:the )?(?=\p{Lu})/u;

/** "The Upstage" → "Upstage": drops leading capitalised function words (noun-like ones only where a clause starts). */
export function dropOpener(span: NameSpan, clauseStart = true): NameSpan | null {
  let { text, start } = span;
  // "Members of Helios include A": a noun for members, then whose members they are, is no part of the name ("Partners of the Americas" may be one).
  // ("Shares of Rutaco rose", "Researchers at Quorra Institute built …": people or stock of an organisation, then the organisation.)
  const collective = /^(?:Members|Participants) (?:of|in) (?:the )?(?=\p{Lu})/u.exec(text) ?? STAFF_OF.exec(text);
  if (collective) [text, start] = [text.slice(collective[0].length), start + collective[0].length];
  // ("The Next Generation Graduates Programs": after an article, a noun opener no longer opens the clause.)
  let atClause = clauseStart;
  for (;;) {
    const word = /^(\S+) /.exec(text);
    // ("Research Computing Services said …": a noun opener stays when an organisation's head closes the name.)
    const headed = word && NOUN_OPENERS.has(word[1]) && text.split(' ').length >= 3 && ORG_HEADS.has(text.split(' ').pop()!);
    // ("Currently Orvik leads": an adverb opening a clause is no part of the name.)
    const opener = !!word && (OPENERS.has(word[1]) || (atClause && ADVERB.test(word[1]))) && (atClause || !NOUN_OPENERS.has(word[1])) && !headed;
    // "Start-up Mesolitica has released …": a capitalised role noun opening a sentence describes the name.
    if (!word || !(opener || (start === 0 && ROLE_OPENERS.has(word[1])))) break;
    text = text.slice(word[0].length);
    start += word[0].length;
    if (/^(?:The|A|An)$/.test(word[1])) atClause = false;
  }
  if (OPENERS.has(text) && (clauseStart || !NOUN_OPENERS.has(text))) return null;
  // "Normally a consortium …": an adverb opening a clause is no name.
  if (clauseStart && ADVERB.test(text)) return null;
  return { ...span, text, start };
}

/** Whether every word of the name is generic ("Sovereign AI", "Key Takeaways"). */
export function isGenericName(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => !/^(?:of|for|and|the|&)$/i.test(word));
  return words.every((word) => GENERIC_WORDS.has(word) || /^\p{N}+$/u.test(word));
}

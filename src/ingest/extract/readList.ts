import { isCountryForm } from '../resolve/countries';
import { OFFICER_TITLES, ROLE_NOUNS } from './lexicon';
import { readNameAt, type NameSpan } from './nameSpans';

/**
 * Reading enumerations of names: "telecom firm Softbank, automaker Honda, IT
 * enterprise NEC, and consumer electronics leader Sony". Each item is an
 * optional descriptor (a few words) plus a name; the list ends at the first
 * item that is not one, or at a clause boundary.
 */

/** One enumerated name and the descriptor written before it. */
export interface ListItem {
  name: NameSpan;
  /** "telecom firm" in "telecom firm Softbank"; "" when none. */
  descriptor: string;
}

// "joined by A, by B and by C": a repeated preposition keeps the list going.
const SEPARATOR = /^(?:,? and by |, by |,? as well as |,? plus |,? along with |,? and |, |;? and |; )/;
/** An appositive or relative clause after an item ("X, a Brno startup", "Y, which will train the model"): describes it, names nothing new. */
// ("Inception, the G42 company, and …": an owner's name before "company"/"unit" describes the item before it.)
const APPOSITIVE_START = /^,? (?:an?|which|who|whose|one of|part of|supplying|providing|specialising|specializing|based in|headquartered in|the (?:[\p{Ll}-]+ ){0,3}(?:of|behind|that|which)|the [\p{Lu}\p{N}][\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)? (?:company|subsidiary|unit|arm|affiliate|spin-off)(?=,))(?!\p{L})/u;
/** Where a list resumes after an appositive: a comma or semicolon, perhaps "and", then the next item. */
const RESUME = /[,;] (?:and )?(?:by )?(?=(?:the )?[\p{Lu}\p{N}]|(?:[\p{Ll}-]+ ){1,3}[\p{Lu}\p{N}])/gu;
// "led by X today made …": a time adverb after a name ends the list like a verb does.
const END = /^(?:\s*$|[.;:!?)\]—–]|,? (?:[-–—] )|,? (?:which|who|whose|that|with|to|on|for|at|among|have|has|had|will|would|are|is|was|were|said|says|say|plans?|as|into|from|under|after|while|but|by|also|all|each|both|span|joined|signed|committed|agreed|announced|could|can|may|might|should|must|did|do|does|were|being|been|over|through|a total|to|called|named|known as|dubbed|in (?=\p{Ll})|of|about|since|until|before|during|against|without|via|per|today|yesterday|recently|officially|formally|publicly|jointly|this (?:week|month|year)|last (?:week|month|year)|earlier this)\b)/u;
const SELF_REFERENCE = /^(?:(?:the (?:[\p{Ll}-]+)['’]s?|its|their)(?: own)? (?:[\p{Ll}-]+ )?(?:researchers|engineers|scientists|staff|team|teams|lab|labs|experts|specialists)),(?: and)? (?=(?:the |a |an )?[\p{Lu}\p{N}]|[\p{Ll}-]+ \p{Lu})/u;
const LOCATION = /^ in \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?/u;
const MAX_DESCRIPTOR_WORDS = 5;
const UNIT_OF = /^['’]s (?=(?:Faculty|School|Department|Institute|Centre|Center|Laboratory|Lab|College|Division) )/;
const GROUP_INTRO = /^(?:(?:group|handful|number|clutch|trio|pair|host|set|range) of |several |(?:two|three|four|five|six|seven|eight|nine|ten|\d+) )?(?:[\p{L}-]+ )?(?:universities|institutes|institutions|research centres|research centers|start-?ups|companies|firms|labs|laboratories|organisations|organizations)(?: [-–—]|:| including| such as| namely) /u;
// "the CiTIUS research centre at the University of …": a role noun (perhaps after a modifier) then where it sits.
// ("brings together companies such as A and B with universities including C": "with" then a kind of member goes on;
// a bare "with" ends the list, as in "A and B, with support from C".)
const WITH_GROUP = new RegExp(`^,? (?:together )?with (?=${GROUP_INTRO.source.slice(1)})`, 'u');
const TRAILING_ROLE = new RegExp(`^ (?:[\\p{Ll}-]+ )?(?:${ROLE_NOUNS.join('|')})(?=[,.;]| and | (?:at|in) (?:the )?\\p{Lu})`, 'u');
const DESCRIPTOR_GOES_ON = new RegExp(`^['’]?s? (?:[\\p{Ll}-]+ ){0,2}(?:${ROLE_NOUNS.join('|')}) (?=\\p{Lu}|\\p{N})`, 'u');

/**
 * The lists that start at `pos` and after each of the clause's `markers`
 * ("… institutes such as A and B, and non-profits like C"; "A and B, joined by C"),
 * read up to the clause's end.
 */
export function readListsFrom(sentence: string, pos: number, markers: RegExp): ListItem[] {
  const clause = sentence.slice(pos).split(/[.;]/)[0];
  const starts = [pos, ...[...clause.matchAll(markers)].map((match) => pos + (match.index ?? 0) + match[0].length)];
  return starts.flatMap((at) => readList(sentence, at));
}

/** Reads the enumeration starting at `pos` (after its trigger). Empty when none starts there. */
export function readList(sentence: string, pos: number): ListItem[] {
  const items: ListItem[] = [];
  let cursor = pos;
  let separator = '';
  // "members range from Kelvo to Tamsin and Ruta": the first item, then "to", then the rest.
  const ranged = /\b(?:range|ranges|ranging|ranged) from $/.test(sentence.slice(0, pos));
  for (;;) {
    // "comprises the university's researchers, A and B": the leader's own staff point back to it, and the list goes on.
    const own = SELF_REFERENCE.exec(sentence.slice(cursor));
    if (own) {
      cursor += own[0].length;
      continue;
    }
    const item = readItem(sentence, cursor);
    if (!item) break;
    // "…, and NC AI partners with …": after ", and" a name running into prose starts a new clause.
    if (item.soft && separator.startsWith(', and')) break;
    items.push(item.item);
    const next = item.soft ? item.next : skipAppositive(sentence, item.next);
    const sep = (ranged && items.length === 1 ? /^ to /.exec(sentence.slice(next)) : null) ?? WITH_GROUP.exec(sentence.slice(next)) ?? SEPARATOR.exec(sentence.slice(next));
    if (!sep) break;
    separator = sep[0];
    cursor = next + sep[0].length;
  }
  return items;
}

/**
 * Skips "…, a Cairo early-stage investor that will manage grants;" after an
 * item, up to the separator before the next item that reads as a name; when no
 * next item follows, the list ends there. Returns where the separator starts.
 */
function skipAppositive(sentence: string, pos: number): number {
  if (!APPOSITIVE_START.test(sentence.slice(pos))) return pos;
  const end = /[.!?]["”’)]*(?:\s|$)/.exec(sentence.slice(pos));
  const limit = end ? pos + end.index : sentence.length;
  RESUME.lastIndex = pos + 1;
  for (let match = RESUME.exec(sentence); match && match.index < limit; match = RESUME.exec(sentence)) {
    // "a non-profit that records speakers of Nahuatl, Mixtec and Zapotec": the comma continues the appositive's own list.
    if (/\b(?:speakers|languages|dialects|users|communities|regions|cities|provinces|countries|states|speaks?)(?: of| in| from| like| such as)? \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(sentence.slice(pos, match.index))) continue;
    const candidate = readItem(sentence, match.index + match[0].length);
    // A resumed item must end the list or continue it; a clause ("…, Google said") is not an item.
    if (candidate && !candidate.soft && !/^,? (?:said|says|added|told)\b/.test(sentence.slice(candidate.item.name.end))) return match.index;
  }
  return sentence.length;
}

/** One item: skips up to a few descriptor words until a name that ends cleanly. */
function readItem(sentence: string, pos: number): { item: ListItem; next: number; soft: boolean } | null {
  let start = pos;
  const article = /^(?:the|a|an|its|their|his|her) /i.exec(sentence.slice(start));
  if (article) start += article[0].length;
  // "research groups at Seoul National University": people of an institution stand for it.
  // ("… and includes researchers from X" is a clause, not an item: the optional word is an adjective, never a verb.)
  const people = /^(?:(?!(?:includes|include|including|comprises|has|have|brings|adds|involves)\b)[\p{Ll}-]+ )?(?:groups|teams|labs|researchers|scientists|engineers) (?:at|from) (?:the )?/u.exec(sentence.slice(start));
  if (people) start += people[0].length;
  // "and a group of universities - KAIST, POSTECH …": a collective noun introduces the items that follow.
  const group = GROUP_INTRO.exec(sentence.slice(start));
  if (group) start += group[0].length;
  let wordStart = start;
  for (let skipped = 0; skipped <= MAX_DESCRIPTOR_WORDS; skipped++) {
    const span = readNameAt(sentence, wordStart);
    // "researchers from Universiti Malaya's Faculty of Computer Science": the unit stands for its institution.
    const unit = span && UNIT_OF.exec(sentence.slice(span.end));
    const unitName = unit && readNameAt(sentence, span!.end + unit[0].length);
    if (span && unitName) {
      const end = endOfItem(sentence, unitName.end);
      if (end !== null) return { item: { name: span, descriptor: sentence.slice(start, wordStart).trim() }, next: end.next, soft: end.soft };
    }
    // "U.S. chipmaker Nvidia", "French bank X": a place before a descriptor describes the name after it.
    const described = span && /^\.? ((?:[\p{Ll}-]+ ){1,3})[\p{Lu}\p{N}]/u.exec(sentence.slice(span.end));
    const place = !!described && (isCountryForm(span!.text) || isCountryForm(`${span!.text}.`)) && described[1].trim().split(' ').every(isDescriptorWord);
    if (span && !place) {
      const end = endOfItem(sentence, span.end);
      if (end !== null) {
        return { item: { name: span, descriptor: sentence.slice(start, wordStart).trim() }, next: end.next, soft: end.soft };
      }
    }
    // ("U.S. chipmaker Nvidia": a dotted place abbreviation is a descriptor word too.)
    const word = /^[\p{L}\p{N}'’&.-]+ /u.exec(sentence.slice(wordStart));
    if (!word || !(isDescriptorWord(word[0].trim()) || joinsDescriptor(sentence.slice(wordStart), skipped))) return null;
    wordStart += word[0].length;
  }
  return null;
}

// "wiring and cable maker LEONI", "research and technology organisation X": "and" inside a descriptor that ends in a role noun.
const DESCRIPTOR_AND = new RegExp(`^(?:and|or|&) (?:[\\p{Ll}-]+ ){0,2}(?:${ROLE_NOUNS.join('|')}) (?=[\\p{Lu}\\p{N}])`, 'u');

/** "and" joins two descriptor words when a lowercase word came before it and a role noun ends the descriptor. */
function joinsDescriptor(rest: string, skipped: number): boolean {
  return skipped > 0 && DESCRIPTOR_AND.test(rest);
}

/** Lowercase words between two capitalised names: a descriptor ("software house") when none of them is a clause word. */
function descriptorGoesOn(rest: string): boolean {
  const words = /^ ((?:[\p{Ll}-]+ ){1,3})(?=[\p{Lu}\p{N}])/u.exec(rest);
  // "Skype co-founder Jaan Tallinn": an officer title means the first name is the organisation, the second a person.
  return !!words && words[1].trim().split(' ').every((word) => isDescriptorWord(word) && !/^\p{Ll}+(?:ing|ly)$/u.test(word) && !OFFICER_WORD.test(word));
}

/** An officer's title, then a person's first and last name. */
const OFFICER_AFTER = new RegExp(`^ (?:${OFFICER_TITLES.join('|')}) \\p{Lu}\\p{Ll}+ \\p{Lu}`, 'u');

const OFFICER_WORD = /^(?:founder|co-founder|chief|executive|ceo|chairman|chairwoman|president|director|head|minister|spokesperson|spokesman|spokeswoman|professor|researcher|analyst|engineer|official)$/;

/** Descriptor words describe ("telecom firm"), they do not act: no verbs, no clause words. */
function isDescriptorWord(word: string): boolean {
  if (/^(?:near|outside|via|through|within|across|where|when|whom|while|although|because|since|until|unless|and|or|but|which|who|whose|that|with|to|by|of|from|one|said|says|will|would|is|are|was|were|has|have|had|been|be|it|its|they|their|also|then|in|on|at|for|as|after|before|while|including|include|includes|such|plus|namely|notably|like|among|between|brings|bring|bringing|together|comprises|comprise|unites|gathers|counts|joins|leads|heads|did|does|do|not|never|can|cannot|could|should|may|might|must|shall)$/.test(word)) return false;
  // ("its affiliated entity CNIT", "listed chipmaker X": a few words in -ed describe, as adjectives.)
  return !/^\p{Ll}+ed$/u.test(word) || ADJECTIVE_ED.test(word);
}

const ADJECTIVE_ED = /^(?:affiliated|associated|specialised|specialized|listed|renowned|dedicated|applied|advanced|integrated)$/;

/** Where the item ends (after an optional "in <Place>"), or null if the name runs on; soft when only prose follows. */
function endOfItem(sentence: string, end: number): { next: number; soft: boolean } | null {
  let next = end;
  const possessive = /^['’]s?(?!\p{L})/u.exec(sentence.slice(next));
  if (possessive) return null;
  // "Visayas Broadband Corp., an Iloilo-based provider": the abbreviation's period belongs to the name.
  if (/\b(?:Corp|Inc|Ltd|Co|Bhd|Pte|Pvt)$/.test(sentence.slice(0, next)) && /^\.(?=,|;| and )/.test(sentence.slice(next))) next += 1;
  // "NeuroDX (Intellihealth)": a bracketed other name stays with the item.
  // "Technische Universität Dresden (Center for Information Services …, ZIH)": a unit in brackets too.
  const aside = /^ \([^()]{1,90}\)/.exec(sentence.slice(next));
  if (aside) next += aside[0].length;
  const location = LOCATION.exec(sentence.slice(next));
  if (location) next += location[0].length;
  // "Renesas Electronics of Japan": a country after "of"/"from" says where the item is from.
  const origin = !location && /^ (?:of|from) ((?:the )?\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)/u.exec(sentence.slice(next));
  if (origin && isCountryForm(origin[1].replace(/^the /, ''))) next += origin[0].length;
  // "the Preferred Networks startup": a role noun after the name still ends the item.
  const role = TRAILING_ROLE.exec(sentence.slice(next));
  if (role) next += role[0].length;
  const rest = sentence.slice(next);
  // "… Naver Cloud and the NC AI consortium": a name before a consortium noun names another consortium.
  if (/^ (?:consortium|team|group|alliance|coalition|joint venture)\b/.test(rest)) return null;
  if (SEPARATOR.test(rest) || END.test(rest)) return { next, soft: false };
  // "joined by former Orvane chief executive Mara Velden": the organisation only says whose officer the item is, a person.
  if (OFFICER_AFTER.test(rest)) return null;
  // "IT enterprise NEC", "Medellín software house Quimbaya": the capitalised word was part of a descriptor, the name comes later.
  if (DESCRIPTOR_GOES_ON.test(rest) || descriptorGoesOn(rest)) return null;
  // Any other lowercase word is prose after the last name ("… Munich applied for").
  return /^ \p{Ll}/u.test(rest) ? { next, soft: true } : null;
}

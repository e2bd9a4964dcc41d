import { isOrganizationName, looksLikePerson } from './classifyName';
import { ORG_HEADS } from './lexicon';
import type { NameSpan } from './nameSpans';
import type { CueStrength } from './orgRegistry';
import { readList } from './readList';

type AddFn = (span: NameSpan, strength: CueStrength, descriptor?: string) => void;

/**
 * Organisations named as someone's parent or employer: "Jazz, a unit of
 * Amsterdam-listed VEON", "an analyst at Topline Securities". What follows
 * these phrases is an organisation whatever its name looks like, so the cue
 * is strong.
 */
const AFFILIATION = /\b(?:(?:unit|subsidiary|division|arm|affiliate|spin-?off|spinout) of|(?:analyst|economist|partner|engineer|researcher|scientist|strategist|adviser|advisor|consultant|executive|professor|lecturer) (?:at|with)) (?:the )?/g;

/** "engineers who worked at A, B and C", "she previously worked for A": every employer the list names. */
const WORKED_AT = /\b(?:worked|works|working|work) (?:at|for) (?:the )?/g;

export function findAffiliationCues(sentence: string, add: AddFn): void {
  for (const match of sentence.matchAll(WORKED_AT)) {
    for (const item of readList(sentence, (match.index ?? 0) + match[0].length)) {
      if (isOrganizationName(item.name.text) && !looksLikePerson(item.name.text, ORG_HEADS)) add(item.name, 'strong', item.descriptor || undefined);
    }
  }
  for (const match of sentence.matchAll(AFFILIATION)) {
    // Only a name right after the cue (descriptors aside) is the organisation: "a unit of the French group Orange".
    const [item] = readList(sentence, (match.index ?? 0) + match[0].length);
    if (!item || !isOrganizationName(item.name.text)) continue;
    add(item.name, 'strong', item.descriptor || undefined);
  }
}

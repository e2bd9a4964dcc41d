import { looksLikePerson, isOrganizationName } from './classifyName';
import type { SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { ORG_HEADS } from './lexicon';
import { readNameAt } from './nameSpans';

/**
 * "The project is coordinated by Jan Novák, a linguist at Charles University,
 * and co-led by Anna Berg of Silo Labs": a team led through its people — the
 * organisation each leader works for leads the team. Only a sentence about the
 * team in view ("The project/consortium/It …", within two sentences of its
 * last mention) is read, so a person's employer elsewhere leads nothing.
 */
const LED_BY_PERSON = /\b(?:led|co-led|coordinated|co-ordinated|co-coordinated|headed|co-headed|directed|chaired|steered) by /g;
const SUBJECT = /^(?:The|This|That|Its) (?:[\p{Ll}-]+ )?(?:project|consortium|initiative|alliance|partnership|programme|program|effort|team|coalition)\b|^It (?:is|was|will be)\b/u;
const TEAM_NOUN = /^(?:The|This|That|Its) (?:[\p{Ll}-]+ )?(?:consortium|alliance|partnership|coalition)\b/u;
/** Between a person and the organisation: "of", "at", "from", or an appositive ending in one of those. */
const EMPLOYER = /^(?: (?:of|at|from) (?:the )?|, (?:a|an|the) [^,;()]{0,80}? (?:at|of|from|with) (?:the )?)/;

export function readPersonLedTeam(ctx: SentenceContext): void {
  const { sentence, index, book, registry } = ctx;
  const team = book.current;
  if (!team || !SUBJECT.test(sentence) || !team.refs.some((ref) => ref.sentence >= index - 2)) return;
  // "The project" is the team only when the team has a name of its own; an unnamed one must be called a consortium.
  if (!team.name && !TEAM_NOUN.test(sentence)) return;
  for (const match of sentence.matchAll(LED_BY_PERSON)) {
    const at = (match.index ?? 0) + match[0].length;
    const person = readNameAt(sentence, at);
    if (!person || !looksLikePerson(person.text, ORG_HEADS)) continue;
    const link = EMPLOYER.exec(sentence.slice(person.end));
    const org = link && readNameAt(sentence, person.end + link[0].length);
    if (!org || !isOrganizationName(org.text)) continue;
    registry.add({ surface: org.text, sentence: index, start: org.start, end: org.end, strength: 'strong', viaConsortium: true });
    addTo(team.leaders, org.text, index);
    book.refer(team, index, org.start, org.end);
  }
}

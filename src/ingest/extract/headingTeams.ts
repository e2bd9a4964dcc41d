import { isTeamOrProjectName } from './classifyName';
import type { ConsortiumBook } from './consortiumDrafts';
import { EMPTY_WORDS, SECTION_BREAK } from './lexicon';
import { readNameAt } from './nameSpans';

/**
 * An article's sections and the teams their headings name. Explainers and
 * features give each team a section of its own: "## Who is in TAILOR?",
 * "## SCAI-LAB: the big tent", "**Members of VARDO**". The team such a
 * heading names is the team its section's members join.
 */

/** "Who is in X?", "Who's behind X", "Inside X", "Members of X", "Meet X", "The partners in X". */
const ASKS_WHO = /^(?:Who(?:['’]s| is| are)? (?:in|behind|inside|part of|on board (?:with|at)?|building|runs?|leads?)|Inside|Members of|Partners (?:in|of)|Meet|The (?:partners|members|team) (?:in|of|behind))\s+(?:the\s+)?/i;
/** "X: the big tent", "X — the Valparaíso alliance": a name, then what it is. */
const NAME_THEN_WHAT = /^\s*[:–—-]\s+(?:the|a|an)\s/i;

/** Labels a heading opens with that name no team: "LIVE: …", "UPDATE: …", "Background: the strong sense of crisis". */
const HEADLINE_LABEL = /^(?:LIVE|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|NEWS|NOTE|SUMMARY|CORRECTION|WATCH|VIDEO|PODCAST|FAQ|TL;DR|TLDR|Q&A)$/;
/** A section's label in sentence case: "Background", "Outlook", "Takeaway". */
const SECTION_LABEL = /^(?:Background|Context|Overview|Summary|Introduction|Conclusion|Conclusions|Outlook|Timeline|Takeaways?|Analysis|Update|Verdict|Method|Methods|Methodology|Results|Findings|Funding|Budget|Goals?|Aims?|Caveats?|Disclosure|Correction|Note|Comment|Opinion|Explainer|Recap|Highlights?|Bottom line|Next steps|What next|Why|How|Who|What)$/;

/** The team a heading names, when it names one as a team's (else undefined). */
export function teamInHeading(heading: string): string | undefined {
  // ("2. AI4REALNET: …": a newsletter item's number is no part of it.)
  const text = heading.replace(SECTION_BREAK, '').replace(/\*\*/g, '').trim().replace(/^\d{1,2}[.)] /, '');
  const asks = ASKS_WHO.exec(text);
  const span = readNameAt(text, asks ? asks[0].length : 0);
  // ("AI4REALNET: reinforcement learning meets the control room": a coined name needs no "the" after its colon.)
  const coined = span && /^(?=.*[\p{N}-]|(?:\p{Lu}{3,}$)|.*\p{Ll}\p{Lu})\S+$/u.test(span.text) && !HEADLINE_LABEL.test(span.text) && /^:\s/.test(text.slice(span.end));
  if (!span || (!asks && (span.start !== 0 || !(NAME_THEN_WHAT.test(text.slice(span.end)) || coined)))) return undefined;
  // (The question ends at the name: "Who is in TAILOR?", not "Who is in TAILOR and why".)
  if (asks && !/^\s*[?:.]?\s*$/.test(text.slice(span.end))) return undefined;
  // ("Project 2: the yellow pea consortium": a numbered label, not a name.)
  return isTeamOrProjectName(span.text) && !NUMBERED_LABEL.test(span.text) && !SECTION_LABEL.test(span.text) ? span.text : undefined;
}

const NUMBERED_LABEL = /^(?:Project|Part|Step|Item|Case|Section|Chapter|Option|Phase|Round|Stage|Track|Lot|Team|Group|Consortium|Bid|Example|No\.?)\s+(?:\d+|[IVX]+|[A-Z])$/;

/** "Project 1: the smart-sprayer consortium", "The lentil disease consortium": a heading that ends in a described team. */
const DESCRIBED_IN_HEADING = /^(?:[^:–—]{0,30}[:–—]\s+)?(?:the |a |an )?((?:[\p{L}\p{N}&'’-]+ ){1,3}(?:consortium|alliance|coalition|partnership|joint venture|venture|network|collaboration|project|programme|program))$/iu;

/** The team a heading describes without a name ("smart-sprayer consortium"), when its words say which. */
export function describedTeamInHeading(heading: string): string | undefined {
  const text = heading.replace(SECTION_BREAK, '').replace(/\*\*/g, '').trim();
  const described = DESCRIBED_IN_HEADING.exec(text);
  if (!described) return undefined;
  const words = described[1].split(' ').slice(0, -1);
  // ("The new consortium", "Our partners' network": words any team could have, or a possessive, say nothing.)
  if (words.every((word) => EMPTY_WORDS.test(word.toLowerCase())) || words.some((word) => /^(?:our|their|its|his|her|my|your|who|what|why|how)$/i.test(word))) return undefined;
  return /^(?:[Tt]he|[Aa]n?) /.test(described[1]) ? described[1].replace(/^\S+ /, '') : described[1];
}

/** Whether a sentence is a heading: a Markdown heading, or a line in bold alone. */
export function isHeading(sentence: string): boolean {
  return /^#{1,6}\s/.test(sentence) || /^\*\*[^*]+\*\*$/.test(sentence.trim());
}

/** Section number of each sentence: a Markdown heading or a rule ("---") starts a new one. */
export function sectionsOf(sentences: string[]): number[] {
  let section = 0;
  return sentences.map((sentence) => (SECTION_BREAK.test(sentence) ? ++section : section));
}

/** The heading of each sentence's section, with its index (a heading is its own section's), or undefined before the first. */
export function sectionHeadings(sentences: string[]): Array<{ text: string; index: number } | undefined> {
  let current: { text: string; index: number } | undefined;
  return sentences.map((sentence, index) => {
    if (isHeading(sentence)) current = { text: sentence, index };
    else if (SECTION_BREAK.test(sentence)) current = undefined;
    return current;
  });
}

/**
 * A team named after its leader ("DFKI consortium") whose every mention sits
 * in a section headed by another team's name ("## Who is in HumanE-AI-Net?")
 * takes that name; the leader's form stays an alias.
 */
export function nameTeamsByHeading(book: ConsortiumBook, sentences: string[]): void {
  const headings = sectionHeadings(sentences);
  for (const draft of book.drafts.filter((d) => !d.name && d.leaders.size && d.refs.length)) {
    const named = new Set(draft.refs.map((ref) => teamInHeading(headings[ref.sentence]?.text ?? '')));
    const [name] = named;
    if (named.size !== 1 || !name || book.drafts.some((d) => d.name === name) || draft.leaders.has(name)) continue;
    draft.name = name;
  }
}

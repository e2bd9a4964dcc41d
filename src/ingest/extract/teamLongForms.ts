import type { FactSink } from './factSink';
import { escapeRegExp } from './extractGovernments';
import { findNameSpans } from './nameSpans';

/**
 * A team known by a short form ("TRAIN consortium", alias "TRAIN") also
 * answers to the long form the text spells out for it ("Trustworthy &
 * Responsible AI Network (TRAIN)"), a long name to the short form bracketed
 * after it, and to the way the text speaks of it
 * with a team noun ("the WAXAL project", "the Kestrel chatbot project"),
 * so a reader who knows any of them finds it.
 */
export function addTeamLongForms(sentences: string[], sink: FactSink): void {
  const teams = sink.byLabel('Consortium');
  const taken = new Set(teams.flatMap((team) => [team.name, ...team.aliases]));
  for (const team of teams) {
    // (Only a sentence naming a form can spell it out or give it a noun: each name's sentences are found once.)
    const longForms = [team.name, ...team.aliases]
      .flatMap((name) => {
        const naming = sentences.filter((sentence) => sentence.includes(name));
        const spelled = spelledOut(name, naming);
        // ("Collaborative Generative AI (Co-GenAI)": a long name also answers to the short form bracketed after it.)
        const short = naming.flatMap((sentence) => findNameSpans(sentence).filter((span) => span.text === name && span.acronym).map((span) => span.acronym!));
        // ("KASS", spelled out "Korea Autonomous Surface Ship", is also "the Korea Autonomous Surface Ship (KASS) project".)
        // ("Project SARAI", "Projeto Victor": the noun may stand first, capitalised.)
        const fronted = naming.flatMap((sentence) => [...sentence.matchAll(new RegExp(`\\b(?:Project|Projeto|Proyecto|Projekt|Programme|Program) ${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'gu'))].map((match) => match[0]));
        return [...spelled, ...short, ...fronted, ...[name, ...spelled].flatMap((form) => withTeamNoun(form, naming))];
      })
      .filter((form) => !taken.has(form));
    if (longForms.length) sink.addEntity({ ...team, aliases: [...team.aliases, ...new Set(longForms)] });
  }
}

/**
 * What may follow a team's name to make it "the <name> … project": its short
 * form in brackets ("the Korea Autonomous Surface Ship (KASS) project"), up to
 * two lower-case words that are not participles ("The Ames-funded project"
 * names its funder, not itself) nor a clause's small words ("Vaani is a
 * collaboration" is a sentence, not a name), and the team noun, capitalised too ("the Cumulus
 * Project"). Sticky: it is tried right where the name ends.
 */
const TEAM_NOUN_AFTER_NAME =
  /(?: \([\p{Lu}\p{N}-]{2,10}\))?(?: (?![\p{Ll}-]+ed |(?:is|are|was|were|be|a|an|the|and|or|of|to|in|on|at|with|by|for|has|have|had|will|its|their)\b)[\p{Ll}-]+){0,2} (?:[Pp]roject|[Cc]ollaboration|[Ii]nitiative|[Cc]onsortium|[Aa]lliance|[Nn]etwork|[Pp]artnership|[Pp]rogramme|[Pp]rogram|effort|[Cc]oalition|[Cc]luster|[Hh]ub)\b/uy;

/** Where nothing but a space or punctuation stands before a name: no letter, digit or dash joined to its front. */
const STANDS_ALONE = /(?<![\p{L}\p{N}-])/uy;

/** "the WAXAL project", "the Kestrel chatbot project", "the AceGPT collaboration": a name and the team noun the text gives it. */
export function withTeamNoun(name: string, sentences: string[]): string[] {
  // (A fixed expression tried where the name stands: one built per name cost more than all the rest of this step.)
  const found = new Set<string>();
  for (const sentence of sentences) {
    let from = 0;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      // (A match never overlaps the one before.)
      STANDS_ALONE.lastIndex = at;
      if (at < from || !STANDS_ALONE.test(sentence)) continue;
      TEAM_NOUN_AFTER_NAME.lastIndex = at + name.length;
      const tail = TEAM_NOUN_AFTER_NAME.exec(sentence);
      if (!tail) continue;
      found.add(sentence.slice(at, TEAM_NOUN_AFTER_NAME.lastIndex));
      from = TEAM_NOUN_AFTER_NAME.lastIndex;
    }
  }
  return [...found].filter((form) => form !== name);
}

/**
 * The long form a text gives a short name: a name written with the short
 * form in brackets ("African Engineering and Technology Network (Afretec)"),
 * or, for an acronym, the capitalised words before the bracket whose
 * initials spell it ('"Future Artificial Intelligence Research" (FAIR)';
 * an all-capital word gives all its letters: "Trustworthy & Responsible AI Network, or TRAIN").
 */
export function spelledOut(short: string, sentences: string[]): string[] {
  const found = new Set<string>();
  const bracketed = ` (${short})`;
  // Only a sentence naming the short form can spell it out.
  const naming = sentences.filter((sentence) => sentence.includes(short));
  for (const sentence of naming) {
    for (const span of findNameSpans(sentence)) if (span.text !== short && (span.acronym === short || sentence.startsWith(bracketed, span.end))) found.add(span.text);
  }
  if (!/^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(short)) return [...found];
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  // "… Network (TRAIN)", "… Network, or TRAIN".
  const bracket = new RegExp(`([^(),]{3,120}?)["”]?(?: \\(${escapeRegExp(short)}\\)|, (?:or|known as|also known as) ${escapeRegExp(short)}\\b)`, 'gu');
  // Each word's initial, or an all-capital word's every letter ("AI" in "… Responsible AI Network (TRAIN)").
  const spellings = (phrase: string): string[] => {
    const capitalised = phrase.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
    return [capitalised.map((word) => word[0]).join(''), capitalised.map((word) => (/^\p{Lu}+$/u.test(word) ? word : word[0])).join('')];
  };
  for (const sentence of naming) {
    for (const match of sentence.matchAll(bracket)) {
      const words = match[1].split(/\s+/);
      for (let from = words.length - 1; from >= 0; from--) {
        const phrase = words.slice(from).join(' ').replace(/^["“]/, '');
        const spelled = spellings(phrase);
        if (spelled.includes(letters) && /^\p{Lu}/u.test(phrase)) {
          found.add(phrase);
          break;
        }
        if (spelled[0].length > letters.length) break;
      }
    }
  }
  return [...found];
}

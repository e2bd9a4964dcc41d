import type { FactSink } from './factSink';
import { EMPTY_WORDS } from './lexicon';

/**
 * An unnamed team is often spoken of in plain words: "the industrial AI
 * partnership", "a formal AI education collaboration", "the joint
 * development programme they unveiled". When the article has one team, it
 * answers to those words too, so a reader searching for them finds it (the
 * team keeps the name it was built under).
 */
export function addDescribedPhrases(sentences: string[], sink: FactSink): void {
  const withMembers = new Set(sink.relationsOf('MEMBER_OF').map((relation) => relation.to));
  const teams = sink.byLabel('Consortium').filter((team) => withMembers.has(team.id));
  // (Two teams: the text does not say which one the words describe.)
  if (teams.length !== 1) return;
  const [team] = teams;
  const taken = new Set([team.name, ...team.aliases].map((name) => name.toLowerCase()));
  const phrases = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(DESCRIBED)) {
      const phrase = describedTeam(match[1], match[2]);
      if (phrase && !taken.has(phrase.toLowerCase())) phrases.add(phrase);
    }
  }
  if (phrases.size) sink.addEntity({ ...team, aliases: [...team.aliases, ...phrases] });
}

/**
 * A determiner, one to three lower-case words (or "AI"), and a collaboration's
 * head noun not followed by a name or a complement. A programme or project is
 * a team's only when joint ("the joint development programme"): "the training
 * programme" is something a team runs.
 */
const DESCRIBED = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?) ((?:(?:\p{Ll}[\p{Ll}-]*|AI) ){1,3}?)(partnership|collaboration|joint venture|alliance|consortium|(?<=\bjoint (?:[\p{Ll}-]+ ){1,2})(?:programme|program|project))\b(?! (?:of|with|between|among|led|called|named|by)\b)(?! \p{Lu})/gu;

/** Words that say how, when, how big or by whom, not which team: "formal", "recently", "four-way", "government-backed". */
const NOT_DESCRIBING = /^(?:formal|informal|landmark|strategic|historic|long-term|multiyear|wide|broad|short|long|best|most|only|biggest|largest|large|small|big|huge|vast|sprawling|own|another|shared|funded|standing|non-profit|not-for-profit|nonprofit|operating|growing|successful|unusual|unique|novel|ongoing|similar|previous|later|final|initial|key|main|core|full|official|open|[\p{Ll}]+ly|[\p{Ll}]+est|[\p{Ll}-]+-(?:backed|funded|led|owned|run|based|year|month|week|member|way|party|parent|company|strong|stakeholder))$/u;
/** Words that make the phrase a clause, not a name: "industry said that this project". */
const CLAUSE_WORD = /^(?:and|or|of|to|for|in|on|at|by|the|a|an|that|this|these|those|which|who|its|their|our|is|was|will|has|had|are|were|said|says|supports|two|three|four|five|\d+)$/;

/**
 * "industrial AI partnership" from "industrial AI " + "partnership"; undefined
 * when no word says which team ("the new partnership", "a joint project").
 * "joint" stays inside a phrase ("joint development programme") but is no description alone.
 */
function describedTeam(words: string, head: string): string | undefined {
  const list = words.trim().split(' ');
  while (list.length && (NOT_DESCRIBING.test(list[0]) || (EMPTY_WORDS.test(list[0]) && list[0] !== 'joint'))) list.shift();
  if (list.some((word) => CLAUSE_WORD.test(word) || NOT_DESCRIBING.test(word))) return undefined;
  if (!list.some((word) => !EMPTY_WORDS.test(word.toLowerCase()))) return undefined;
  return `${list.join(' ')} ${head}`;
}

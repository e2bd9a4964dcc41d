import { escapeRegExp } from '../extractGovernments';
import type { FactSink } from '../factSink';
import { readList } from '../readList';
import { collectiveHead } from './articleTeam';
import { looksLikePerson } from '../classifyName';
import { ORG_HEADS } from '../lexicon';

const LED = '(?:is|was|are|were|has been|had been|will be) (?:jointly )?(?:led|co-led|coordinated|spearheaded|initiated|co-initiated|headed|chaired|convened)(?: jointly)? by (?:the )?';
const LED_ANYWHERE = new RegExp(`\\b${LED}`, 'u');

/** A head noun as either spelling reads it: "Norwegian Research Center for AI Innovation" is "the centre" in British spelling. */
const spelled = (head: string): string => head.replace(/^cent(?:re|er)$/, 'cent(?:re|er)').replace(/^program(?:me)?$/, 'program(?:me)?');

/**
 * Leaders of teams that have none yet, read after the membership model made
 * or filled them: "CoSAI was initiated by X", "The initiative was
 * spearheaded by X and Y" (the team named, or referred to by its head noun).
 * A leader is a member too. "Led by" only; founders are members, not leaders.
 */
export function readTeamLeaders(sentences: string[], sink: FactSink): void {
  // (Only a sentence saying "… was led by" can name a leader this way: each team's expression is tried on those alone.)
  const ledSentences = [...sentences.entries()].filter(([, sentence]) => LED_ANYWHERE.test(sentence));
  for (const team of sink.byLabel('Consortium')) {
    if (sink.relationsOf('LEADS', team.id).length) continue;
    const names = [team.name, ...team.aliases];
    const heads = [...new Set(names.map(collectiveHead).filter((head): head is string => !!head))];
    const subject = [...names.map(escapeRegExp), ...heads.map((head) => `[Tt]he (?:[\\p{L}-]+ )?${spelled(head)}`)].join('|');
    const statement = new RegExp(`(?:^|[^\\p{L}])(?:${subject})(?:['’]s)?\\b[^.;]{0,40}?\\b${LED}`, 'u');
    for (const [index, sentence] of ledSentences) {
      const led = statement.exec(sentence);
      if (!led) continue;
      const items = readList(sentence, led.index + led[0].length);
      // "spearheaded by A and B": both lead; "by A, with B": the first.
      const pair = items.length === 2 && /^ and (?:the )?$/.test(sentence.slice(items[0].name.end, items[1].name.start));
      const organisations = sink.mentionsIn(index, ['Organization']);
      const leaders = (pair ? items : items.slice(0, 1)).flatMap((item) => organisations.filter((m) => m.start === item.name.start));
      for (const leader of leaders) {
        sink.addRelation('LEADS', leader.id, team.id, [index]);
        sink.addRelation('MEMBER_OF', leader.id, team.id, [index]);
      }
      if (leaders.length) break;
    }
    if (!sink.relationsOf('LEADS', team.id).length) readActiveLeader(sentences, sink, team.id, subject);
  }
}

/** Words without which no sentence says an organisation leads a team ("leads", "is the project lead"). */
const LEADING_WORDS = /\b(?:leads|co-leads|heads|coordinates|leading|coordinating|lead|co-lead|coordinate|leader|coordinator)\b/;

/**
 * "Columbia leads the effort", "ANU leads the Centre, with …": an organisation
 * the sentence opens on leads the team named or referred to by its head noun
 * (a generic noun like "the effort" only when the article has one team);
 * "A and B are jointly leading it": both do.
 */
function readActiveLeader(sentences: string[], sink: FactSink, teamId: string, subject: string): void {
  // (In an article about one team, "it" and "the work" can only be that team; so can "is the project lead".
  // "… lead the project PRISMA IA 2.0" names another.)
  const one = sink.byLabel('Consortium').length === 1;
  const generic = one ? '|the (?:[\\p{L}-]+ )?(?:effort|project|programme|program|initiative|consortium|partnership|collaboration|work)(?! \\p{Lu})|it(?=[ ,.;])' : '';
  const verb = `(?:leads|co-leads|heads|coordinates|is leading|is coordinating|will lead|will coordinate|(?:has been|was|were|have been) chosen to (?:lead|coordinate))`;
  const team = `(?:${subject}${generic})\\b`;
  const object = new RegExp(`^(?:,[^,]{1,60},)? ${verb} ${team}${one ? '|^(?:,[^,]{1,60},)? is the (?:project |consortium |scientific )?(?:lead|leader|coordinator)\\b' : ''}`, 'u');
  // "CSIRO and the University of Adelaide are jointly leading it": two subjects, a plural verb.
  const jointly = new RegExp(`^ (?:(?:are|were|will be) (?:jointly |co-)?(?:leading|coordinating)|(?:will )?(?:jointly |co-)?(?:lead|coordinate)) ${team}`, 'u');
  for (const [index, sentence] of sentences.entries()) {
    // (The cheap test first: most sentences have no leading verb at all.)
    if (!LEADING_WORDS.test(sentence)) continue;
    // (A clause's subject: an organisation opening the sentence, or a clause after ", and" or ";".)
    // ("Shirley Ho, a group leader at Flatiron, is the project lead": a person's name is never a leader.)
    const mentions = sink.mentionsIn(index, ['Organization']).filter((m) => !looksLikePerson(sink.get(m.id)?.name ?? '', ORG_HEADS));
    const opens = (m: { start: number }): boolean => /(?:^|[,;] (?:and |while |but )?)(?:[Tt]he )?$/.test(sentence.slice(0, m.start));
    const rest = (m: { end: number }): string => sentence.slice(m.end).replace(/^ \([^()]{1,20}\)/, '');
    const leader = mentions.find((m) => opens(m) && object.test(rest(m)));
    const second = leader ? undefined : mentions.find((m) => jointly.test(rest(m)));
    const first = second && mentions.find((m) => m.end < second.start && opens(m) && /^ and (?:the )?$/.test(sentence.slice(m.end, second.start)));
    const leaders = leader ? [leader] : first && second ? [first, second] : [];
    for (const { id } of leaders) {
      sink.addRelation('LEADS', id, teamId, [index]);
      sink.addRelation('MEMBER_OF', id, teamId, [index]);
    }
    if (leaders.length) return;
  }
}

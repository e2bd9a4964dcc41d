import { addTo } from './consortiumDrafts';
import { addMembers, type SentenceContext } from './consortiumContext';
import { readList } from './readList';

/**
 * A follow-up team described against an earlier one: "It keeps the six
 * original partners and adds A and B". "It" (or the team's own name) is the
 * team in view; "keeps/retains the … partners" carries over the members of
 * the team written about before it, "adds/brings in" names new members.
 */
const SUBJECT = /^(?:It|The (?:new |follow-up )?(?:consortium|team|alliance|group|partnership)) /;
const KEEPS = /\b(?:keeps|retains|inherits|includes|carries over) (?:all )?(?:the |its )?(?:[\p{L}\p{N}-]+ ){0,2}(?:partners|members)\b/u;
const ADDS = /\b(?:adds|brings in|takes on|welcomes) (?:the )?/;

export function readTeamAdds(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  const team = book.current;
  const named = team?.name && sentence.startsWith(`${team.name} `);
  if (!team || (!SUBJECT.test(sentence) && !named) || !team.refs.some((ref) => ref.sentence >= index - 2)) return;
  // A bare "It" stands for the team only when the team was just introduced by its own name.
  if (sentence.startsWith('It ') && !team.name) return;
  const adds = ADDS.exec(sentence);
  const keeps = KEEPS.exec(sentence);
  if (!adds && !keeps) return;
  if (keeps && (!adds || keeps.index < adds.index)) {
    const earlier = [...book.drafts].reverse().find((d) => d !== team && d.members.size >= 2);
    for (const [surface] of [...(earlier?.leaders ?? []), ...(earlier?.members ?? [])]) addTo(team.members, surface, index);
  }
  if (adds) addMembers(ctx, team, readList(sentence, adds.index + adds[0].length).slice(0, 8));
  book.refer(team, index, 0, 2);
}

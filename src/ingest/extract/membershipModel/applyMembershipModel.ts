import type { FactSink } from '../factSink';
import { ANOTHER_TEAM, saysNotMember, STORY_BREAK } from '../lexicon';
import { isMemberListTable } from '../readTableRows';
import { sectionHeadings, sectionsOf, teamInHeading } from '../headingTeams';
import type { LikelyTeam } from '../nameModel/teamNameModel';
import { listedBeside, MEMBER_CUE, teamArticleIsAbout } from './articleTeam';
import { memberProbability, membershipModel } from './membershipModel';
import { clausesOf } from './orgClauses';
import type { OrgFeatureRow } from './orgFeatures';
import { TeamsInText, type UnbuiltTeam } from './teamsInText';

export type { UnbuiltTeam } from './teamsInText';

/**
 * Adds the memberships no phrasing reader found but the trained model is
 * confident of. Rule-found memberships are never removed. An organisation the
 * model is sure of joins, in this order:
 * 1. a team named in a sentence naming it, else in the three before it (same section),
 *    the team-name model's team among them where the text names it (teamsInText.ts);
 *    else the team its section's heading names ("## Who is in TAILOR?", headingTeams.ts);
 * 2. with no team near it and at most one team in the article: the team the
 *    article is about (its project, a team its headline names, the body it
 *    speaks of with members: articleTeam.ts);
 * 3. else the article's only team, when named in the organisation's section
 *    (or the article, no newsletter, opens on it and the organisation's sentence
 *    speaks of taking part) and not listed beside it as a peer.
 * It joins none when the text says otherwise: every sentence naming it speaks
 * of money, supply, rivalry or leaving, it stands in "a separate group", or
 * it appears only in a table whose rows name their own teams, or a sentence
 * names it as a backer ("supported by the Ames Foundation").
 */
export function applyMembershipModel(
  sentences: string[],
  sink: FactSink,
  rows: OrgFeatureRow[],
  article: { title: string; project: string | undefined; unbuilt: UnbuiltTeam[]; teamName?: () => LikelyTeam | undefined },
): void {
  const model = membershipModel();
  const members = new Set(sink.relationsOf('MEMBER_OF').map((r) => r.from));
  const likely = rows.filter((row) => !members.has(row.orgId) && memberProbability(model, row) >= model.threshold);
  if (!likely.length) return;
  const notTeams = new Set([...members, ...likely.map((row) => row.orgId)]);
  // (The team-name model's team counts too, where the text names it near a member.)
  const teams = new TeamsInText(sink, { sentences, ...article, learned: article.teamName?.() }, notTeams);
  const [onlyTeam, ...otherTeams] = teamsWithMembers(sink, teams.consortia);
  const section = sectionsOf(sentences);
  const headings = sectionHeadings(sentences);
  const unplaced: string[] = [];
  const forOnlyTeam: string[] = [];
  // ("## Who else was in the room … Contributors this time include …": where one story opens on the only team, a later
  // section about who took part goes on with it; a newsletter's items, between rules, are other stories.)
  const opensOnTeam = !!onlyTeam && Math.min(...sink.get(onlyTeam)!.sentences.map((index) => section[index])) <= 1 && !sentences.some((sentence) => STORY_BREAK.test(sentence));
  // (A placement may turn an organisation into the team of its name, "Thompson Rivers University": no member to place then.)
  const isOrganization = (id: string): boolean => sink.get(id)?.label === 'Organization';
  for (const row of likely) {
    if (!isOrganization(row.orgId)) continue;
    const org = sink.get(row.orgId)!;
    const mentions = ownMentions(sentences, sink, org.id);
    if (!mayJoin(org.sentences, sentences, (index) => mentions.some((m) => m.index === index && BACKER_BEFORE.test(m.before)), (index) => clausesOf(sentences[index] ?? '', mentions.filter((m) => m.index === index)))) continue;
    // "Pellin University (Centre for Speech and Language Processing, CSLP)": named only in brackets after another name, it is that one's unit.
    if (mentions.length && mentions.every((m) => /\p{L}\s*\($/u.test(m.before))) continue;
    const peers = new Set<string>();
    const team = teamNear(sentences, sink, org.id, teams, peers, section);
    const near = team && teams.consortiumOf(team, org.id);
    if (near) {
      join(sink, org.id, near);
      continue;
    }
    // "## Who is in TAILOR?": the team the organisation's section is about.
    const heading = headings[Math.min(...org.sentences)];
    const headed = heading && teamInHeading(heading.text);
    if (headed && ![org.name, ...org.aliases].includes(headed)) {
      join(sink, org.id, teams.namedTeam(headed, heading.index));
      continue;
    }
    unplaced.push(org.id);
    // (A newsletter's other items are other stories: the only team counts when named in the organisation's own section.)
    const sameSection = onlyTeam && sink.get(onlyTeam)!.sentences.some((index) => org.sentences.some((own) => section[own] === section[index]));
    const spokenOfAsMember = org.sentences.some((index) => MEMBER_CUE.test(sentences[index] ?? ''));
    if ((sameSection || (opensOnTeam && spokenOfAsMember)) && !peers.has(onlyTeam)) forOnlyTeam.push(org.id);
  }
  const [waiting, forOnly] = [unplaced.filter(isOrganization), forOnlyTeam.filter(isOrganization)];
  // With several teams, an organisation near none of them is left alone (a roundup's other players).
  if (!waiting.length || otherTeams.length) return;
  // (The model's team name only where no team is built at all: a built team is the rules' reading, and renamed by them.)
  const likelyTeam = onlyTeam ? undefined : article.teamName;
  const about = teamArticleIsAbout(sentences, sink, { ...article, project: onlyTeam ? undefined : article.project }, notTeams, teams.spokenOf, waiting, likelyTeam);
  const joining = about ? waiting : forOnly;
  for (const orgId of joining) join(sink, orgId, about ?? teams.consortiumOf(onlyTeam, orgId));
}

/**
 * The consortia that have a member or a leader, when some have: a team the
 * text only names ("funded through the Innovative Medicines Initiative") is
 * no rival for the article's members.
 */
function teamsWithMembers(sink: FactSink, consortia: string[]): string[] {
  const staffed = new Set([...sink.relationsOf('MEMBER_OF'), ...sink.relationsOf('LEADS')].map((r) => r.to));
  const withMembers = consortia.filter((id) => staffed.has(id));
  return withMembers.length ? withMembers : consortia;
}

/** Whether the text leaves room for the model's membership (see applyMembershipModel). */
function mayJoin(own: number[], sentences: string[], backerIn: (index: number) => boolean, clauses: (index: number) => string): boolean {
  const text = (index: number): string => sentences[index] ?? '';
  // A table's rows each name their own team: that is the table reader's to say, not the model's (a plain member list aside).
  if (own.every((index) => /^\|/.test(text(index)) && !isMemberListTable(text(index)))) return false;
  // "A separate group including A, B and C": a team of their own, which the text does not name.
  if (own.some((index) => ANOTHER_TEAM.test(text(index)))) return false;
  // Every sentence naming it says otherwise ("funded by", "not formal partners", "withdrew"), or the heading of the
  // list it stands in does ("Funding comes from:"): the text outweighs the model.
  return !own.every((index) => saysNotMember(clauses(index)) || saysNotMember(listHeading(sentences, index)) || backerIn(index));
}

/** Words right before a name that make it a backer of the work, not a partner in it: "X, supported by the Ames Foundation, brings together …". */
const BACKER_BEFORE = /\b(?:supported|funded|backed|financed|sponsored|paid for|underwritten|bankrolled) by (?:the )?$|\bwith (?:a |an )?(?:[\p{L}-]+ )?(?:support|funding|grant|grants|money|backing|financing) from (?:the )?$/u;

/** Each mention of the organisation, with its sentence's index, its place and the words right before it. */
function ownMentions(sentences: string[], sink: FactSink, orgId: string): Array<{ index: number; start: number; end: number; before: string }> {
  return sink.get(orgId)!.sentences.flatMap((index) =>
    sink
      .mentionsIn(index, ['Organization'])
      .filter((mention) => mention.id === orgId)
      .map((mention) => ({ index, start: mention.start, end: mention.end, before: (sentences[index] ?? '').slice(Math.max(0, mention.start - 40), mention.start) })),
  );
}

const LIST_ITEM = /^(?:[-*•·]\s|\d+[.)]\s|[^.:]{1,40}:\s)/;

/** The line a list item stands under ("Funding comes from:" above "Public: Arvo Bank"), or "". */
function listHeading(sentences: string[], index: number): string {
  if (!LIST_ITEM.test(sentences[index] ?? '')) return '';
  let at = index - 1;
  while (at >= 0 && LIST_ITEM.test(sentences[at]) && !/:$/.test(sentences[at])) at--;
  return at >= 0 && /:$/.test(sentences[at]) ? sentences[at] : '';
}

/**
 * The team named in a sentence naming the organisation, else in the three
 * before the first of them within its section. A team listed beside the
 * organisation ("A, B and BharatGen, the consortium led by C") is its peer, not its team.
 */
function teamNear(sentences: string[], sink: FactSink, orgId: string, teams: TeamsInText, peers: Set<string>, section: number[]): string | undefined {
  const own = sink.get(orgId)!.sentences;
  for (const index of own.filter((i) => !/^\|/.test(sentences[i] ?? ''))) {
    const orgAt = sink.mentionsIn(index, ['Organization']).find((m) => m.id === orgId);
    for (const team of teams.mentionsIn(index).filter((m) => m.key !== orgId && m.key !== `collective:${orgId}`)) {
      if (orgAt && listedBeside(sentences[index], orgAt, team)) peers.add(team.key);
      else return team.key;
    }
  }
  const first = Math.min(...own);
  for (let index = first - 1; index >= Math.max(0, first - 3) && section[index] === section[first]; index--) {
    const before = teams.mentionsIn(index).pop();
    if (before) return before.key;
  }
  return undefined;
}


/** The membership, with the first sentence naming the organisation as its evidence. */
function join(sink: FactSink, orgId: string, teamId: string): void {
  sink.addRelation('MEMBER_OF', orgId, teamId, sink.get(orgId)!.sentences.slice(0, 1));
}

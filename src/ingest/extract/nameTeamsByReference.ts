import type { ExtractedEntity } from '../types';
import { escapeRegExp } from './extractGovernments';
import type { FactSink } from './factSink';
import { learnedTeam, projectTeam } from './membershipModel/articleTeam';
import type { LikelyTeam } from './nameModel/teamNameModel';

/** Head nouns of bodies a team can be: "AION Labs" is spoken of as "the lab", "National Academy for AI Instruction" as "the academy". */
const BODY_HEAD = /^(?:lab|labs|laboratory|laboratories|academy|hub|network|alliance|consortium|coalition|partnership|initiative|project|programme|program|forum|platform|venture|commission|council|cluster|collaborative|centre|center|institute|foundation)$/i;
/** Heads of standing institutions: named beside a team they are often its member or host, so only "the centre" said of the team makes it the team's. */
const INSTITUTION_HEAD = /^(?:centre|center|institute|foundation|academy)$/;

/**
 * A team the text states without naming it ("The academy is a joint
 * initiative led by the AFT", "The lab is backed by an alliance of …") is
 * named after its leader or first member; when the sentences stating it name
 * one body, or refer to it by its head noun ("the academy", "this lab"), and
 * that body is no member of any team, the team is that body's:
 * "<body> consortium", answering to the body's name.
 */
export function nameTeamsByReference(sentences: string[], sink: FactSink, likelyTeam: () => LikelyTeam | undefined = () => undefined): void {
  const members = new Set(sink.relationsOf('MEMBER_OF').map((r) => r.from));
  const named = (['Organization', 'Initiative'] as const).flatMap((label) => sink.byLabel(label)).map((entity) => ({ entity, head: headNoun(entity.name) }));
  // ("the centre" is no one's when two names end in "Centre".)
  const heads = named.map(({ head }) => head);
  const bodies = named
    .filter(({ entity, head }) => !members.has(entity.id) && head && heads.indexOf(head) === heads.lastIndexOf(head))
    .map(({ entity, head }) => ({ entity, head: head! }));
  const chosen = new Map<string, string>();
  for (const team of sink.byLabel('Consortium')) {
    const prefix = memberPrefix(team, sink);
    if (!prefix) continue;
    const stated = new Set([...sink.relationsOf('MEMBER_OF', team.id), ...sink.relationsOf('LEADS', team.id)].flatMap((r) => r.sentences));
    // ("Centre of Excellence consortium": "the centre" may be the one it is named after.)
    const spoken = bodies.filter(({ head }) => head !== headNoun(prefix, true)).filter(({ entity, head }) => {
      const reference = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Ii]ts|[Oo]ur|[Tt]heir) (?:new |joint |research )?${escapeRegExp(head)}\\b`);
      return [...stated].some((index) => {
        const sentence = sentences[index] ?? '';
        return (!INSTITUTION_HEAD.test(head) && [entity.name, ...entity.aliases].some((name) => sentence.includes(name))) || reference.test(sentence);
      });
    });
    // (Two bodies spoken of: the text does not say which is the team's.)
    if (spoken.length !== 1) continue;
    // (A team already answering to the body's name, the article's project, keeps the name it has.)
    const answers = [spoken[0].entity.name, ...spoken[0].entity.aliases].some((name) => team.aliases.some((alias) => name === alias || name.startsWith(`${alias} `)));
    if (!answers) chosen.set(team.id, spoken[0].entity.id);
  }
  // (A body several teams speak of is what they share, a programme or a host: none of them is it.)
  const shared = new Set([...chosen.values()].filter((id, i, all) => all.indexOf(id) !== i));
  for (const [teamId, bodyId] of chosen) {
    if (shared.has(bodyId)) continue;
    const body = sink.get(bodyId)!;
    renameTeam(sink, teamId, projectTeam(sink, body.name, body, []));
  }
  nameLeaderTeamByModel(sentences, sink, members, likelyTeam);
  namePairedTeams(sentences, sink);
  answerToLongerForm(sink);
}

/**
 * "SFI Visual Intelligence, the university's centre …" then "Visual Intelligence brings together …": a team
 * answers to the one organisation name that is its own name with one more word before it.
 */
function answerToLongerForm(sink: FactSink): void {
  const orgs = sink.byLabel('Organization');
  for (const team of sink.byLabel('Consortium')) {
    const own = [team.name, ...team.aliases].map((name) => name.replace(/ consortium$/, '')).filter((name) => name.split(' ').length >= 2);
    const longer = orgs.filter((org) => own.some((name) => org.name.endsWith(` ${name}`) && org.name.split(' ').length === name.split(' ').length + 1));
    if (longer.length === 1 && !team.aliases.includes(longer[0].name)) sink.addEntity({ ...team, aliases: [...team.aliases, longer[0].name] });
  }
}

/** "KT-Microsoft partnership", "BMW–Daimler automated driving cooperation": two names joined by a dash, then what they do together. */
// ("Honda-GM-Cruise robotaxi project": three sides, the third in group 3. "Telstra-Accenture AI joint venture": "AI" describes it too.)
const PAIR_NAMED = /(?<![\p{L}\p{N}])(?!(?:The|A|An|This|That|Its|Their|Our) )(\p{Lu}[\p{L}\p{N}.&]*(?: \p{Lu}[\p{L}\p{N}.&]*)?) ?[–-] ?(\p{Lu}[\p{L}\p{N}.&]*(?: (?!AI )\p{Lu}[\p{L}\p{N}.&]*)?)(?: ?[–-] ?(\p{Lu}[\p{L}\p{N}.&]*(?: (?!AI )\p{Lu}[\p{L}\p{N}.&]*)?))?((?: (?:[\p{Ll}-]+|AI)){0,3} (?:joint venture|venture|partnership|collaboration|cooperation|alliance|consortium|pilot|project|initiative|programme|program|lab|laboratory|centre|center|agreement|tie-up|joint research))\b/gu;

/**
 * "MIT–IBM Watson AI Lab", "TSMC-NTU Research Center": a lab or centre named by the two bodies that run it, each one
 * word, dashed without spaces ("ICSC - National Research Center" is a body and its description; "Al-Jazari
 * Institute" one name). (The empty group stands where PAIR_NAMED reads a third side, so both read alike.)
 */
const PAIR_INSTITUTION = /(?<![\p{L}\p{N}])(?!(?:Al|El|Ad|Ar|As|Bin|Ibn|Abu|Ben|Saint|St|Sainte)[–-])(\p{Lu}[\p{L}\p{N}.&]*)[–-](\p{Lu}[\p{L}\p{N}.&]*)()((?: (?:\p{Lu}[\p{L}]+|AI)){0,3} (?:Lab|Laboratory|Centre|Center|Institute|Hub)(?: (?:of|for) (?:\p{Lu}[\p{L}]+|AI)(?: (?:\p{Lu}[\p{L}]+|AI|for|of|and))*)?)(?![\p{L}\p{N}])/gu;

/**
 * A team the text names by two of its members ("the KT-Microsoft
 * partnership") goes by that name: a team named after its leader takes it,
 * any other team answers to it.
 */
function namePairedTeams(sentences: string[], sink: FactSink): void {
  const pairs = sentences.flatMap((sentence, index) => [...sentence.matchAll(PAIR_NAMED), ...sentence.matchAll(PAIR_INSTITUTION)].map((match) => Object.assign(match, { sentence: index }))).filter((m) => m[1] !== m[2]);
  if (!pairs.length) return;
  buildPairedTeams(pairs, sink);
  for (const team of sink.byLabel('Consortium')) {
    const memberNames = memberNamesOf(sink, team.id);
    // ("Toyota" for "Toyota Motor Corporation": a member's first word may stand for it.)
    const isMember = (side: string): boolean => memberNames.some((known) => formOf(known, side));
    const name = pairs.find((m) => isMember(m[1]) && isMember(m[2]) && (!m[3] || isMember(m[3])))?.[0];
    if (!name || [team.name, ...team.aliases].includes(name)) continue;
    if (memberPrefix(team, sink)) renameTeam(sink, team.id, projectTeam(sink, name, undefined, [], name));
    else sink.addEntity({ ...team, aliases: [...team.aliases, name] });
  }
}

/**
 * "the MISO-Microsoft partnership" where no team holds both: the two
 * organisations the name joins are its members (in a team of that name).
 * A side that names no organisation of the article ("Toyota–Osaka trial")
 * builds nothing.
 */
function buildPairedTeams(pairs: Array<RegExpMatchArray & { sentence: number }>, sink: FactSink): void {
  const orgs = sink.byLabel('Organization');
  // ("Toyota" for "Toyota Motor Corporation", "Khalifa University" for its full name: a side may be a name's first words.)
  const orgNamed = (side: string): ExtractedEntity | undefined =>
    orgs.find((org) => [org.name, ...org.aliases].includes(side)) ?? orgs.find((org) => [org.name, ...org.aliases].some((name) => formOf(name, side)));
  // (A team holding members the two sides name, in any of their forms, is the pair's already: namePairedTeams names it.)
  const inOneTeam = (sides: string[]): boolean =>
    sink.byLabel('Consortium').some((team) => {
      const names = memberNamesOf(sink, team.id);
      return sides.every((side) => names.some((known) => formOf(known, side)));
    });
  for (const pair of pairs) {
    const sides = [pair[1], pair[2], pair[3]].filter((side): side is string => !!side);
    const orgsNamed = sides.map(orgNamed);
    if (orgsNamed.some((org) => !org) || new Set(orgsNamed.map((org) => org!.id)).size !== sides.length || inOneTeam(sides)) continue;
    const name = pair[0].replace(/^(?:the|The) /, '');
    // ("Alat-SoftBank consortium", built for the pair read as one name, is the pair's team under the name the text gives it.)
    const joined = pair[0].slice(0, pair[0].length - pair[4].length);
    const built = sink.byLabel('Consortium').find((team) => [team.name, ...team.aliases].includes(joined));
    const team = projectTeam(sink, name, undefined, [], name);
    if (built) renameTeam(sink, built.id, team);
    for (const org of orgsNamed) sink.addRelation('MEMBER_OF', org!.id, team, [pair.sentence]);
  }
}

/**
 * The one team still named after its leader takes the name the team-name
 * model ranks first in the article ("DLA Piper consortium" → Health AI
 * Partnership), when that name is no team's yet and its body is no member
 * (learnedTeam says which names can be a team's).
 */
function nameLeaderTeamByModel(sentences: string[], sink: FactSink, members: Set<string>, likelyTeam: () => LikelyTeam | undefined): void {
  const teams = sink.byLabel('Consortium');
  const unnamed = teams.filter((team) => namedAfterMember(team, sink));
  if (unnamed.length !== 1) return;
  const likely = likelyTeam();
  if (!likely || teams.some((team) => [team.name, ...team.aliases].includes(likely.name))) return;
  const id = learnedTeam(sink, likely, members, [], sentences);
  if (id && id !== unnamed[0].id) renameTeam(sink, unnamed[0].id, id);
}

/** The team built under a body's name takes over the team named after its leader, which it answers to. */
function renameTeam(sink: FactSink, teamId: string, id: string): void {
  const team = sink.get(teamId)!;
  sink.addEntity({ ...sink.get(id)!, aliases: [team.name, ...team.aliases], props: { ...team.props }, sentences: team.sentences });
  sink.merge(team.id, id);
}

/**
 * The head noun of a body's name, lower case, when it is a body's: "AION Labs" → "lab", "Centre for X" → "centre".
 * (Like articleTeam's collectiveHead, with labs, academies and ventures too: widening collectiveHead's own list
 * instead changes which body an article is about, and lost three dev memberships.)
 */
function headNoun(name: string, alone = false): string | undefined {
  const words = (/ (?:for|of|on) /.test(name) ? name.split(/ (?:for|of|on) /)[0] : name).split(' ');
  const head = words[words.length - 1];
  // (A head word alone is no body's name, "Centre", unless asked of a name already known to be one.)
  if ((words.length < 2 && !alone) || !BODY_HEAD.test(head)) return undefined;
  return head.toLowerCase().replace(/^labs$/, 'lab').replace(/^laboratories$/, 'laboratory');
}

/** The organisation a team is named after ("AFT" for "AFT consortium"), when the text gave it no name of its own. */
function memberPrefix(team: ExtractedEntity, sink: FactSink): string | undefined {
  if (!team.name.endsWith(' consortium')) return undefined;
  const prefix = team.name.slice(0, -' consortium'.length);
  return sink.byLabel('Organization').some((org) => org.name === prefix || org.aliases.includes(prefix)) ? prefix : undefined;
}

/** Whether the organisation a team is named after is one of its members ("Digital Transformation Institute consortium", built for a body the text speaks of, is that body's team, not its leader's). */
function namedAfterMember(team: ExtractedEntity, sink: FactSink): boolean {
  const prefix = memberPrefix(team, sink);
  return !!prefix && sink.relationsOf('MEMBER_OF', team.id).some((r) => [sink.get(r.from)!.name, ...sink.get(r.from)!.aliases].includes(prefix));
}

/** Every name and alias of a team's members. */
function memberNamesOf(sink: FactSink, teamId: string): string[] {
  return sink.relationsOf('MEMBER_OF', teamId).flatMap((r) => {
    const org = sink.get(r.from)!;
    return [org.name, ...org.aliases];
  });
}

/** "Toyota" for "Toyota Motor Corporation": a pair's side is the name itself or its first words. */
function formOf(name: string, side: string): boolean {
  return name === side || name.startsWith(`${side} `) || name === `University of ${side}`;
}

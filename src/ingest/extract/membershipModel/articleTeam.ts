import { entityId } from '../../resolve/ids';
import type { EntityLabel, ExtractedEntity } from '../../types';
import { isCityName } from '../../resolve/places';
import { isHeadedName, isTeamOrProjectName } from '../classifyName';
import type { LikelyTeam } from '../nameModel/teamNameModel';
import { escapeRegExp } from '../extractGovernments';
import { EMPTY_WORDS } from '../lexicon';
import type { FactSink } from '../factSink';
import { findNameSpans } from '../nameSpans';
import { ORG_HEADS } from '../lexicon';
import { isKnownOrganization } from '../../resolve/resolveNames';

/**
 * The team an article is about, for members the model found with no team
 * named near them. In order:
 * - the article's project, when there is one and two or more such members;
 * - a team the headline names as such ("EuroLLM consortium releases …");
 * - the body's collective: a foundation, alliance, programme or institute
 *   (any name whose head is such a noun) that sentences speaking of members
 *   name or refer back to ("the foundation's membership charter"), as
 *   `collectives` (collectivesSpokenOf) ranks them;
 * - a consortium, initiative, model or (last) organisation the headline names.
 * Returns the consortium's id; a team that is another kind of thing is
 * carried out by "<name> consortium", which answers to the name itself.
 */
export function teamArticleIsAbout(
  sentences: string[],
  sink: FactSink,
  article: { title: string; project: string | undefined },
  exclude: Set<string>,
  collectives: Array<{ entity: ExtractedEntity; score: number }>,
  unplaced: string[],
  likelyTeam?: () => LikelyTeam | undefined,
): string | undefined {
  // (Long forms the text gives a short name join every team later: teamLongForms.ts.)
  if (article.project && unplaced.length >= 2) return projectTeam(sink, article.project, undefined, unplaced);
  // (A name only the headline has may be headline case: "Indosat … Plans Next Hub".)
  for (const span of findNameSpans(article.title).filter((span) => sentences.some((sentence) => sentence.includes(span.text)))) {
    const rest = article.title.slice(span.end);
    const noun = HEADLINE_TEAM_NOUN.exec(rest)?.[1];
    if (noun && isTeamOrProjectName(span.text)) return projectTeam(sink, span.text, undefined, unplaced, `${span.text} ${noun}`);
    // "… inside Cyber Valley, Baden-Württemberg's AI research alliance": the headline says what the name is.
    // "… inside the new Agentic AI Foundation": a body with members by its name.
    const named = sink.byLabel('Organization').find((org) => org.name === span.text);
    if ((HEADLINE_APPOSITIVE_TEAM.test(rest) || collectiveHead(span.text)) && !exclude.has(named?.id ?? '')) {
      return projectTeam(sink, span.text, named, unplaced, span.text);
    }
  }
  // The collective spoken of most; ties go to the one named more often.
  const collective = [...collectives].sort((a, b) => b.score - a.score || b.entity.sentences.length - a.entity.sentences.length)[0]?.entity;
  if (collective) return projectTeam(sink, collective.name, collective, unplaced);
  for (const label of HEADLINE_KINDS) {
    // (An organisation is a team's only when the text speaks of working with it: a buyer or seller in the headline is none.)
    const found = sink
      .byLabel(label)
      .filter((entity) => !exclude.has(entity.id) && NAME_LIKE.test(entity.name) && inHeadline(entity, article.title))
      .filter((entity) => label !== 'Organization' || entity.sentences.some((index) => WORKS_WITH.test(sentences[index] ?? '')));
    const best = found.sort((a, b) => b.sentences.length - a.sentences.length)[0];
    if (best) return label === 'Consortium' ? best.id : projectTeam(sink, best.name, best, unplaced);
  }
  // Last, the name the team-name model ranks first: the article may name its team in a way no rule reads.
  const learned = likelyTeam?.();
  // ("Participants included Marsk Group, Kvarn Software and …": a company listed among the members is their peer, not their team.)
  const company = learned && sink.byLabel('Organization').find((org) => org.name === learned.name);
  const fromModel = learned && !(company && listedWith(sentences, sink, company.id, unplaced)) && learnedTeam(sink, learned, exclude, unplaced, sentences);
  if (fromModel) return fromModel;
  // Else, with no team built at all, the team as the article describes it, "the Tokyo robotaxi venture", when it does so twice or in its headline.
  const described = likelyTeam && describedTeam(sentences, article.title);
  return described ? projectTeam(sink, described, undefined, unplaced, described) : undefined;
}

/** "the Tokyo robotaxi venture", "a cross-border fraud consortium": a team noun with the words that say which. */
const DESCRIBED_TEAM = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) ((?:(?:\p{Lu}[\p{L}\p{N}&.]*(?:[–-]\p{L}[\p{L}-]*)*|\p{Ll}[\p{Ll}-]+) ){1,3}(?:joint venture|venture|consortium|partnership|alliance|coalition|collaboration|cooperation|trial|pilot|project|initiative|programme|program|research cent(?:er|re)|lab))\b/gu;

/**
 * The team the text describes without a name: the noun phrase with a team noun
 * the headline has, else the one the body repeats most (twice at least, a
 * shorter form of it counting too); one made only of words that could
 * describe any team is none.
 */
export function describedTeam(sentences: string[], title: string): string | undefined {
  const counts = new Map<string, number>();
  for (const text of [title, ...sentences]) {
    for (const match of text.matchAll(DESCRIBED_TEAM)) {
      const words = match[1].split(' ').slice(0, -1);
      if (words.every((word) => EMPTY_WORDS.test(word.toLowerCase()))) continue;
      counts.set(match[1], (counts.get(match[1]) ?? 0) + (text === title ? 2 : 1));
    }
  }
  // ("the Tokyo–Osaka trunk-line trial" … "the trunk-line trial": a shorter form later refers back to it.)
  const scored = [...counts.keys()].map((phrase) => ({ phrase, score: [...counts].reduce((sum, [other, n]) => sum + (phrase === other || phrase.endsWith(` ${other}`) ? n : 0), 0) }));
  const [best] = scored.sort((a, b) => b.score - a.score || b.phrase.length - a.phrase.length);
  return best && best.score >= 2 ? best.phrase : undefined;
}

/** Whether only names, commas and "and" stand between two mentions of a sentence: they are items of one list. */
export function listedBeside(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const between = a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
  return /^(?:,|,? and|,? or)\s[^.;:]*$|^[^.;:]*(?:, |,? and )$/.test(between);
}

/** Whether a sentence lists the organisation beside one of the others. */
function listedWith(sentences: string[], sink: FactSink, orgId: string, others: string[]): boolean {
  return sink.get(orgId)!.sentences.some((index) => {
    const mentions = sink.mentionsIn(index, ['Organization']);
    const own = mentions.filter((m) => m.id === orgId);
    return mentions.some((other) => others.includes(other.id) && own.some((m) => listedBeside(sentences[index] ?? '', m, other)));
  });
}

/** An extracted body answering to the name: a team, an initiative, a model or an organisation. */
function bodyNamed(sink: FactSink, name: string): ExtractedEntity | undefined {
  return (['Consortium', 'Initiative', 'Model', 'Organization'] as EntityLabel[]).flatMap((label) => sink.byLabel(label)).find((entity) => [entity.name, ...entity.aliases].includes(name));
}

/**
 * Whether a name can be a team's: an extracted body's, one with a collective's head ("Grand Challenges Network"),
 * or one a body can bear ("Tidewater Compute"), not a city's or a public body's. (extractFacts asks the team-name
 * model to rank only such names, and none the text shows are people's.)
 */
export function canNameTeam(sink: FactSink, name: string): boolean {
  return !!bodyNamed(sink, name) || !!collectiveHead(name) || (isTeamOrProjectName(name) && !isCityName(name));
}

/**
 * The team the team-name model names: the body of that name when one was extracted and is no member, else a
 * new team under a name that can be a team's (canNameTeam). It takes the name itself when its head says it has
 * members, else "<name> consortium", and the short form the text gives it.
 */
export function learnedTeam(sink: FactSink, learned: LikelyTeam, exclude: Set<string>, unplaced: string[], sentences: string[]): string | undefined {
  const { name, acronym } = learned;
  const body = bodyNamed(sink, name);
  if (body?.label === 'Consortium') return body.id;
  if (body ? exclude.has(body.id) : !canNameTeam(sink, name)) return undefined;
  // "SEACrowd", "Open Arabic LLM Leaderboard": a name read as a company's that no company word closes is the team itself,
  // unless it is a company the gazetteer knows ("OpenAI") or one the text has speak ("Cisco said").
  const itself = body?.label === 'Organization' && !institutionName(name) && !isKnownOrganization(name) && !speaks(body, sentences);
  const id = itself ? sink.relabel(body.id, 'Consortium', entityId('Consortium', name)) : projectTeam(sink, name, body, unplaced, collectiveHead(name) ? name : undefined);
  if (acronym) sink.addEntity({ ...sink.get(id)!, aliases: [acronym] });
  return id;
}

/** Initiatives, organisations and models that may be a body with members: not themselves members, and named like a name. */
export function collectiveCandidates(sink: FactSink, exclude: Set<string>, sentences: string[] = []): ExtractedEntity[] {
  const entities = (['Initiative', 'Organization', 'Model'] as EntityLabel[]).flatMap((label) => sink.byLabel(label)).filter((entity) => !exclude.has(entity.id) && NAME_LIKE.test(entity.name));
  return [...entities, ...namedBodies(sentences, sink)];
}

/** Team heads a body's own name ends with ("Responsible AI Network"), so the name alone says it has members. */
const BODY_NAME_HEAD = /\s(?:Network|Alliance|Coalition|Consortium|Partnership|Initiative|Forum|Federation|Collaborative)$/;

/**
 * Bodies the text names by a team's name but no cue made an entity of ("a
 * national Responsible AI Network"), as unsaved consortia for
 * collectivesSpokenOf to weigh; one becomes a team only when it takes members.
 */
function namedBodies(sentences: string[], sink: FactSink): ExtractedEntity[] {
  const known = new Set((['Organization', 'Initiative', 'Consortium', 'Model', 'Agency'] as EntityLabel[]).flatMap((label) => sink.byLabel(label)).flatMap((entity) => [entity.name, ...entity.aliases]));
  const found = new Map<string, number[]>();
  sentences.forEach((sentence, index) => {
    for (const span of findNameSpans(sentence)) {
      // ("Australian Alliance for Artificial Intelligence in Healthcare": the head may come before the body's subject.)
      if (BODY_NAME_HEAD.test(headPart(span.text)) && !known.has(span.text) && isTeamOrProjectName(span.text)) found.set(span.text, [...(found.get(span.text) ?? []), index]);
    }
  });
  return [...found].map(([name, at]) => ({ id: entityId('Consortium', name), label: 'Consortium', name, aliases: [], props: {}, sentences: [...new Set(at)] }));
}

/** ("9B" is a size, not a name.) */
const NAME_LIKE = /^\p{L}.{2}/u;
const HEADLINE_TEAM_NOUN = /^ (consortium|alliance|coalition|partnership|association|project|initiative)\b/i;
const HEADLINE_APPOSITIVE_TEAM = /^, (?:the |a |an )?(?:[\p{L}-]+['’]s )?(?:[\p{L}-]+ ){0,3}(?:alliance|consortium|coalition|partnership|association|network|cluster)\b/u;
/** Kinds of thing a headline names that a team can be about, most telling first. */
const HEADLINE_KINDS: EntityLabel[] = ['Consortium', 'Initiative', 'Model', 'Organization'];
/** Words saying others work with an organisation: "X and its partners", "a consortium led by X", "together with X". */
const WORKS_WITH = /\b(?:partners?|partnered|partnering|partnership|consortium|alliance|coalition|collaborat\w+|together with|jointly|joint|co-develop\w*|teamed up|teams up|members?|joined)\b/i;
/** Head nouns of bodies that have members. */
const COLLECTIVE_HEAD = /\b(foundation|association|alliance|coalition|consortium|institute|center|centre|program|programme|project|initiative|network|hub|cloud|partnership|council|forum|federation|cluster|mission)$/i;
/** Words of a sentence that speaks of members. */
export const MEMBER_CUE = /\b(?:members?|membership|partners?|partnership between|consortium|participants?|participates?|participating|joined|joins|founding|signed up|brings together|comprises|consists of|contributors?|co-authors?|collaborators?)\b/i;

/**
 * The collectives members are spoken of with: each sentence naming one, or
 * referring back to it by its head noun ("the foundation", "this
 * programme"), counts when it has a member cue; the headline counts once.
 * Each needs two (one when it is the only collective named). A head noun
 * shared by two candidates refers to neither.
 */
export function collectivesSpokenOf(sentences: string[], title: string, candidates: ExtractedEntity[]): Array<{ entity: ExtractedEntity; score: number }> {
  const heads = candidates.map((entity) => collectiveHead(entity.name));
  // The article's only collective needs one such sentence: nothing else could be meant.
  const needed = heads.filter(Boolean).length === 1 ? 1 : 2;
  return candidates.flatMap((entity, i) => {
    const head = heads[i];
    if (!head || heads.filter((h) => h === head).length > 1) return [];
    // "a fund operating under the Linux Foundation": the host of a team is not the team.
    if (entity.sentences.some((index) => hosts(sentences[index] ?? '', entity))) return [];
    const reference = new RegExp(`\\b(?:the|this|that|its|our|their) (?:[\\p{L}-]+ )?${escapeRegExp(head)}(?:['’]s)?\\b`, 'iu');
    const spoken = sentences.filter((sentence, index) => (entity.sentences.includes(index) || reference.test(sentence)) && MEMBER_CUE.test(sentence)).length;
    const score = spoken + (inHeadline(entity, title) || new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i').test(title) ? 1 : 0);
    return score >= needed ? [{ entity, score }] : [];
  });
}

/** The noun a body's name is headed by, when it is a collective's: "Kestrel Foundation", "Center for Artificial Intelligence", "Project MindForge". */
export function collectiveHead(name: string): string | undefined {
  // "Project MindForge": the noun may come first.
  const leading = /^(Project|Programme|Program|Initiative|Mission)\s\p{Lu}/u.exec(name)?.[1];
  if (leading) return leading.toLowerCase();
  return COLLECTIVE_HEAD.exec(headPart(name))?.[1]?.toLowerCase();
}

/** A body's name up to its subject: "Center" of "Center for Artificial Intelligence", the whole of "Kestrel Foundation". */
function headPart(name: string): string {
  return name.split(/ (?:for|of) /)[0];
}

/** Whether the sentence names the entity as the host of something else ("under the X", "hosted by X", "About X"). */
function hosts(sentence: string, entity: ExtractedEntity): boolean {
  const lower = sentence.toLowerCase();
  return [entity.name, ...entity.aliases].some(
    (name) =>
      // (The cheap test first: most sentences do not name it at all.)
      lower.includes(name.toLowerCase()) &&
      (new RegExp(`(?:\\b(?:under|hosted by|housed (?:at|in|by)|run by|part of|operated by|home for)|^About) (?:the )?${escapeRegExp(name)}\\b`, 'i').test(sentence) ||
      // "the National AI Centre set up the network": who sets a body up stands outside it.
        new RegExp(`\\b${escapeRegExp(name)} (?:set up|launched|created|established|convened|formed) (?:the|a|an|this|its) (?:[\\p{L}-]+ )?${SET_UP_BODY}\\b`, 'iu').test(sentence)),
  );
}

/** Bodies others set up: "… set up the network", "… launched a coalition". */
const SET_UP_BODY = '(?:network|alliance|consortium|coalition|programme|program|initiative|partnership|hub|forum)';

function inHeadline(entity: ExtractedEntity, title: string): boolean {
  // (The cheap test first: a regular expression is built only for a name the headline contains.)
  return [entity.name, ...entity.aliases].some((name) => title.includes(name) && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(title));
}

/**
 * The team behind a project, model or organisation the text names: "<name>
 * consortium", answering to the name itself (and the entity's other names);
 * PART_OF it when it is an initiative, DEVELOPS it when it is a model.
 */
export function projectTeam(sink: FactSink, name: string, of: ExtractedEntity | undefined, unplaced: string[], teamName = `${name} consortium`): string {
  // ("the Norwegian Artificial Intelligence Cloud (NAIC)" when a team "NAIC" is already built: that team.)
  // ("the AINA project": the programme's own name is "AINA", and the team answers to it.)
  const bare = / (?:project|programme|program|initiative|mission)$/.test(name) ? [name.replace(/ \S+$/, '')] : [];
  const names = [name, ...bare, ...(of?.aliases ?? [])];
  const existing = sink.byLabel('Consortium').find((team) => team.name !== teamName && [team.name, ...team.aliases].some((known) => names.includes(known)));
  if (existing) return existing.id;
  const sentences = [...new Set(unplaced.flatMap((id) => sink.get(id)!.sentences.slice(0, 1)))];
  const id = sink.addEntity({ id: entityId('Consortium', teamName), label: 'Consortium', name: teamName, aliases: [...new Set(names)], props: {}, sentences });
  if (of?.label === 'Initiative') sink.addRelation('PART_OF', id, of.id, of.sentences.slice(0, 1));
  if (of?.label === 'Model') sink.addRelation('DEVELOPS', id, of.id, of.sentences.slice(0, 1));
  return id;
}

/** Whether a sentence has the body say something: "Cisco said", "according to Cisco". */
function speaks(body: ExtractedEntity, sentences: string[]): boolean {
  return [body.name, ...body.aliases].some((name) => {
    const said = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:['’]s \\p{Ll}+)? (?:said|says|told|announced|stated)\\b|\\baccording to (?:a )?${escapeRegExp(name)}\\b|\\b(?:said|says) ${escapeRegExp(name)}\\b`, 'u');
    return body.sentences.some((index) => said.test(sentences[index] ?? ''));
  });
}

/** A name an institution or company word marks: "… Labs", "… University", "Institut …", "Foundation for …". */
function institutionName(name: string): boolean {
  const head = headPart(name).split(' ').pop() ?? '';
  return isHeadedName(name) || ORG_HEADS.has(head);
}

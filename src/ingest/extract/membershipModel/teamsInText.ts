import { entityId } from '../../resolve/ids';
import { nameKey } from '../../resolve/resolveNames';
import type { ExtractedEntity } from '../../types';
import { escapeRegExp } from '../extractGovernments';
import type { FactSink } from '../factSink';
import type { LikelyTeam } from '../nameModel/teamNameModel';
import { collectiveCandidates, collectiveHead, collectivesSpokenOf, learnedTeam, projectTeam } from './articleTeam';

/** The key of the team-name model's team among the teams in text. */
const LEARNED = 'learned';

/** Head nouns a team's name ends with: "… Consortium", "… Alliance". */
const TEAM_HEAD = /^(?:Consortium|Alliance|Coalition|Partnership|Project|Initiative|Network|Programme|Program|Collaboration|Hub|Team)$/;

/** A team the text names but no reader gave a member, with where it is named. */
export interface UnbuiltTeam {
  name: string;
  refs: Array<{ sentence: number; start: number; end: number }>;
}

/** Where a team is named in a sentence; `key` says which team (see TeamsInText). */
export interface TeamMention {
  key: string;
  start: number;
  end: number;
}

/**
 * The teams an organisation the membership model found may join, and where
 * the text names each:
 * - the consortia the readers built;
 * - named teams no reader gave a member ("the Robotics Institute Germany
 *   (RIG), a federally funded network"), which become consortia with their first member;
 * - bodies the text speaks of with members ("the foundation's members",
 *   articleTeam.ts), carried out by "<name> consortium";
 * - the name the team-name model reads as the article's team's, unless it is
 *   already a team's, a collective's or an organisation's (learnedTeam,
 *   articleTeam.ts, makes it a team).
 */
export class TeamsInText {
  /** Ids of the consortia built before the model ran. */
  readonly consortia: string[];
  /** The bodies members are spoken of with, as collectivesSpokenOf scores them. */
  readonly spokenOf: Array<{ entity: ExtractedEntity; score: number }>;
  private readonly unbuilt: Map<string, UnbuiltTeam>;
  private readonly collectives: Map<string, ExtractedEntity>;
  private readonly made = new Map<string, string>();
  private readonly sentences: string[];
  /** The name the team-name model reads as the article's team's, where the text names it. */
  private readonly learned: { team: LikelyTeam; refs: UnbuiltTeam['refs'] } | undefined;

  constructor(
    private readonly sink: FactSink,
    article: { sentences: string[]; title: string; unbuilt: UnbuiltTeam[]; learned?: LikelyTeam },
    /** Organisations that are members themselves, so no team. */
    private readonly members: Set<string>,
  ) {
    this.sentences = article.sentences;
    this.consortia = sink.byLabel('Consortium').map((team) => team.id);
    this.unbuilt = new Map(article.unbuilt.filter((team) => team.refs.length).map((team) => [`unbuilt:${team.name}`, team]));
    const teamNames = [...sink.byLabel('Consortium').flatMap((team) => [team.name, ...team.aliases]), ...article.unbuilt.map((team) => team.name)];
    // Bodies named but never made entities are weighed only when the readers built no team (which they would outrank).
    const bodiesFrom = this.consortia.length ? [] : article.sentences;
    this.spokenOf = collectivesSpokenOf(article.sentences, article.title, collectiveCandidates(sink, members, bodiesFrom).filter((entity) => !hostsTeam(entity, teamNames)));
    this.collectives = new Map(this.spokenOf.map(({ entity }) => [`collective:${entity.id}`, entity]));
    // (A company's name beside members is a peer's or a buyer's as often as a team's; a collective already counts under its own key.)
    const name = article.learned?.name;
    const taken = !name || teamNames.includes(name) || (!collectiveHead(name) && sink.byLabel('Organization').some((org) => [org.name, ...org.aliases].includes(name))) || this.spokenOf.some(({ entity }) => [entity.name, ...entity.aliases].includes(name));
    this.learned = article.learned && !taken ? { team: article.learned, refs: refsTo(article.sentences, article.learned.name) } : undefined;
  }

  /** Every team named in one sentence, in text order. */
  mentionsIn(index: number): TeamMention[] {
    const collective = (id: string) => `collective:${id}`;
    return [
      ...this.sink.mentionsIn(index, ['Consortium']).map((m) => ({ key: m.id, start: m.start, end: m.end })),
      ...this.sink.mentionsIn(index, ['Organization', 'Initiative', 'Model']).filter((m) => this.collectives.has(collective(m.id))).map((m) => ({ key: collective(m.id), start: m.start, end: m.end })),
      ...[...this.unbuilt].flatMap(([key, team]) => team.refs.filter((ref) => ref.sentence === index).map((ref) => ({ key, start: ref.start, end: ref.end }))),
      ...(this.learned?.refs.filter((ref) => ref.sentence === index).map((ref) => ({ key: LEARNED, start: ref.start, end: ref.end })) ?? []),
    ].sort((a, b) => a.start - b.start);
  }

  /** The consortium a section heading names ("## Who is in TAILOR?", sentence `heading`): the one of that name, else made now. */
  namedTeam(name: string, heading: number): string {
    const key = nameKey(name);
    const known = this.sink.byLabel('Consortium').find((team) => [team.name, ...team.aliases].some((alias) => nameKey(alias) === key));
    if (known) return known.id;
    const unbuilt = [...this.unbuilt].find(([, team]) => nameKey(team.name) === key);
    if (unbuilt) return this.consortiumOf(unbuilt[0], '');
    const made = this.made.get(`heading:${key}`) ?? this.asConsortium(name, [heading]);
    this.made.set(`heading:${key}`, made);
    return made;
  }

  /** The consortium id of a team key, making the consortium the first time a team that is not one yet gets a member. */
  consortiumOf(key: string, firstMember: string): string {
    const made = this.made.get(key);
    if (made) return made;
    const collective = this.collectives.get(key);
    const team = this.unbuilt.get(key);
    let id = key;
    if (key === LEARNED && this.learned) id = learnedTeam(this.sink, this.learned.team, this.members, [firstMember], this.sentences) ?? '';
    else if (collective) id = projectTeam(this.sink, collective.name, collective, [firstMember]);
    else if (team) {
      id = this.asConsortium(team.name, team.refs.map((ref) => ref.sentence));
      for (const ref of team.refs) this.sink.addMention({ id, label: 'Consortium', ...ref });
    }
    this.made.set(key, id);
    return id;
  }

  /** A consortium of this name, named in these sentences: an organisation of the same name (an association read as a company) becomes it. */
  private asConsortium(name: string, sentences: number[]): string {
    const id = entityId('Consortium', name);
    const sameName = this.sink.byLabel('Organization').find((org) => nameKey(org.name) === nameKey(name));
    if (sameName) this.sink.relabel(sameName.id, 'Consortium', id);
    this.sink.addEntity({ id, label: 'Consortium', name, props: {}, sentences });
    return id;
  }
}

/**
 * "MIT … the MIT Generative AI Impact Consortium": a body whose name a team's
 * name carries, with words of its own, hosts that team and is not another one
 * ("AI Safety Institute Consortium" and "the Sailor2 project" are the body itself).
 */
function hostsTeam(entity: ExtractedEntity, teamNames: string[]): boolean {
  return [entity.name, ...entity.aliases].some((name) =>
    teamNames.some((team) => {
      if (team === name || !team.includes(name)) return false;
      const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(team);
      const rest = at ? (team.slice(0, at.index) + team.slice(at.index + name.length)).trim() : '';
      return rest.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && !TEAM_HEAD.test(word));
    }),
  );
}

/** Where each sentence names the name, standing alone. */
function refsTo(sentences: string[], name: string): UnbuiltTeam['refs'] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return sentences.flatMap((sentence, index) => [...sentence.matchAll(pattern)].map((m) => ({ sentence: index, start: m.index ?? 0, end: (m.index ?? 0) + name.length })));
}

import { nameKey } from '../resolve/resolveNames';
import { surfaceKey } from './orgRegistry';

/** A consortium as the text describes it, before names resolve to ids. */
export interface ConsortiumDraft {
  /** Own name when the text gives one ("Campus IA", "Team Upstage"). */
  name?: string;
  /** Leader surfaces → sentences stating the leadership. */
  leaders: Map<string, Set<number>>;
  /** Member surfaces → sentences stating the membership. */
  members: Map<string, Set<number>>;
  /** The text's own phrases for it ("nine-company consortium led by Softbank"). */
  phrases: Set<string>;
  /** Leaders known only from "the X team" / "X's team": may be a short form of another leader. */
  looseLeaders: Set<string>;
  /** Project it serves when no leader or name is given ("GPT-NL" → "GPT-NL consortium"). */
  servesName?: string;
  /** Stated as a consortium, joint venture or partnership of named members (so it exists without a leader). */
  formal?: boolean;
  /** Stated as "the project is led by X": the team is the article's project, named after it when the article shows its name. */
  ledProject?: boolean;
  /** Known only from "X leads the consortium" before any team was described: waits for the team it points to. */
  definiteLead?: boolean;
  /** Named only as a project, hub or factory so far: a team once someone is stated to take part, else dropped. */
  tentative?: boolean;
  statedMemberCount?: number;
  status?: string;
  /** Where it is referred to: sentence + character range. */
  refs: Array<{ sentence: number; start: number; end: number }>;
}

/**
 * The consortia of one article while sentences are read in order: lookup by
 * leader or name, creation, and the "current" consortium that definite
 * references ("the joint venture", "the consortium") point back to.
 */
export class ConsortiumBook {
  readonly drafts: ConsortiumDraft[] = [];
  current?: ConsortiumDraft;
  /** The project the article is about (findArticleProject), if any. */
  project?: string;

  /** The team carrying out the article's project ("the project", "the initiative"), made when first referred to. */
  projectTeam(): ConsortiumDraft | undefined {
    const project = this.project;
    if (!project) return undefined;
    const key = nameKey(project);
    let draft = this.drafts.find((d) => (d.name && nameKey(d.name) === key) || (d.servesName && nameKey(d.servesName) === key));
    if (!draft) {
      draft = { ...newDraft(), servesName: project, formal: true, tentative: true };
      this.drafts.push(draft);
    }
    return draft;
  }

  /** The consortium led by this organisation, created when first stated. */
  byLeader(surface: string, sentence: number, loose = false): ConsortiumDraft {
    const key = leaderKey(surface);
    let draft = this.drafts.find((d) => [...d.leaders.keys()].some((leader) => leaderKey(leader) === key));
    if (!draft) {
      draft = newDraft();
      this.drafts.push(draft);
    }
    addTo(draft.leaders, surface, sentence);
    if (loose) draft.looseLeaders.add(surface);
    else draft.looseLeaders.delete(surface);
    return draft;
  }

  /** The consortium with this own name, created when first stated. */
  byName(name: string): ConsortiumDraft {
    const key = nameKey(name);
    let draft = this.drafts.find((d) => d.name && nameKey(d.name) === key);
    if (!draft) {
      draft = { ...newDraft(), name };
      this.drafts.push(draft);
    }
    return draft;
  }

  /** The consortium with exactly this own name (or the short form the text gave it), if it has one. */
  named(name: string): ConsortiumDraft | undefined {
    return this.drafts.find((d) => d.name === name) ?? this.drafts.find((d) => d.name && d.phrases.has(name));
  }

  /** A consortium the text neither names nor gives a leader (yet). */
  anonymous(): ConsortiumDraft {
    const draft = newDraft();
    this.drafts.push(draft);
    return draft;
  }

  /** Records a reference and makes it the current consortium. */
  refer(draft: ConsortiumDraft, sentence: number, start: number, end: number): void {
    if (!draft.refs.some((ref) => ref.sentence === sentence && ref.start === start)) draft.refs.push({ sentence, start, end });
    this.current = draft;
  }

  /** The consortium referred to closest before `pos` in a sentence, else the current one. */
  nearest(sentence: number, pos: number): ConsortiumDraft | undefined {
    let best: { draft: ConsortiumDraft; start: number } | undefined;
    for (const draft of this.drafts) {
      for (const ref of draft.refs) {
        if (ref.sentence === sentence && ref.start <= pos && (!best || ref.start > best.start)) best = { draft, start: ref.start };
      }
    }
    return best?.draft ?? this.current;
  }

  /** Consortia referred to inside [from, to) of a sentence. */
  referredIn(sentence: number, from: number, to: number): ConsortiumDraft[] {
    return this.drafts.filter((d) => d.refs.some((ref) => ref.sentence === sentence && ref.start >= from && ref.start < to));
  }
}

/** Adds a surface with a sentence to a surface → sentences map. */
export function addTo(map: Map<string, Set<number>>, surface: string, sentence: number): void {
  if (!map.has(surface)) map.set(surface, new Set());
  map.get(surface)!.add(sentence);
}

/** Comparison key of a leader surface (gazetteer-aware): the registry's key for any organisation surface. */
export function leaderKey(surface: string): string {
  return surfaceKey(surface);
}

function newDraft(): ConsortiumDraft {
  return { leaders: new Map(), members: new Map(), phrases: new Set(), looseLeaders: new Set(), refs: [] };
}

/** Adds everything the source draft states (members, leadership, references, phrases, count, status) to the target. */
export function mergeInto(target: ConsortiumDraft, source: ConsortiumDraft): void {
  for (const [surface, sentences] of source.members) for (const s of sentences) addTo(target.members, surface, s);
  for (const [, sentences] of source.leaders) for (const s of sentences) addTo(target.leaders, [...target.leaders.keys()][0], s);
  target.refs.push(...source.refs);
  for (const phrase of source.phrases) target.phrases.add(phrase);
  target.statedMemberCount ??= source.statedMemberCount;
  target.status ??= source.status;
}

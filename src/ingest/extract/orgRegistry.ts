import { countryOf } from '../resolve/countries';
import { canonicalOrganizationName, findKnownAgency, isKnownOrganization, nameKey } from '../resolve/resolveNames';
import { isPlaceName } from '../resolve/places';
import { classifyName, looksLikePerson, type NameClass } from './classifyName';
import { INNER_ORG_HEADS, KIND_CUES, MEMBERS_BODY, ORG_HEADS } from './lexicon';
import { acronymOfWords, isBareFacultyName } from './nameSpans';

/** How strongly the text marks a name as an organisation. */
export type CueStrength = 'strong' | 'weak';

/** One sighting of a candidate name with the cue that found it. */
export interface Candidate {
  surface: string;
  sentence: number;
  start: number;
  end: number;
  strength: CueStrength;
  /** Words written around it that describe it: "Japanese automaker", "the research arm". */
  descriptor?: string;
  acronym?: string;
  /** The name as written with a legal suffix after its acronym ("X (GDK) GmbH"): kept as an alias. */
  written?: string;
  /** A country the text ties it to ("Korea's SK Telecom", "French bank X"). */
  country?: string;
  /** Class forced by the cue (an appositive "an initiative"), else judged from the name. */
  forced?: NameClass;
  /** Only a consortium statement proposed it (as leader or member). */
  viaConsortium?: boolean;
}

/** A resolved actor: canonical name, class, every surface that names it. */
export interface RegisteredName {
  key: string;
  name: string;
  cls: NameClass;
  surfaces: Set<string>;
  candidates: Candidate[];
  kind?: string;
  country?: string;
}

/**
 * Collects candidate names from all cues, then decides which are real actors
 * and what each is. Weak cues alone never admit a person-like name; one strong
 * cue anywhere in the article admits a name for all its mentions.
 */
export class OrgRegistry {
  private readonly candidates: Candidate[] = [];
  private readonly persons = new Set<string>();
  private readonly nonActors = new Set<string>();
  private readonly venues = new Set<string>();

  /** Adds a sighting. Person names seen after a title are remembered and refused. */
  add(candidate: Candidate): void {
    this.candidates.push(candidate);
  }

  /** Marks a name as an event venue ("Lakeside Convention Centre"): refused whatever its words say. */
  addVenue(name: string): void {
    this.venues.add(nameKey(name));
  }

  /** Marks a name the sentence shows is a title or a product line ("Director of X", "its Y Academy programme"): refused whatever its words say. */
  refuse(name: string): void {
    this.venues.add(nameKey(name));
  }

  /** Marks a name as a person (it followed "minister", "CEO" …). */
  addPerson(name: string): void {
    this.persons.add(name);
    // Later references use the surname alone: "Emmanuel Macron" … "Macron said".
    const parts = name.split(' ');
    if (parts.length > 1) this.persons.add(parts[parts.length - 1]);
  }

  /** Whether the text showed the name to be a person's, a place's, a thing's, a venue's or a title's. */
  refuses(name: string): boolean {
    const key = nameKey(name);
    return this.isPersonOrVenue(key) || this.nonActors.has(key);
  }

  /** A person's name, or one refused whatever its words say (a venue, a title, a press office). */
  private isPersonOrVenue(key: string): boolean {
    return [...this.persons].some((person) => nameKey(person) === key) || this.venues.has(key);
  }

  /** Marks a name as a place or a thing ("Brno", "Alps"): refused unless its own words make it an organisation. */
  addNonActor(name: string): void {
    this.nonActors.add(nameKey(name));
  }

  /** Whether some cue has already proposed this surface; `independent` ignores consortium statements. */
  has(surface: string, independent = false): boolean {
    const key = surfaceKey(surface);
    return this.candidates.some((c) => surfaceKey(c.surface) === key && !(independent && c.viaConsortium));
  }

  /** Whether a strong cue outside consortium statements proposed this surface ("automaker X", "X, the AI company"). */
  hasStrong(surface: string): boolean {
    const key = surfaceKey(surface);
    return this.candidates.some((c) => c.strength === 'strong' && !c.viaConsortium && surfaceKey(c.surface) === key);
  }

  /**
   * The keys of every surface a strong cue outside consortium statements proposed, for
   * asking about many names at once (hasStrong asks about one).
   */
  strongSurfaces(): ReadonlySet<string> {
    return new Set(this.candidates.filter((c) => c.strength === 'strong' && !c.viaConsortium).map((c) => surfaceKey(c.surface)));
  }

  /** The keys of every surface proposed so far, for asking about many names at once (has asks about one). */
  surfaceKeys(): Set<string> {
    return new Set(this.candidates.map((c) => surfaceKey(c.surface)));
  }

  /** The full name an acronym was introduced for ("CAAIN" → "Canadian Agri-Food … Network"), or the surface itself. */
  longFormOf(surface: string): string {
    return this.acronymLongForms().get(surface) ?? surface;
  }

  /** "Qatar Investment Authority (QIA)": each acronym and the name it was introduced for. */
  private acronymLongForms(): Map<string, string> {
    return new Map(this.candidates.filter((c) => c.acronym).map((c) => [c.acronym!, c.surface]));
  }

  /** The surfaces proposed so far that are one word ("Bias", "Quorra"). */
  oneWordSurfaces(): Set<string> {
    return new Set(this.candidates.map((c) => c.surface).filter((surface) => !surface.includes(' ')));
  }

  /** Whether some other candidate has this surface as one of its words: "Telekom" of "Deutsche Telekom". */
  hasWordIn(surface: string): boolean {
    return this.candidates.some((c) => c.surface !== surface && c.surface.split(' ').includes(surface));
  }

  /** Whether some organisation candidate starts with this surface as its first word(s): "LG" for "LG AI Research". */
  hasLongerForm(surface: string): boolean {
    const key = surfaceKey(surface);
    return this.candidates.some((c) => nameKey(c.surface).startsWith(`${key} `) && classifyName(c.surface) === 'Organization');
  }

  /**
   * Groups candidates by canonical key and keeps the ones that qualify.
   * `exclude` holds names known to be something else (models, named consortia).
   */
  resolve(exclude: string[] = []): RegisteredName[] {
    const excluded = new Set(exclude.map((name) => nameKey(name)));
    const groups = new Map<string, Candidate[]>();
    // "Qatar Investment Authority (QIA)" … "launched by QIA": an acronym joins its long form.
    const longForms = this.acronymLongForms();
    for (const candidate of this.candidates) {
      const known = findKnownAgency(candidate.surface);
      const surface = longForms.get(candidate.surface) ?? candidate.surface;
      const canonical = known ? known.name : canonicalOrganizationName(surface);
      const key = nameKey(canonical);
      if (!key || excluded.has(key) || excluded.has(nameKey(candidate.surface))) continue;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(candidate);
    }
    const out: RegisteredName[] = [];
    for (const [key, group] of groups) {
      const registered = this.qualify(key, group);
      if (registered) out.push(registered);
    }
    return out;
  }

  private qualify(key: string, group: Candidate[]): RegisteredName | null {
    const surface = group.find((c) => c.acronym)?.surface ?? group[0].surface;
    if (this.isPersonOrVenue(key)) return null;
    const cls = group.find((c) => c.forced)?.forced ?? classifyName(surface);
    if (!cls) return null;
    const words = surface.split(' ');
    if (this.nonActors.has(key) && cls === 'Organization' && !words.some((word) => INNER_ORG_HEADS.has(word) || (ORG_HEADS.has(word) && words.length > 1))) return null;
    const strong = group.some((c) => c.strength === 'strong');
    // ("Midcontinent Independent System Operator (MISO)": a person's name is not given an acronym of its initials.)
    if (!strong && !group.some(isBodyWithOwnAcronym) && looksLikePerson(surface, ORG_HEADS)) return null;
    // "near Munich", "Dubai's AI Retreat": a city's name alone is a place, unless a team statement lists it as a
    // member ("Providence" among health systems that joined) or the gazetteer knows a company by it ("Toyota").
    if (isPlaceName(surface) && !isKnownOrganization(surface) && !group.some((c) => c.viaConsortium)) return null;
    // ("the university's Faculty of Engineering": a faculty named by its fields alone, with no short form of its own, is a unit.)
    if (isBareFacultyName(surface) && !group.some((c) => c.acronym)) return null;
    const known = findKnownAgency(surface);
    const name = known ? known.name : preferredName(group);
    const surfaces = new Set(group.flatMap((c) => [c.surface, ...(c.acronym ? [c.acronym] : []), ...(c.written ? [c.written] : [])]));
    const descriptor = group.map((c) => c.descriptor ?? '').join(' ');
    return {
      key,
      name,
      cls,
      surfaces,
      candidates: group,
      kind: kindOf(`${descriptor} ${name}`),
      country: group.find((c) => c.country)?.country ?? countryInDescriptor(descriptor),
    };
  }
}

/** A body of members named with an acronym of its own words' initials, the first one first ("Drone Racing League (DRL)"; "Real Data (CHAI)", the end of a longer name, is not). */
function isBodyWithOwnAcronym({ acronym, surface }: Candidate): boolean {
  return !!acronym && acronym[0] === surface[0] && acronymOfWords(acronym, surface) && MEMBERS_BODY.test(surface);
}

/** The key two surfaces of one organisation share: gazetteer name, case, punctuation and legal suffix aside. */
export function surfaceKey(surface: string): string {
  return nameKey(canonicalOrganizationName(surface));
}

/** The gazetteer's canonical name, else the most frequent spelling as written. */
function preferredName(group: Candidate[]): string {
  // "Netherlands Forensic Institute (NFI)": the long form names it, the acronym is an alias.
  const longForm = group.find((c) => c.acronym);
  if (longForm) return canonicalOrganizationName(longForm.surface);
  const canonical = canonicalOrganizationName(group[0].surface);
  if (canonical !== group[0].surface.trim() && canonical !== stripDots(group[0].surface)) return canonical;
  const counts = new Map<string, number>();
  for (const c of group) {
    const name = canonicalOrganizationName(c.surface);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function stripDots(text: string): string {
  return text.replace(/\.$/, '').trim();
}

/** Organisation kind from the words describing it, when they say. */
export function kindOf(text: string): string | undefined {
  return KIND_CUES.find(([pattern]) => pattern.test(text))?.[1];
}

/** "Japanese automaker" → "JP": the first country word in a descriptor. */
function countryInDescriptor(descriptor: string): string | undefined {
  for (const word of descriptor.match(/\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?/gu) ?? []) {
    const code = countryOf(word);
    if (code) return code;
  }
  return undefined;
}

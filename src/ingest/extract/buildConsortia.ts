import { entityId } from '../resolve/ids';
import { canonicalOrganizationName } from '../resolve/resolveNames';
import type { ConsortiumBook, ConsortiumDraft } from './consortiumDrafts';
import { addTo, leaderKey, mergeInto } from './consortiumDrafts';
import type { NameIndex } from './emitNames';
import type { FactSink } from './factSink';
import { ANOTHER_TEAM } from './lexicon';
import { isCompanyLongForm } from './mergeShortForms';
import type { OrgRegistry } from './orgRegistry';

/**
 * Merges short-form teams into the team they abbreviate ("the LG team" is the
 * "LG AI Research" team when LG itself is never introduced as an organisation)
 * and offers the remaining loose leaders to the registry. Runs before names resolve.
 */
export function settleDrafts(book: ConsortiumBook, registry: OrgRegistry, sentences: string[]): void {
  // "Motif's team" and "Motif Technologies, which leads a consortium": one team when "Motif" is never introduced itself.
  for (const draft of [...book.drafts]) {
    if (draft.leaders.size !== 1 || draft.name) continue;
    const [leader] = draft.leaders.keys();
    // "Motif" leading one team and "Motif Technologies" another are one company, introduced or not.
    const companyForm = book.drafts.some((other) => other !== draft && [...other.leaders.keys()].some((full) => isCompanyLongForm(full, leader)));
    if (registry.has(leader, true) && !companyForm) continue;
    draft.looseLeaders.add(leader);
  }
  for (const draft of [...book.drafts]) {
    for (const loose of draft.looseLeaders) {
      const target = book.drafts.find((other) => other !== draft && [...other.leaders.keys()].some((leader) => leaderKey(leader).startsWith(`${leaderKey(loose)} `)));
      if (target && draft.leaders.size === 1) {
        mergeInto(target, draft);
        book.drafts.splice(book.drafts.indexOf(draft), 1);
      } else {
        const ref = draft.refs[0];
        registry.add({ surface: loose, sentence: ref?.sentence ?? 0, start: ref?.start ?? 0, end: (ref?.start ?? 0) + loose.length, strength: 'strong' });
      }
    }
  }
  foldFormalTitles(book, sentences);
  foldIntoSoleNamedTeam(book, sentences);
}

/** "… a new Coalition for Sustainable AI, formally titled the Coalition for …": the second name titles the first team. */
const FORMAL_TITLE = /,? (?:formally|officially) (?:titled|called|named|known as) (?:the )?(?=\p{Lu})|,? (?:whose (?:full|formal|official) (?:name|title) is|in full) (?:the )?(?=\p{Lu})/gu;

/**
 * A team the text names twice in one breath, the everyday name and then its
 * formal title, is one team: the formal title's team folds into the first,
 * whose name stays, the title joining its aliases.
 */
function foldFormalTitles(book: ConsortiumBook, sentences: string[]): void {
  sentences.forEach((sentence, index) => {
    for (const match of sentence.matchAll(FORMAL_TITLE)) {
      const at = (match.index ?? 0) + match[0].length;
      const first = book.referredIn(index, 0, match.index ?? 0).filter((draft) => draft.name).pop();
      const titled = book.drafts.find((draft) => draft !== first && draft.name && sentence.startsWith(draft.name, at));
      if (!first || !titled) continue;
      mergeInto(first, titled);
      first.phrases.add(titled.name!);
      book.drafts.splice(book.drafts.indexOf(titled), 1);
    }
  });
}

/**
 * An article that names exactly one team, and describes a team without name
 * or leader ("eight universities take part … the consortium said"), describes
 * that team twice: the unnamed one is folded into the named one. A team
 * serving the named team's own name ("X consortium" for X) is the same too.
 */
function foldIntoSoleNamedTeam(book: ConsortiumBook, sentences: string[]): void {
  const named = book.drafts.filter((draft) => draft.name);
  if (named.length !== 1) return;
  const [target] = named;
  for (const draft of [...book.drafts]) {
    if (draft === target || draft.leaders.size) continue;
    if (draft.name || (draft.servesName && draft.servesName !== target.name)) continue;
    // "A separate group including A, B and C" is another team, unnamed as it is.
    if ([...draft.members.values()].some((stated) => [...stated].some((index) => ANOTHER_TEAM.test(sentences[index] ?? '')))) continue;
    mergeInto(target, draft);
    if (draft.members.size) target.tentative = false;
    book.drafts.splice(book.drafts.indexOf(draft), 1);
  }
}

/**
 * Emits each consortium: its name (own name, else "<Leader> consortium"),
 * aliases (the text's phrases), stated member count and status; relations
 * LEADS + MEMBER_OF for leaders, MEMBER_OF for members, PART_OF an initiative
 * named in a sentence that also refers to it. Returns draft → id. A team
 * the text restates by its leader is folded into the named one first.
 */
export function buildConsortia(book: ConsortiumBook, names: NameIndex, sink: FactSink, sentences: string[]): Map<ConsortiumDraft, string> {
  const ids = new Map<ConsortiumDraft, string>();
  foldRestatedLeader(book, names, sentences);
  for (const draft of book.drafts) {
    const leaders = resolved(draft.leaders, names);
    const members = resolved(draft.members, names);
    if (draft.tentative && !members.size) continue;
    // The team behind the article's project goes by the project ("Norda-LM consortium"); its leader's form stays an alias.
    const ofProject = !!book.project && draft.servesName === book.project;
    const name = consortiumName(draft, leaders, members, sink, ofProject);
    if (!name) continue;
    const id = entityId('Consortium', name);
    const props: Record<string, string | number> = {};
    if (draft.statedMemberCount !== undefined) props.statedMemberCount = draft.statedMemberCount;
    if (draft.status) props.status = draft.status;
    // A named venture stays findable as "<Leader> consortium", the name it gets when the text gives none;
    // any team stays findable under every form of its leader's name ("MBZUAI consortium", "Acme Co. consortium").
    const leaderNames = leaderConsortiumNames(draft, leaders, sink, ofProject);
    const aliases = [...new Set([...draft.phrases, ...leaderNames])].filter((phrase) => phrase !== name);
    sink.addEntity({ id, label: 'Consortium', name, aliases, props, sentences: draft.refs.map((r) => r.sentence) });
    if (draft.status) sink.setProp(id, 'status', draft.status);
    for (const ref of draft.refs) sink.addMention({ id, label: 'Consortium', sentence: ref.sentence, start: ref.start, end: ref.end });
    for (const [orgId, sentences] of leaders) {
      sink.addRelation('LEADS', orgId, id, sentences);
      sink.addRelation('MEMBER_OF', orgId, id, sentences);
    }
    for (const [orgId, sentences] of members) sink.addRelation('MEMBER_OF', orgId, id, sentences);
    ids.set(draft, id);
  }
  linkInitiatives(ids, sink);
  return ids;
}

/**
 * "AI4TRUST … led by Fondazione Bruno Kessler (FBK) … The consortium is
 * coordinated by FBK": a team without a name, first referred to as "the
 * consortium", with a leader who leads one named team already (under any form
 * of its name) is that team, its leader restated.
 */
function foldRestatedLeader(book: ConsortiumBook, names: NameIndex, sentences: string[]): void {
  const leaderId = (surface: string): string => resolved(new Map([[surface, new Set<number>()]]), names).keys().next().value ?? surface;
  const leadersOf = (draft: ConsortiumDraft) => new Set([...draft.leaders.keys()].map(leaderId));
  for (const draft of [...book.drafts]) {
    const first = draft.refs[0];
    if (draft.name || !first || !/^[Tt]he consortium\b/.test((sentences[first.sentence] ?? '').slice(first.start))) continue;
    const own = leadersOf(draft);
    const targets = book.drafts.filter((other) => other !== draft && other.name && [...own].some((id) => leadersOf(other).has(id)));
    if (targets.length !== 1) continue;
    mergeInto(targets[0], draft);
    // ("The consortium is coordinated by FBK and Orvik University": a co-leader named with the restated one leads too.)
    for (const [surface, stated] of draft.leaders) for (const index of stated) addTo(targets[0].leaders, surface, index);
    book.drafts.splice(book.drafts.indexOf(draft), 1);
  }
}

/** "<form> consortium" for each form of the first leader's name: text surfaces, entity name and aliases, "Full (ACR)". */
function leaderConsortiumNames(draft: ConsortiumDraft, leaders: Map<string, number[]>, sink: FactSink, ofProject: boolean): string[] {
  const ids = draft.name ? [...leaders.keys()] : [...leaders.keys()].slice(0, 1);
  const forms: string[] = [];
  for (const orgId of ids) {
    const org = sink.get(orgId)!;
    forms.push(org.name, ...org.aliases);
    const acronym = org.aliases.find((alias) => /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(alias));
    if (acronym && !org.name.includes('(')) forms.push(`${org.name} (${acronym})`);
  }
  if (!draft.name && !ofProject) forms.push(...[...draft.leaders.keys()].slice(0, 1));
  return [...new Set(forms)].map((form) => `${form} consortium`);
}

/** Surfaces resolved to Organization ids, merging sentences of surfaces naming the same one. */
function resolved(map: Map<string, Set<number>>, names: NameIndex): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [surface, sentences] of map) {
    const target = names.lookup(surface) ?? names.lookup(canonicalOrganizationName(surface));
    if (!target || target.label !== 'Organization') continue;
    out.set(target.id, [...new Set([...(out.get(target.id) ?? []), ...sentences])]);
  }
  return out;
}

/** Own name, else after the article's project it carries out, else after its leader, else after the project it serves, else after its first member. */
function consortiumName(draft: ConsortiumDraft, leaders: Map<string, number[]>, members: Map<string, number[]>, sink: FactSink, ofProject: boolean): string | undefined {
  if (draft.name) return draft.name;
  if (ofProject) return `${draft.servesName} consortium`;
  const leaderId = [...leaders.keys()][0];
  if (leaderId) return `${sink.get(leaderId)!.name} consortium`;
  if (draft.servesName) return `${draft.servesName} consortium`;
  const firstMember = [...members.keys()][0];
  // A loose "group including A, B" with neither leader nor name is not recorded as a consortium.
  if (firstMember && members.size >= 2 && draft.formal) return `${sink.get(firstMember)!.name} consortium`;
  return undefined;
}

/** PART_OF when a sentence refers to both the consortium and an initiative. */
function linkInitiatives(ids: Map<ConsortiumDraft, string>, sink: FactSink): void {
  for (const [draft, id] of ids) {
    for (const ref of draft.refs) {
      for (const mention of sink.mentionsIn(ref.sentence, ['Initiative'])) sink.addRelation('PART_OF', id, mention.id, [ref.sentence]);
    }
  }
}

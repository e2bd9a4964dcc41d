import { addTo, type ConsortiumBook, type ConsortiumDraft } from './consortiumDrafts';
import { classifyName } from './classifyName';
import { OFFICER_TITLES } from './lexicon';
import type { OrgRegistry } from './orgRegistry';
import type { ListItem } from './readList';

/** What every consortium reader gets for one sentence. */
export interface SentenceContext {
  sentence: string;
  index: number;
  /** All sentences of the article, for looking one sentence back. */
  sentences: string[];
  book: ConsortiumBook;
  registry: OrgRegistry;
  consortiumArticle: boolean;
}

const MEDIA_DESCRIPTOR = /\b(?:news agency|press agency|wire service|newswire)$/;

/** A descriptor that ends in an officer's title: the name after it is a person's. */
const OFFICER_TITLE_LAST = new RegExp(`\\b(?:${OFFICER_TITLES.join('|')})$`, 'i');

/** Keeps the items that can be organisations, offering each to the registry. */
export function orgItems(ctx: SentenceContext, items: ListItem[]): ListItem[] {
  const kept = items.filter((item) => {
    // ("joined by former Orvane chief executive Mara Velden", "… Orvane CEO Mara Velden": an officer's title says the item is a person.)
    if (OFFICER_TITLE_LAST.test(item.descriptor) || /\s(?:CEO|CTO)\s/.test(item.name.text)) return false;
    const cls = classifyName(item.name.text);
    // "state news agency Anadolu Agency": a media company, though its name ends like a public body's.
    return cls === 'Organization' || cls === 'Consortium' || (cls === 'Agency' && MEDIA_DESCRIPTOR.test(item.descriptor));
  });
  for (const item of kept) {
    ctx.registry.add({ surface: item.name.text, sentence: ctx.index, start: item.name.start, end: item.name.end, strength: 'strong', descriptor: item.descriptor || undefined, acronym: item.name.acronym, viaConsortium: true });
  }
  return kept;
}

/** Records list items as members of a consortium. */
export function addMembers(ctx: SentenceContext, draft: ConsortiumDraft, items: ListItem[]): void {
  for (const item of orgItems(ctx, items)) {
    addTo(draft.members, item.name.text, ctx.index);
    // "A (lead), B and C", "A (coordinator)": a role in brackets marks the leader among the members.
    if (LEADER_MARK.test(ctx.sentence.slice(item.name.end))) addTo(draft.leaders, item.name.text, ctx.index);
  }
}

const LEADER_MARK = /^ \((?:lead|leader|coordinator|co-?ordinator|lead partner|lead member|project lead|consortium lead)\)/i;

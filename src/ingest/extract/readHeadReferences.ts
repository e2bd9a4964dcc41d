import type { SentenceContext } from './consortiumContext';
import { BODY_HEAD_WORDS } from './lexicon';

/** A body's head word written alone with a capital: "The Centre opened in 2019", "partners listed by the Alliance". */
const HEAD_REFERENCE = new RegExp(`\\b[Tt]he (${BODY_HEAD_WORDS})\\b(?! (?:of|for|on)\\b)(?!\\s*\\p{Lu})`, 'gu');

/**
 * "The Centre opened in February 2019. King's College London leads it …":
 * a capitalised head word with "the" refers back to the one team whose name
 * it closes or heads ("London Medical Imaging & AI Centre for Value Based
 * Healthcare"), which comes back into view for the readers after it.
 */
export function readHeadReferences(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(HEAD_REFERENCE)) {
    const head = match[1];
    const named = book.drafts.filter((draft) => draft.name && draft.name.includes(' ') && new RegExp(`(?:^| )${head}(?: |$)`).test(draft.name));
    if (named.length === 1) book.refer(named[0], index, match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
}

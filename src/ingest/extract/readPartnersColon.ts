import { isOrganizationName } from './classifyName';
import type { SentenceContext } from './consortiumContext';
import { findNameSpans } from './nameSpans';

/**
 * "X, a spin-off of Y, applied together with:" followed by bullets — the
 * sentence's subject leads a team whose members are the bullets (which
 * readBulletMembers adds to the team referred to here). A subject that only
 * "works with:" suppliers is not cued: the verb must be a joint bid or a team-up.
 */
export const PARTNERS_COLON = /(?:^|,| )(?:applied|applies|bid|bids|entered|competes|competed|is competing|teamed up|has teamed up|teams up|joined forces|has joined forces|is partnering|partnered|has partnered|is bidding|will bid)(?: jointly)? (?:together with|alongside|jointly with|with)(?: (?:the following|these|its) (?:partners|members|organi[sz]ations))?:$/;

export function readPartnersColon(ctx: SentenceContext): void {
  const { sentence, index, book, registry } = ctx;
  const cue = PARTNERS_COLON.exec(sentence);
  if (!cue) return;
  const subject = findNameSpans(sentence)[0];
  // The subject opens the sentence; what lies between it and the verb may only be an appositive.
  if (!subject || subject.start > 4 || !/^(?:,[^;:]{0,100},)?$/.test(sentence.slice(subject.end, cue.index))) return;
  if (!isOrganizationName(subject.text)) return;
  registry.add({ surface: subject.text, sentence: index, start: subject.start, end: subject.end, strength: 'strong', viaConsortium: true });
  const draft = book.byLeader(subject.text, index);
  book.refer(draft, index, subject.start, sentence.length);
}

import { classifyName, isOrganizationName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import { findNameSpans, readNameAt, type NameSpan } from './nameSpans';

/**
 * "Highreso, with its subsidiary Highreso Kagawa (joint application)",
 * "X, with Y and Z (consortium)": a lead applicant and its co-applicants,
 * marked as a joint bid by the bracket — common in lists of grant recipients.
 */
const WITH = /^,? (?:together )?with (?:its (?:[\p{Ll}-]+ ){0,2})?/u;
const JOINT_MARK = /^ \((?:joint (?:application|applicants?|bid|proposal|project)|consortium|consortium bid)\)/i;

export function readJointApplication(ctx: SentenceContext): void {
  const { sentence, index, book, registry } = ctx;
  if (!/\((?:joint|consortium)/i.test(sentence)) return;
  for (const lead of findNameSpans(sentence)) {
    const cue = WITH.exec(sentence.slice(lead.end));
    if (!cue || !isOrganizationName(lead.text)) continue;
    const partners: NameSpan[] = [];
    let at = lead.end + cue[0].length;
    let span = readNameAt(sentence, at);
    while (span && partners.length < 4) {
      partners.push(span);
      at = span.end;
      const and = /^(?:,| and|, and) /.exec(sentence.slice(at));
      span = and ? readNameAt(sentence, at + and[0].length) : null;
    }
    if (!partners.length || !JOINT_MARK.test(sentence.slice(at))) continue;
    registry.add({ surface: lead.text, sentence: index, start: lead.start, end: lead.end, strength: 'strong', viaConsortium: true });
    const draft = book.byLeader(lead.text, index);
    draft.formal = true;
    addMembers(ctx, draft, partners.filter((span) => classifyName(span.text) === 'Organization').map((name) => ({ name, descriptor: '' })));
    book.refer(draft, index, lead.start, at);
  }
}

import { addMembers, type SentenceContext } from './consortiumContext';
import { readList } from './readList';
import { subjectsEndingAt } from './readPartnerPhrasings';
import { inView, lead, mayLead } from './teamInView';

/** Verbs of taking organisations into a team: "has signed up", "brought in", "enlisted". */
const RECRUITS = /\b(?:(?:has|have|had) )?(?:(?:also|now|already) )?(?:signed up|brought in|enlisted|recruited|roped in) (?:the )?/g;
/** After the recruits, the recruiter's own team: "… for its bid", "… to its consortium". */
const OWN_TEAM = /^,? (?:as (?:partners|members) )?(?:for|to|into) (?:its|their) (?:[\p{L}-]+ )?(?:bid|consortium|team|alliance|coalition)\b/u;

/**
 * Members a team takes in: "The consortium led by X has signed up A and B as
 * partners" (a team the sentence referred to before the verb), "X has
 * enlisted A, B and C for its bid", "X recruited A and B to its consortium"
 * (X's own team, which X leads).
 */
export function readRecruits(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(RECRUITS)) {
    const at = (match.index ?? 0) + match[0].length;
    // (addMembers offers the items to the registry as organisations, so only once a team is sure.)
    const items = readList(sentence, at);
    if (!items.length) continue;
    const referred = book.referredIn(index, 0, match.index ?? 0).pop();
    if (referred) {
      addMembers(ctx, referred, items);
      continue;
    }
    const [subject, ...more] = subjectsEndingAt(sentence, match.index ?? 0);
    // (subjectsEndingAt keeps organisations only.)
    if (!subject || more.length || !OWN_TEAM.test(sentence.slice(items[items.length - 1].name.end))) continue;
    const draft = book.byLeader(subject.text, index);
    lead(ctx, draft, subject);
    addMembers(ctx, draft, items);
    book.refer(draft, index, subject.start, subject.end);
  }
}

/** "The bid was put together by X", "a consortium assembled by X": who assembles a team leads it. */
const ASSEMBLED_BY = /\b([Tt]he|[Tt]his|[Aa]n?|[Ii]ts) (?:[\p{L}-]+ ){0,2}?(?:bid|consortium|team|alliance|coalition|partnership) (?:was |has been |had been |is being )?(?:put together|assembled|pulled together|organi[sz]ed) by (?:the )?/gu;
/** Partners named after the assembler: ", with A and B as partners", ", alongside A and B". */
const PARTNERS_AFTER = /^,? (?:with|alongside|together with|joined by) /;

/**
 * "The bid was put together by Kelvo, with Tamsin Systems and Ruta AI as
 * partners": the assembler leads the team the sentence speaks of (the one it
 * referred to before, else the current one for "the bid", else a team of its
 * own), and the partners named after it are members.
 */
export function readAssembledBy(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const match of sentence.matchAll(ASSEMBLED_BY)) {
    const at = (match.index ?? 0) + match[0].length;
    const [assembler] = readList(sentence, at);
    if (!assembler || !mayLead(ctx, assembler.name.text)) continue;
    const definite = /^[Tt]h(?:e|is)$|^[Ii]ts$/.test(match[1]);
    const referred = book.referredIn(index, 0, match.index ?? 0).pop() ?? (definite ? inView(ctx, 2) : undefined);
    const draft = referred ?? book.byLeader(assembler.name.text, index);
    lead(ctx, draft, assembler.name);
    addMembers(ctx, draft, [assembler]);
    const partners = PARTNERS_AFTER.exec(sentence.slice(assembler.name.end));
    if (partners) addMembers(ctx, draft, readList(sentence, assembler.name.end + partners[0].length));
    book.refer(draft, index, match.index ?? 0, assembler.name.end);
  }
}

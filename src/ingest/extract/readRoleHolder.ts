import type { SentenceContext } from './consortiumContext';
import { findNameSpans } from './nameSpans';
import { UNDER_LEADERSHIP_OF } from './readMemberStatements';
import { inView, lead, mayLead, projectInView } from './teamInView';

/**
 * A team's lead role, held by the name before or after: "X, the project coordinator, said", "X acts as
 * coordinator", "X, which is the coordinator of the whole partnership", "X coordinates, and …", "X takes
 * the lead", "X (coordinator)", "X serves as the consortium's lead"; "project coordinator X", "under the
 * coordination of X", "Coordination falls to X", "The consortium leadership lies with X", "The coordinating
 * institution is X", "The project's coordinator, X, said", "At the helm is X".
 */
const ROLE = '(?:coordinator|co-ordinator|lead partner|lead organi[sz]ation|lead institution)';
/** The team in view, by a generic noun: "of the whole partnership". */
const OF_THE_TEAM = '(?: of (?:the|this) (?:whole |entire |overall )?(?:partnership|project|consortium|network|programme|program|initiative|alliance|effort))?';
const ROLE_AFTER = new RegExp(
  `^(?:(?:,| is| was| will be| acts as| serves as|,? (?:which|who) (?:is|was|will be|acts as|serves as|will act as|will serve as)) (?:the )?(?:(?:overall |project |consortium |project['’]s |consortium['’]s )?${ROLE})${OF_THE_TEAM}\\b(?! (?:of|for|in|at|on)\\b)` +
    `| coordinates(?=[,.;]|$| and\\b)| (?:takes|took|will take|has taken) (?:the|over the) (?:lead|coordination)\\b(?! (?:of|on|in|for)\\b)` +
    // "X (coordinator) hosts …", "X serves as the consortium's lead".
    `| \\((?:project |consortium )?(?:coordinator|lead|leader)\\)|(?: is| acts as| serves as|,? (?:which|who) (?:is|acts as|serves as)) the (?:project|consortium)['’]s lead\\b(?! [a-z]))`,
);
const ROLE_BEFORE = new RegExp(
  `(?:\\b(?:[Pp]roject|[Cc]onsortium) ${ROLE} (?:the )?|${UNDER_LEADERSHIP_OF.source}` +
    `|\\b[Cc]oordination (?:falls|fell|goes|went|will fall|will go) to (?:the )?|\\b(?:[Cc]onsortium |[Pp]roject )?(?:[Ll]eadership|[Cc]oordination) (?:lies|lay|rests|rested) with (?:the )?` +
    `|\\b[Tt]he (?:coordinating|lead|leading) (?:institution|organi[sz]ation|partner|university|body) (?:is|was|will be) (?:the )?` +
    // "The project's coordinator, X, said …", "At the helm is X".
    `|\\b[Tt]he (?:project|consortium|network|alliance)['’]s (?:coordinator|leader|lead partner), (?:the )?|\\b[Aa]t (?:the|its) helm (?:is|was|will be|stands) (?:the )?)$`,
);

/**
 * The team in view gets the role holder as leader, when it has none yet (a person holding the role names no team's
 * leader). Read after every other reader: the team may be named later in the same sentence ("Helios brings together
 * A and B, which acts as coordinator").
 */
export function readRoleHolder(ctx: SentenceContext): void {
  for (const span of findNameSpans(ctx.sentence)) {
    if (!ROLE_AFTER.test(ctx.sentence.slice(span.end)) && !ROLE_BEFORE.test(ctx.sentence.slice(0, span.start))) continue;
    if (!mayLead(ctx, span.text)) continue;
    const draft = inView(ctx) ?? projectInView(ctx, 2);
    if (!(draft?.name || draft?.servesName) || draft.leaders.size) continue;
    lead(ctx, draft, span);
    ctx.book.refer(draft, ctx.index, span.start, span.end);
  }
}

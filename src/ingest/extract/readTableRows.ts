import { isCountryForm } from '../resolve/countries';
import { classifyName, isTeamOrProjectName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { readNameAt, type NameSpan } from './nameSpans';
import { readList, type ListItem } from './readList';

/**
 * Teams written as a markdown table ("| Team | Leader | Members |" then one
 * row per team). The read stage joins the table's lines into one sentence, so
 * rows are found again from the pipes: an empty cell between "| |" is a row
 * break. Each row is one team: its own name when the name column gives a
 * consortium name, else its leader's; the members column is a name list.
 */

export interface Cell {
  text: string;
  start: number;
}

// "Led by / hosted at", "Host institution", "Coordinating body": a column that says who leads or hosts each row's team.
const LEADER_COLUMN = /^(?:lead|leader|leaders|led by|run by|headed by|coordinated by|managed by|team leader|team lead|consortium leader|consortium lead|lead (?:company|partner|member|organi[sz]ation|institution|entity)|coordinator|coordinating (?:body|institution|partner|organi[sz]ation)|lead applicant|host(?:ed by| institution| entity| organi[sz]ation)?)(?: \/ (?:hosted (?:at|by)|host(?: site| institution)?|coordinator|lead))?$/i;
// ("Named partners", "Key partners", "Industry partners": a word saying which partners the column lists.)
// ("Carried by", "Partner institutions": who carries each row's team, when a column names the teams.)
// ("Partners named at launch", "Members so far": when the list was given does not change what it holds.)
const MEMBERS_COLUMN = /^(?:(?:(?:named|key|main|core|academic|industry|industrial|research|selected|other|consortium|team|partner|participating|member) )?(?:members?|partners?|participants|institutions|universities)(?: (?:named|listed|announced|confirmed|so far|to date|at launch)\b[^|]*)?|carried by|carried out by|operated by|run jointly by|jointly run by)$/i;
/** A column heading that says each row names an organisation: "Organisation", "Hub host", "Partner institution", "Member", "Founding shareholder". */
export const ORG_COLUMN = /^(?:(?:member|partner|participating|lead|host|founding) )?(?:organi[sz]ations?|institutions?|members?|partners?|compan(?:y|ies)|firms?|universit(?:y|ies)|labs?|start-?ups?|participants?|signatories|founders?|shareholders?|investors?|backers?)$|^(?:hub |lead )?hosts?(?: institutions?)?$/i;
/** Headings of a column that gives each row's team its own name: "Consortium", "AI Factory", "Centre". */
const OWN_NAME_HEADINGS = 'consortium|consortium name|team name|(?:AI )?factory|AI Factory|hub|project|project name|centre|center|network|programme|program|initiative|school|cluster';
const TEAM_COLUMN = new RegExp(`^(?:team|name|group|bid|alliance|${OWN_NAME_HEADINGS})$`, 'i');
/** A team column headed by what the teams build gives each row's team its own name ("| AI Factory | … |" → "CZAI"); under "Team" a name that is not a consortium's ("Orsk bid") is left to the leader. */
const NAMES_TEAMS = new RegExp(`^(?:${OWN_NAME_HEADINGS})$`, 'i');
/** A heading about who leads or hosts, however worded ("Host and leadership"). */
const LEADERSHIP_WORD = /\b(?:lead|leads|leader|leaders|leadership|led|host|hosts|hosted|coordinator|coordination|coordinated)\b/i;
/** "Hosting entity (consortium lead)": a column whose bracket says it holds the leads. */
const LEAD_MARKED = /\((?:consortium |project |team )?(?:lead|leader|coordinator)\)$/i;
/** "| Model | Developer | Partners |": the developer leads the team its partners join (only beside a partners column). */
const DEVELOPER_COLUMN = /^(?:developer|developed by|builder|built by|lead developer)$/i;
/** "| Project | Who is involved |": a roundup's columns; a row is a team only when a "(lead)" mark says who leads it. */
const INVOLVED_COLUMN = /^(?:who(?:['’]s| is) involved|involved|parties|players|participants involved|partners involved)$/i;
const PROJECT_COLUMN = /^(?:project|initiative|programme|program|venture)$/i;
/** First-column headings that say what else each row is about: a place, a time, a kind, a model. */
const NOT_TEAMS_COLUMN = /^(?:countr(?:y|ies)|regions?|city|cities|location|place|state|province|year|date|when|sector|field|area|domain|type|kind|category|stage|round|rank|#|no\.?|model|models|product|system)$/i;
const LEAD_MARK = /\((?:lead|leader|lead partner|coordinator)\)/i;

/** One team per table row: leader from the leader column, members from the members column. */
export function readTableRows(ctx: SentenceContext): void {
  if (!/^\|/.test(ctx.sentence) || (ctx.sentence.match(/\|/g)?.length ?? 0) < 6) return;
  const rows = rowsOf(ctx.sentence);
  const header = rows.shift()?.map((cell) => cell.text.replace(/\*+/g, '').trim());
  if (!header) return;
  // ("Partners (examples)": an aside in brackets does not change what the column holds.)
  const plain = header.map((text) => text.replace(/\s*\((?![^)]*\b(?:lead|leader|coordinator)\))[^()]*\)$/i, ''));
  const membersAt = plain.findIndex((text) => MEMBERS_COLUMN.test(text));
  const strictLeaderAt = header.findIndex((text) => LEADER_COLUMN.test(text) || LEAD_MARKED.test(text) || (membersAt >= 0 && DEVELOPER_COLUMN.test(text)));
  // "Host and leadership": beside a members column, a heading that speaks of leading or hosting.
  const leaderAt = strictLeaderAt >= 0 ? strictLeaderAt : membersAt >= 0 ? plain.findIndex((text, at) => at !== membersAt && LEADERSHIP_WORD.test(text)) : -1;
  // "| Trailblazer | Lead university | Partners |": beside leader and members columns, the first column names each row's team.
  // ("| Country | Model | Developer | Partners |": a column of places, dates or kinds names no team.)
  const firstNames = leaderAt > 0 && membersAt > 0 && !header.some((text) => TEAM_COLUMN.test(text)) && !NOT_TEAMS_COLUMN.test(plain[0]);
  const teamAt = firstNames ? 0 : header.findIndex((text) => TEAM_COLUMN.test(text));
  const namesTeams = firstNames || (teamAt >= 0 && NAMES_TEAMS.test(header[teamAt]));
  // A table about teams names a leader or members per row; any other table (budgets, timelines) is not read.
  const involvedAt = header.findIndex((text) => INVOLVED_COLUMN.test(text));
  if (leaderAt < 0 && membersAt < 0) {
    if (involvedAt >= 0) readInvolvedRows(ctx, rows, involvedAt, header.findIndex((text) => PROJECT_COLUMN.test(text)));
    else readRoleRows(ctx, rows, header);
    return;
  }
  // "The consortium looks like this: | Partner | Type |": with no team or leader column, each row is a member of the team in view.
  if (leaderAt < 0 && teamAt < 0) {
    readMemberRows(ctx, rows, membersAt);
    return;
  }
  const masked = pipesAsStops(ctx);
  for (const row of rows) {
    if (row.every((cell) => /^\s*:?-{2,}:?\s*$/.test(cell.text))) continue;
    const leader = leaderAt >= 0 ? nameIn(row[leaderAt]) : undefined;
    const team = teamAt >= 0 ? (namesTeams ? wholeCellName(row[teamAt]) : undefined) ?? nameIn(row[teamAt], namesTeams) : undefined;
    const named = team && (classifyName(team.text) === 'Consortium' || (namesTeams && classifyName(team.text) !== 'Agency'));
    const own = named ? team.text : undefined;
    if (!own && !leader) continue;
    const draft = own ? ctx.book.byName(own) : ctx.book.byLeader(leader!.text, ctx.index);
    draft.formal = true;
    if (leader) {
      ctx.registry.add({ surface: leader.text, sentence: ctx.index, start: leader.start, end: leader.end, strength: 'strong', viaConsortium: true });
      addTo(draft.leaders, leader.text, ctx.index);
      // "Hosted by A; led jointly by A, B and C": the co-leaders the cell names after its "led by".
      for (const item of ledByInCell(masked, row[leaderAt])) addTo(draft.leaders, item.name.text, ctx.index);
    }
    const cell = membersAt >= 0 ? row[membersAt] : undefined;
    if (cell) addMembers(masked, draft, membersInCell(masked, cell));
    const ref = team ?? leader!;
    ctx.book.refer(draft, ctx.index, ref.start, ref.end);
  }
}

function readMemberRows(ctx: SentenceContext, rows: Cell[][], membersAt: number): void {
  // A partners table belongs to the team the article has been describing, however many lines above it.
  // With none in view its rows are still organisations; the membership model finds their team (applyMembershipModel.ts).
  const team = ctx.book.current ?? ctx.book.projectTeam();
  for (const row of rows) {
    const member = nameIn(row[membersAt]);
    if (!member || classifyName(member.text) !== 'Organization') continue;
    ctx.registry.add({ surface: member.text, sentence: ctx.index, start: member.start, end: member.end, strength: 'strong', viaConsortium: true });
    if (!team) continue;
    addTo(team.members, member.text, ctx.index);
    // "| NTNU | University (host) |", "| X (lead) |": a row that says it leads or hosts the team.
    if (/\((?:lead|leader|coordinator|host)\)/i.test(row.map((cell) => cell.text).join(' '))) addTo(team.leaders, member.text, ctx.index);
  }
  if (!team) return;
  team.tentative = false;
  team.formal = true;
}

/** "Role in PRISM", "Role in the KASS project": a column saying what each row's organisation does in one team, named in its heading. */
const ROLE_IN = /^(?:role|part|contribution) in (?:the )?/i;
/** A role cell saying the row's organisation is outside the team: "not a project participant", "supplier", "withdrew". */
const OUTSIDE_ROLE = /\b(?:not|no longer|never|withdr\w+|left|quit|dropped out|funders?|sponsors?|suppliers?|vendors?|customers?|clients?|observers?)\b/i;

/**
 * "| Institution | Role in PRISM |": one organisation a row, each with its
 * role in the team the heading names; a row whose role says it stands outside
 * ("built the hull; not a project participant") is no member, one marked
 * "lead" leads.
 */
function readRoleRows(ctx: SentenceContext, rows: Cell[][], header: string[]): void {
  const orgAt = header.findIndex((text) => ORG_COLUMN.test(text));
  const roleAt = header.findIndex((text) => ROLE_IN.test(text));
  const heading = header[roleAt] ?? '';
  const name = roleAt >= 0 ? readNameAt(heading, ROLE_IN.exec(heading)![0].length) : undefined;
  if (orgAt < 0 || !name || name.end !== heading.length || !isTeamOrProjectName(name.text)) return;
  const draft = ctx.book.byName(name.text);
  // "| A, B and C | Participating shipbuilders |" lists three.
  const masked = pipesAsStops(ctx);
  for (const row of rows) {
    const cell = row[orgAt];
    const role = row[roleAt]?.text ?? '';
    if (!nameIn(cell) || OUTSIDE_ROLE.test(role)) continue;
    const items = cellList(masked, cell).filter((item) => classifyName(item.name.text) === 'Organization');
    addMembers(masked, draft, items);
    // ("Co-leads; brings …", "Lead institution", "Coordinates the work", "Hosts the centre": a role that opens on leading or hosting.)
    if (items[0] && /^\s*(?:co-?)?(?:lead|leads|leader|coordinator|coordinates|hosts|host institution)\b/i.test(role)) addTo(draft.leaders, items[0].name.text, ctx.index);
  }
  const [first] = [...draft.members.keys()];
  if (!first) return;
  draft.tentative = false;
  draft.formal = true;
  const at = ctx.sentence.indexOf(first);
  ctx.book.refer(draft, ctx.index, at, at + first.length);
}

/** A table that lists members and nothing about teams ("| Member | Type | Where |"): its rows belong to one team, named elsewhere. */
export function isMemberListTable(sentence: string): boolean {
  if (!/^\|/.test(sentence)) return false;
  const header = rowsOf(sentence)[0]?.map((cell) => cell.text.replace(/\*+/g, '').trim()) ?? [];
  // ("| Organisation | Role in TeachAI |": one organisation a row, and no column says which team.)
  return header.some((text) => MEMBERS_COLUMN.test(text) || ORG_COLUMN.test(text)) && !header.some((text) => TEAM_COLUMN.test(text) || LEADER_COLUMN.test(text) || LEAD_MARKED.test(text));
}

/** "| Stargate Argentina | Sur Energy (lead), OpenAI |": the project names the team, the marked name leads it. */
function readInvolvedRows(ctx: SentenceContext, rows: Cell[][], involvedAt: number, projectAt: number): void {
  const masked = pipesAsStops(ctx);
  for (const row of rows) {
    const cell = row[involvedAt];
    if (!cell || !LEAD_MARK.test(cell.text)) continue;
    const project = nameIn(row[projectAt]);
    const cls = project && classifyName(project.text);
    const items = cellList(masked, cell);
    // The leader is marked in the cell; addMembers reads "(lead)" after a name as its leadership.
    if (!items.length) continue;
    const leader = items.find((item) => LEAD_MARK.test(masked.sentence.slice(item.name.end, item.name.end + 16)));
    if (!leader) continue;
    const draft = project && cls && cls !== 'Agency' ? ctx.book.byName(project.text) : ctx.book.byLeader(leader.name.text, ctx.index);
    draft.formal = true;
    addMembers(masked, draft, items);
    ctx.book.refer(draft, ctx.index, (project ?? leader.name).start, (project ?? leader.name).end);
  }
}

/** "…; led jointly by UiO, SINTEF and the Norwegian Computing Center": the names after a "led by" inside a cell. */
function ledByInCell(masked: SentenceContext, cell: Cell): ListItem[] {
  const led = /\b(?:led|co-led|coordinated|headed)(?: jointly)? by /.exec(cell.text);
  return led ? readList(masked.sentence, cell.start + led.index + led[0].length).filter((item) => classifyName(item.name.text) === 'Organization') : [];
}

/** The names a members cell lists; when it opens with prose ("77 partners, among them X"), the list after its cue. */
function membersInCell(masked: SentenceContext, cell: Cell): ListItem[] {
  const items = cellList(masked, cell);
  if (items.length) return items;
  const cue = /\b(?:among them|including|such as|notably|for example|e\.g\.|include|includes)[,:]? /.exec(cell.text);
  return cue ? readList(masked.sentence, cell.start + cue.index + cue[0].length) : [];
}

/** The table's sentence with its pipes read as full stops (same length, so offsets hold): a list ends with its cell. */
function pipesAsStops(ctx: SentenceContext): SentenceContext {
  return { ...ctx, sentence: ctx.sentence.replace(/ ?\|/g, (pipe) => (pipe.length === 2 ? '. ' : '.')) };
}

/** The names a cell lists, read from its first word (markdown emphasis aside) in the masked sentence. */
function cellList(masked: SentenceContext, cell: Cell): ListItem[] {
  return readList(masked.sentence, cell.start + (/^[\s*]*/.exec(cell.text)?.[0].length ?? 0));
}

/** Cells of each row with their offsets in the sentence; whitespace between "| |" ends a row. */
export function rowsOf(sentence: string): Cell[][] {
  const rows: Cell[][] = [[]];
  for (const match of sentence.matchAll(/[^|]+/g)) {
    if (!match[0].trim()) {
      if (rows[rows.length - 1].length) rows.push([]);
      continue;
    }
    rows[rows.length - 1].push({ text: match[0], start: match.index ?? 0 });
  }
  return rows.filter((row) => row.length);
}

/**
 * "| Trailblazer for Recycling and Clean Energy (TRaCE) |", "| Defence Trailblazer: Concept to Sovereign Capability |":
 * where the column names teams, the whole cell is the name, "and" and colon included, up to a bracket (a short
 * form or an aside: "iLAuNCH (space: launch, …)") or a spaced dash ("TRUST – The Norwegian Centre for …").
 */
function wholeCellName(cell: Cell | undefined): NameSpan | undefined {
  if (!cell) return undefined;
  const lead = /^[\s*]*/.exec(cell.text)![0].length;
  // ("TRUST – The Norwegian Centre for Trustworthy AI": a name before a spaced dash, its description after.)
  const body = /^[^()*]*?(?=\s*(?:\*|\(| [–—-] |$))/.exec(cell.text.slice(lead))?.[0] ?? '';
  const words = body.split(' ');
  if (!/^\p{L}/u.test(body) || words.length > 12 || !/^\p{Lu}/u.test(words[words.length - 1]) || PLACEHOLDER.test(words[0])) return undefined;
  return { text: body, start: cell.start + lead, end: cell.start + lead + body.length, possessive: false };
}

const PLACEHOLDER = /^(?:To|Not|None|No|TBC|TBD|TBA|Unknown|Pending|Undisclosed|N\/A)$/;

/**
 * The organisation or consortium name a cell opens with (markdown emphasis
 * aside), placed in the table's sentence. `vouched`: the column's heading says
 * what the cell names, so a name of ordinary words counts ("World Economic Forum").
 */
export function nameIn(cell: Cell | undefined, vouched = false): NameSpan | undefined {
  if (!cell) return undefined;
  // ("Hosted by the University of Oslo": the cell's verb is the column's, the name comes after it.)
  const lead = /^[\s*]*(?:(?:hosted|led|co-led|coordinated|run|headed)(?: jointly)? by (?:the )?)?/i.exec(cell.text)?.[0].length ?? 0;
  const span = readNameAt(cell.text, lead);
  // "To be confirmed", "Not detailed": a placeholder cell names nobody.
  if (!span || !(vouched || classifyName(span.text)) || isCountryForm(span.text) || PLACEHOLDER.test(span.text)) return undefined;
  return { ...span, start: cell.start + span.start, end: cell.start + span.end };
}

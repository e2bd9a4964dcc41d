import { classifyName, isTeamOrProjectName } from './classifyName';
import { COLLABORATION_HEADS, saysNotMember, ROLE_NOUNS } from './lexicon';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { readList, readListsFrom } from './readList';
import { findNameSpans } from './nameSpans';
import { PARTNERS_COLON } from './readPartnersColon';
import { isCountryForm } from '../resolve/countries';
import { describedTeamInHeading, teamInHeading } from './headingTeams';

/** A bullet line as the splitter keeps it: "- Telcoandina, a regional carrier …". */
const BULLET = /^(?:[-*•·]|\d+[.)])\s+/;
/** A short heading line ("**Who is in the alliance**", "🤝 The team") about a team's make-up. */
const TEAM_HEADING = /\b(?:consortium|alliance|coalition|network|team|teams|members|partners|sponsors|signatories|founders|founding|joined|signed (?:on|up)|who(?:['’]s| is) (?:in|on|behind)|line-?up|roster)\b|\bside (?:includes|comprises|is made up of|consists of):$/i;
/** "X led the group, whose other members were:" — a sentence handing its team's members to the bullets. */
// ("SCCC is a joint venture … Its shareholders are:": a venture's owners are its members.)
const MEMBERS_COLON = /\b(?:members|partners|participants|shareholders)(?: (?:were|are|include|included|comprise|being))?:$/;
/** "… the consortium comprises:", "… the following partners of the X consortium:" — a sentence of any length handing a team's make-up to the bullets. */
const TEAM_COLON = /\b(?:consortium|alliance|coalition|partnership|joint venture|team) (?:also )?(?:comprises|includes|consists of|is made up of|brings together|counts)(?: the following(?: [\p{Ll}-]+)?)?:$|\b(?:partners|members) (?:of|in) (?:the|this|its) (?:[\p{L}\p{N}-]+ ){0,3}(?:consortium|alliance|coalition|partnership|project|joint venture)(?: are| include)?:$/u;
/** After a bullet's name: punctuation, a bracketed aside ("(hosting entity)"), or a dash. */
const CLEAN_END = /^(?:[,;.:(]|$| and | [—–-] | \()/;
const SITS_AT = new RegExp(`^(?: (?:[\\p{Ll}-]+ )?(?:${ROLE_NOUNS.join('|')}))? (?:at|of|in) (?:the )?\\p{Lu}`, 'u');
/** A bullet's description saying its name leads the team. */
const LEADS_CLAUSE = /^,? (?:which|who) (?:[^,;.]{0,50} and )?(?:coordinates|leads|heads|chairs|will coordinate|will lead)\b|^,? (?:the )?(?:lead partner|coordinator|lead member|lead institution|consortium lead(?:er)?)\b|^ \((?:lead|coordinator|lead partner)\)/;
/** A short line handing a list of the members just counted to the bullets. */
const AMONG_THEM = /^(?:Among them|They include|These include|They are|These are|Among those)[:.]?$/i;
/** "… partners have signed on to the NAIRR pilot", "… members have joined the X". */
const JOINED_TEAM = /\b(?:partners|members|participants|organi[sz]ations|companies)\b[^.;]*\b(?:signed on to|signed up to|joined|are members of|are partners in) (?:the )?(\p{Lu}[\p{L}\p{N}-]*(?: [\p{Lu}\p{Ll}][\p{L}\p{N}-]*){0,4})/u;

/** The team the sentence before an "Among them:" line says the members signed on to. */
function joinedTeamBefore(sentences: string[], index: number): string | undefined {
  let heading = index - 1;
  while (heading > 0 && BULLET.test(sentences[heading])) heading--;
  if (!AMONG_THEM.test(sentences[heading]) || heading === 0) return undefined;
  const team = JOINED_TEAM.exec(sentences[heading - 1]);
  return team ? team[1].replace(/ (?:on|in|at|for|by|with|and)$/, '') : undefined;
}

/** A team's name opening a bullet before a colon: "EuroRacing: the University of …", "PoliMOVE: led by …". */
// ("- Helvia AI Gigafactory (Spain): led by …": where the team is may stand in brackets.)
const TEAM_LABEL = /^(\p{Lu}[\p{L}\p{N}&.-]*(?: [\p{L}\p{N}&.-]+){0,3})(?: \([^)]{1,40}\))?: (?=(?:the |(?:led|coordinated|headed) by (?:the )?|a joint bid by (?:the )?)?\p{Lu})/u;
/** After a team's label, who leads it ("led by A") or makes it up ("- NordCompute: a joint bid by A and B"). */
const LEAD_IN = /^(?:(led|coordinated|headed) by|a joint bid by) (?:the )?/;
/** A heading over bullets that are each a team. */
const SEVERAL_TEAMS = /\b(?:teams|team names|consortia|groups|bids|finalists|alliances|coalitions)\b/i;

/** Any short label opening a bullet before a colon ("Board expansion (January 2025): "). */
const GENERIC_LABEL = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3})(?: \([^)]*\))?: (?=\p{Lu})/u;

/** "- from Belgium, the media network A and B;": where the members come from, before them (a country's name, checked). */
const FROM_COUNTRY = /^(?:from|in) (?:the )?(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3})[,:] (?=(?:the |an? )?[\p{L}\p{N}])/u;

/** Role labels opening a bullet. */
const LABEL = /^(?:\*\*|\*)?(Leader|Lead|Lead partner|Coordinator|Leads|Members?|Partners?|Also)(?:\*\*|\*)?:\s*(?:\*\*)?/i;

/**
 * Member lists written as bullets under a heading about the team: every
 * bullet that opens with a name adds that name to the consortium referred to
 * last ("Leader: X" makes X its leader). Bullets end at the first line that is
 * not one.
 */
export function readBulletMembers(ctx: SentenceContext): void {
  const { sentence, index, sentences, book } = ctx;
  const heading = BULLET.test(sentence) ? teamHeadingBefore(sentences, index) : undefined;
  // "The five teams": each bullet is a different team, not a member of one ("- EuroRacing: A and B, joined by C" names its own).
  if (heading && SEVERAL_TEAMS.test(heading)) {
    readLabelledTeam(ctx);
    return;
  }
  // A list of "partners" names a team only when there is one to add to; "consortium"/"alliance"/"members" headings make one.
  // "… the Autonomous Freight Network (AFN), which the company launched with four logistics partners:": the body the list sentence names.
  const introduced = heading && !book.current && /:$/.test(heading) && (PARTNERS_COLON.test(heading) || MEMBERS_COLON.test(heading)) ? collectiveNamedIn(heading) : undefined;
  if (!heading || (!book.current && !introduced && !/consortium|alliance|coalition|members|team|side/i.test(heading) && !AMONG_THEM.test(heading))) return;
  // A partner cue ("applied together with:") is not a team noun, so it needs the team it introduced.
  if ((PARTNERS_COLON.test(heading) || MEMBERS_COLON.test(heading) || TEAM_COLON.test(heading)) && !book.current && !introduced) return;
  // "… signed on to the X pilot. Among them:" names the team outright, whatever was in view before.
  const joined = joinedTeamBefore(sentences, index);
  const subject = joined ?? (book.current ? undefined : subjectBefore(sentences, index));
  // "**Project 2: the yellow pea consortium**" over "- Members: …": the heading names the bullets' team (a line ending in ":" is a sentence, not a heading).
  const headed = /:$/.test(heading) ? undefined : (teamInHeading(heading) ?? describedTeamInHeading(heading));
  // ("Who is in M.AX" under the M.AX Alliance: a short form of a team already named is that team.)
  const known = headed && book.drafts.find((d) => d.name && (d.name.startsWith(`${headed} `) || d.phrases.has(headed)));
  const draft = known || (headed ? book.byName(headed) : introduced ? book.byName(introduced) : ((joined ? undefined : book.current) ?? (subject ? book.byName(subject) : book.anonymous())));
  draft.formal = true;
  // "- **SAP**, which will …": markdown emphasis is not part of the name (the stars are dropped, positions stay close).
  // ("* **SAP**": a star can be the bullet itself, which stays.)
  const marker = BULLET.exec(sentence)![0];
  const line = marker + sentence.slice(marker.length).replace(/\*+/g, '');
  let at = marker.length;
  const label = LABEL.exec(line.slice(at));
  if (label) at += label[0].length;
  const lineCtx = { ...ctx, sentence: line };
  // "- Current board (per the consortium): A, B and C": a label before a list of names is no member ("- Absent: X" names none).
  const generic = label ? null : GENERIC_LABEL.exec(line.slice(at));
  if (generic && saysNotMember(generic[1])) return;
  // "- Members: A, B" beside "- Money: …" and "- Goal: …": in a list of labelled fields, the other labels are fields, not names.
  if (!label && /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}(?: \([^)]*\))?: /u.test(line.slice(at)) && fieldList(sentences, index)) return;
  if (generic && orgItems(lineCtx, readList(line, at + generic[0].length)).length >= 2) at += generic[0].length;
  const from = label || generic ? null : FROM_COUNTRY.exec(line.slice(at));
  if (from && isCountryForm(from[1])) at += from[0].length;
  const items = orgItems(lineCtx, readList(line, at)).filter((item) => classifyName(item.name.text) === 'Organization');
  // A member bullet names the member, then describes it ("X, a regional carrier"); "X is building …" is news about X.
  // "- the CiTIUS centre at the University of Santiago, responsible for …": where the member sits is not news about it.
  if (!items.length || !(CLEAN_END.test(line.slice(items[0].name.end)) || SITS_AT.test(line.slice(items[0].name.end)))) return;
  if (label && /^(?:Leader|Lead|Lead partner|Coordinator|Leads)$/i.test(label[1])) for (const item of items) addTo(draft.leaders, item.name.text, index);
  // "- X, which coordinates the consortium …", "- X, the lead partner": the bullet's own words make X the leader.
  else if (items.length === 1 && LEADS_CLAUSE.test(line.slice(items[0].name.end))) addTo(draft.leaders, items[0].name.text, index);
  addMembers(lineCtx, draft, items);
  book.refer(draft, index, items[0].name.start, items[0].name.end);
}

/**
 * "- PoliMOVE: led by Politecnico di Milano, with the University of Alabama":
 * under a heading about several teams, a bullet's label is a team's name and
 * the organisations after it (and after "joined by" / "with") its members.
 */
function readLabelledTeam(ctx: SentenceContext): void {
  const { sentence, index, sentences, book } = ctx;
  const marker = BULLET.exec(sentence)![0];
  const line = marker + sentence.slice(marker.length).replace(/\*+/g, '');
  const label = TEAM_LABEL.exec(line.slice(marker.length));
  if (!label || !isTeamOrProjectName(label[1]) || saysNotMember(label[1]) || fieldList(sentences, index)) return;
  const start = marker.length + label[0].length;
  const leadIn = LEAD_IN.exec(line.slice(start));
  const lineCtx = { ...ctx, sentence: line };
  const items = orgItems(lineCtx, readListsFrom(line, start + (leadIn?.[0].length ?? 0), /,? (?:joined by|with|and later) (?:the )?/g)).filter((item) => classifyName(item.name.text) === 'Organization');
  if (!items.length) return;
  const draft = book.byName(label[1]);
  draft.formal = true;
  if (leadIn?.[1]) addTo(draft.leaders, items[0].name.text, index);
  addMembers(lineCtx, draft, items);
  book.refer(draft, index, marker.length, marker.length + label[1].length);
}

/**
 * "- Rhine AI Factory (Germany): coordinated by A, whose partners include B
 * and C", "- NordCompute: a joint bid by A and B": a bullet whose text says
 * who leads or makes up its label is that team's, under any heading. Read
 * before the other readers, so that the led-by and bid readers find the team
 * named rather than starting one after its leader.
 */
export function readLabelledTeamBullet(ctx: SentenceContext): void {
  if (labelledAsTeam(ctx.sentence)) readLabelledTeam(ctx);
}

/** Whether a bullet's text after its label says who leads or makes up the labelled team. */
function labelledAsTeam(sentence: string): boolean {
  const marker = BULLET.exec(sentence)?.[0];
  if (!marker) return false;
  const line = sentence.slice(marker.length).replace(/\*+/g, '');
  const label = TEAM_LABEL.exec(line);
  return !!label && LEAD_IN.test(line.slice(label[0].length));
}

const COLLABORATION_NAME = new RegExp(` (?:${COLLABORATION_HEADS})$`);

/** A name closed by a collective's head ("Autonomous Freight Network", "Open Catalyst Project") in a sentence. */
function collectiveNamedIn(sentence: string): string | undefined {
  return findNameSpans(sentence).find((span) => COLLABORATION_NAME.test(span.text) && isTeamOrProjectName(span.text))?.text;
}

/** Whether the bullet stands among bullets of which one is labelled "Members:", "Partners:" or "Lead:". */
function fieldList(sentences: string[], index: number): boolean {
  const labelled = (i: number): boolean => LABEL.test((sentences[i] ?? '').replace(BULLET, '').replace(/^\*+/, ''));
  for (let i = index - 1; i >= 0 && BULLET.test(sentences[i]); i--) if (labelled(i)) return true;
  for (let i = index + 1; i < sentences.length && BULLET.test(sentences[i]); i++) if (labelled(i)) return true;
  return false;
}

/** The nearest non-bullet line above this bullet when it is a heading (or a line ending in ":") about the team. */
function teamHeadingBefore(sentences: string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    if (BULLET.test(sentences[i])) continue;
    const line = sentences[i];
    const heading = line.length <= 60 && !/[.!?]$/.test(line.replace(/\*+$/, ''));
    // "Motif, a spin-off of Y, applied together with:" introduces the bullets however long it is.
    if (PARTNERS_COLON.test(line) || MEMBERS_COLON.test(line) || TEAM_COLON.test(line)) return line;
    // "25 partners have signed on to the X pilot. Among them:": the sentence before says whom the list is of.
    if (AMONG_THEM.test(line) && JOINED_TEAM.test(sentences[i - 1] ?? '')) return line;
    // "A quick guide to the field, because the team names do not tell you who is behind them:" hands over a list of teams.
    if (/:$/.test(line) && SEVERAL_TEAMS.test(line)) return line;
    return heading && TEAM_HEADING.test(line) ? line : undefined;
  }
  return undefined;
}

/**
 * "IT-X is co-financed by … . The national side includes:" — the name that
 * opens the sentence before the list heading, unless it is an agency or a
 * country: a venture with "sides" is a consortium, and the list's members
 * belong to it (an opener like "IT-X" reads as an organisation name, so that
 * class is accepted too).
 */
function subjectBefore(sentences: string[], index: number): string | undefined {
  let heading = index - 1;
  while (heading > 0 && BULLET.test(sentences[heading])) heading--;
  if (!/\bside (?:includes|comprises|is made up of|consists of):$/i.test(sentences[heading]) || heading === 0) return undefined;
  const opener = findNameSpans(sentences[heading - 1])[0];
  if (!opener || opener.start !== 0) return undefined;
  return classifyName(opener.text) === 'Agency' || isCountryForm(opener.text) ? undefined : opener.text;
}

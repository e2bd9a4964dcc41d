import { isCountryForm } from '../resolve/countries';
import { orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { escapeRegExp } from './extractGovernments';
import { sectionHeadings, teamInHeading } from './headingTeams';
import { readList } from './readList';

/**
 * "… was led by X" where the subject is a project rather than a team noun:
 * the article's own project ("The project, ATLAS-L4 (…), was led by X"), or
 * "the project" of a section whose heading names it. X leads the team that
 * carries the project out. Each returns whether it read the sentence, so
 * readLedBy (parseConsortia.ts) goes no further with it.
 */

/** "The project is led by …", "This initiative was coordinated by …": the sentence's subject is the project itself. */
const THE_PROJECT_LED = /^(?:The|This) (?:project|programme|program|initiative|effort) (?:is|was|will be|has been|is being) (?:jointly )?$/;

/**
 * "The project, ATLAS-L4 (…), was led by X", "ATLAS-L4, the EU project, is coordinated by X": a sentence whose
 * subject is the article's project names the leader of the team that carries it out.
 */
export function leadsArticleProject(ctx: SentenceContext, at: number, listAt: number): boolean {
  const { sentence, index, book } = ctx;
  const project = book.project;
  // The project (perhaps after "The project,") then only an aside before the verb.
  const opens = project && new RegExp(`^(?:The (?:project|programme|program|initiative|effort)(?:,| called| named| known as)? ["“]?)?${escapeRegExp(project)}["”]?(?: \\([^()]{1,120}\\))?(?:,[^,]{1,80})?,? (?:is|was|will be|has been|is being) (?:jointly )?$`).test(sentence.slice(0, at));
  if (!opens) return false;
  const leaders = leadersAt(ctx, listAt);
  const team = leaders.length ? book.projectTeam() : undefined;
  if (!team) return false;
  for (const leader of leaders) addTo(team.leaders, leader, index);
  book.refer(team, index, 0, at);
  return true;
}

/** "## 2. AI4REALNET: …" then "The project is led by INESC TEC": in a section a heading names, "the project" is that one. */
export function leadsHeadedProject(ctx: SentenceContext, at: number, listAt: number): boolean {
  const { sentence, sentences, index, book } = ctx;
  if (!THE_PROJECT_LED.test(sentence.slice(0, at))) return false;
  const heading = sectionHeadings(sentences)[index];
  const name = heading && teamInHeading(heading.text);
  const leaders = name ? leadersAt(ctx, listAt) : [];
  if (!name || !leaders.length) return false;
  const team = book.named(name) ?? book.byName(name);
  for (const leader of leaders) addTo(team.leaders, leader, index);
  book.refer(team, index, 0, at);
  return true;
}

/** The organisations (up to three, no country) listed after "led by" (readLedBy's named-subject case too). */
export function leadersAt(ctx: SentenceContext, listAt: number): string[] {
  return orgItems(ctx, readList(ctx.sentence, listAt))
    .filter((item) => !isCountryForm(item.name.text))
    .slice(0, 3)
    .map((item) => item.name.text);
}

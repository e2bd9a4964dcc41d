import type { ExtractedFacts, ParsedArticle } from '../types';
import { buildConsortia, settleDrafts } from './buildConsortia';
import { emitNames } from './emitNames';
import { FactSink } from './factSink';
import { extractFocusAreas } from './extractFocusAreas';
import { extractFunding } from './extractFunding';
import { extractGovernments } from './extractGovernments';
import { extractModels, findModelSpans } from './extractModels';
import { findOrgCandidates } from './findOrgCandidates';
import { OrgRegistry } from './orgRegistry';
import { isSentenceCaseWord, markSentenceCaseWords } from './markSentenceCaseWords';
import { linkSoleInitiative } from './linkSoleInitiative';
import { mergeShortForms } from './mergeShortForms';
import { mergeLeaderTeams } from './mergeLeaderTeams';
import { addLeaderAliases, addPairAliases } from './consortiumLeaderAliases';
import { addUnnamedInitiative } from './addUnnamedInitiative';
import { relinkLaunchedByOwner } from './launchedByOwner';
import { parseConsortia } from './parseConsortia';
import { withPlainSentences } from './plainEmphasis';
import { applyMembershipModel } from './membershipModel/applyMembershipModel';
import { canNameTeam } from './membershipModel/articleTeam';
import { readTeamLeaders } from './membershipModel/teamLeaders';
import { addTeamLongForms } from './teamLongForms';
import { addLikelyNames } from './nameModel/nameModel';
import { addDescribedPhrases } from './describedTeamPhrases';
import { likelyTeamName, teamNameModel, type TeamNameWeights } from './nameModel/teamNameModel';
import { nameTeamsByReference } from './nameTeamsByReference';
import { orgFeatureRows, type OrgFeatureRow } from './membershipModel/orgFeatures';

/**
 * Everything one article states, as entities and relations with stable ids and
 * the sentence indexes that state each. Pure and deterministic: the same
 * article always yields the same facts, in the same order.
 */
export function extractFacts(source: ParsedArticle): ExtractedFacts {
  return extractFactsWithFeatures(source).facts;
}

/**
 * extractFacts, plus the membership model's feature rows as they stood before
 * the model ran: what the trainer learns from (training/trainMembershipModel.ts).
 * `useModel: false` leaves the rule-found memberships alone; `useNameModel: false`
 * leaves out the names only the name model proposes (what its trainer compares against);
 * `teamModel` is the team-name model asked (training/teamThreshold.ts passes ones trained without the article's writers).
 */
export function extractFactsWithFeatures(
  source: ParsedArticle,
  useModel = true,
  useNameModel = true,
  teamModel: TeamNameWeights = teamNameModel(),
): { facts: ExtractedFacts; orgFeatures: OrgFeatureRow[] } {
  const sink = new FactSink();

  // 1. Governments first: later steps use them as default funder and launcher. They read the
  // original lines, where bold marks a country's section label ("**Latvia.** …").
  const governments = extractGovernments(source, sink);
  // Every other step reads sentences without markdown emphasis ("- **Upstage**, maker of …").
  const article = withPlainSentences(source);

  // 2. Candidate names from every cue, then consortium statements (which add more).
  const registry = new OrgRegistry();
  findOrgCandidates(article, registry);
  const book = parseConsortia(article, registry);
  settleDrafts(book, registry, article.sentences);
  // Once every cue has spoken: a word capitalised only where sentences open is no name ("- **Bias** mitigation …").
  markSentenceCaseWords(article.sentences, registry);
  // Names no cue proposed that the name model, trained on the annotated articles, is sure of.
  if (useNameModel) addLikelyNames(article.sentences, registry);

  // 3. Decide which candidates are organisations, agencies, initiatives; find all their mentions.
  const models = findModelSpans(article).map((m) => m.span.text);
  const consortiumNames = book.drafts.flatMap((d) => (d.name ? [d.name] : []));
  const names = emitNames(article, registry.resolve([...models, ...consortiumNames]), sink, governments);
  relinkLaunchedByOwner(article, sink);

  // 4. Consortia with leaders and members resolved to organisation ids; an unnamed national programme first, so they can join it.
  addUnnamedInitiative(article, sink, governments);
  const built = buildConsortia(book, names, sink, article.sentences);
  linkSoleInitiative(sink);

  // 5. Models after names, so a model is never mistaken for an organisation already named.
  extractModels(article, sink);
  // Short forms ("Motif" for "Motif Technologies") join their full name before money and focus read mentions.
  mergeShortForms(sink);
  addLeaderAliases(sink);

  // 5b. Memberships the phrasing readers missed, from the model trained on the annotated articles.
  const orgFeatures = orgFeatureRows(article, sink);
  // Named teams no reader gave a member ("RIG, a federally funded network") may still get the model's.
  const unbuilt = book.drafts.filter((draft) => draft.name && !built.has(draft)).map((draft) => ({ name: draft.name!, refs: draft.refs }));
  // (What the team-name model reads as the article's team, asked once, among names that can be a team's and that the text does not show are people's or places'.)
  // ("Because …" opening a Q&A's answers is no team's name, though no cue proposed it as a name.)
  const canBeTeam = (name: string): boolean => !registry.refuses(name) && !isSentenceCaseWord(name, article.sentences) && canNameTeam(sink, name);
  const teamName = once(() => (useModel ? likelyTeamName(article.sentences, article.title, canBeTeam, teamModel, article.url) : undefined));
  if (useModel) {
    applyMembershipModel(article.sentences, sink, orgFeatures, { title: article.title, project: book.project, unbuilt, teamName });
    readTeamLeaders(article.sentences, sink);
  }
  // (A team still named after its leader may take the name the team-name model reads as the article's team's.)
  nameTeamsByReference(article.sentences, sink, teamName);
  mergeLeaderTeams(sink);
  addTeamLongForms(article.sentences, sink);
  addPairAliases(sink);
  addDescribedPhrases(article.sentences, sink);

  // 6. Money: needs every actor's mentions to pick funder and recipient.
  extractFunding(article, sink, governments);

  // 7. Focus areas last: they attach to whatever the sentence is about.
  extractFocusAreas(article, sink);

  return { facts: sink.toFacts(), orgFeatures };
}

/** A value computed on first use only. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [done, value] = [true, compute()];
    return value;
  };
}

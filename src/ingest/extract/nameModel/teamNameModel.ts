import { nameKey } from '../../resolve/resolveNames';
import { memberProbability, trainedModel, type MembershipModel } from '../membershipModel/membershipModel';
import { NAME_FEATURES, nameSpanRows, type NameSpanRow } from './nameSpanRows';

/**
 * seeds/team-name-model.json: which capitalised name of an article is the
 * name of the collaboration it reports on ("Health AI Partnership",
 * "PANCAIM", "M.AX Alliance"). The same rows as the name model (words around
 * the name, its shape) plus whether the headline carries it; written by `npm
 * run train:teams` (training/teamNameTraining.ts says how its threshold is
 * chosen). The rules name a team from the phrasings they know; this reads the
 * team's name when the article phrases it in a way none of them does.
 */
export interface TeamNameModel extends Omit<MembershipModel, 'trainedOn'> {
  trainedOn: { articles: number; names: number; teams: number };
}

/** What ranking needs of a model: its weights and threshold (a model trained without some articles, to evaluate it). */
export type TeamNameWeights = Pick<TeamNameModel, 'weights' | 'words' | 'threshold'>;

/** The trained model; refuses a file whose features are not the code's (retrain after changing NAME_FEATURES). */
export function teamNameModel(): TeamNameModel {
  return trainedModel<TeamNameModel>('team-name-model.json', NAME_FEATURES, 'train:teams');
}

/** A row per distinct name of the article, with "t:headline" among its words when the headline carries it. */
export function teamNameRows(sentences: string[], title: string): NameSpanRow[] {
  const headline = ` ${nameKey(title)} `;
  return nameSpanRows(sentences).map((row) => (headline.includes(` ${nameKey(row.text)} `) ? { ...row, context: [...row.context, 't:headline'] } : row));
}

/** A name the model reads as the article's team's, with the model's probability. */
export interface LikelyTeam {
  name: string;
  probability: number;
  /** "AI-Native Wireless Networks (AI-WIN)": the short form the text gives it. */
  acronym?: string;
}

/**
 * The name the model ranks first as the article's team's among those
 * `canBeTeam` allows (the registry knows some are people or places), when it
 * reaches the model's threshold.
 */
export function likelyTeamName(
  sentences: string[],
  title: string,
  canBeTeam: (name: string) => boolean = () => true,
  model: TeamNameWeights = teamNameModel(),
): LikelyTeam | undefined {
  let best: LikelyTeam | undefined;
  const titleCase = sentences.map(isTitleCase);
  for (const row of teamNameRows(sentences, title)) {
    // ("💬 JudyAI Lab Perspective": a name that is only ever a line of its own is a section's label.)
    if (row.spans.every(({ sentence, span }) => !/\p{L}/u.test(sentences[sentence].slice(0, span.start) + sentences[sentence].slice(span.end)))) continue;
    // ("AI Research Consortium Launched to Help Address Global Pandemics": a headline in title case capitalises words that are no name.)
    if (row.spans.every(({ sentence }) => titleCase[sentence])) continue;
    const probability = memberProbability(model, row);
    if ((!best || probability > best.probability) && canBeTeam(row.text)) best = { name: row.text, probability, acronym: row.spans.find(({ span }) => span.acronym)?.span.acronym };
  }
  return best && best.probability >= model.threshold ? best : undefined;
}

/** Small words a title-case headline leaves lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs', 'via']);

/** A line in title case: four words or more, every one but the small ones capitalised. */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= 4 && words.every((word) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(word));
}

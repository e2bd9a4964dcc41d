import { loadSeed } from '../../resolve/loadSeed';
import { FEATURES, type OrgFeatureRow } from './orgFeatures';

/** seeds/membership-model.json: logistic regression over FEATURES and context words, written by `npm run train:membership`. */
export interface MembershipModel {
  features: string[];
  weights: number[];
  /** Weight of each context word the training articles use often enough (absent words weigh 0). */
  words: Record<string, number>;
  /** The probability from which a membership is added: chosen with writers' sets held out (training/logisticRegression.ts, chooseThreshold). */
  threshold: number;
  /** What it was trained on, for the record (articles, organisations, members). */
  trainedOn: { articles: number; organisations: number; members: number };
}

/** The trained model; refuses a file whose features are not the code's (retrain after changing FEATURES). */
export function membershipModel(): MembershipModel {
  return trainedModel<MembershipModel>('membership-model.json', FEATURES, 'train:membership');
}

/** A model file from seeds/, refused when trained on features other than the code's: the npm script that retrains it is named. */
export function trainedModel<T extends { features: string[] }>(file: string, features: readonly string[], script: string): T {
  const model = loadSeed<T>(file);
  if (model.features?.join() !== features.join()) throw new Error(`seeds/${file} was trained on other features: run \`npm run ${script}\``);
  return model;
}

/** Probability that an organisation with these features and context words belongs to a team. */
export function memberProbability(model: Pick<MembershipModel, 'weights' | 'words'>, row: Pick<OrgFeatureRow, 'features' | 'context'>): number {
  // (A plain loop: this runs for every name span of every article.)
  let z = 0;
  for (let i = 0; i < row.features.length; i++) z += row.features[i] * model.weights[i];
  for (const word of row.context) z += model.words[word] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

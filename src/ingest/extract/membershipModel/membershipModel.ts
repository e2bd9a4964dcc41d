import { loadSeed } from '../../resolve/loadSeed';
import { FEATURES } from './orgFeatures';

/** seeds/membership-model.json: logistic-regression weights over FEATURES, written by the trainer. */
export interface MembershipModel {
  features: string[];
  weights: number[];
  threshold: number;
  /** What it was trained on, for the record (articles, organisations, members). */
  trainedOn: { articles: number; organisations: number; members: number };
}

/** The trained model; refuses a file whose features are not the code's (retrain after changing FEATURES). */
export function membershipModel(): MembershipModel {
  const model = loadSeed<MembershipModel>('membership-model.json');
  if (model.features.join() !== FEATURES.join()) {
    throw new Error('seeds/membership-model.json was trained on other features: run `npm run train:membership`');
  }
  return model;
}

/** Probability that an organisation with these features belongs to a team. */
export function memberProbability(model: Pick<MembershipModel, 'weights'>, features: number[]): number {
  const z = features.reduce((sum, x, i) => sum + x * model.weights[i], 0);
  return 1 / (1 + Math.exp(-z));
}

import { memberProbability, trainedModel, type MembershipModel } from '../membershipModel/membershipModel';
import type { OrgRegistry } from '../orgRegistry';
import { NAME_FEATURES, nameSpanRows } from './nameSpanRows';

/**
 * seeds/name-model.json: logistic regression over NAME_FEATURES and the words
 * around a name, written by `npm run train:names`, the membership model's
 * kind of file; its threshold is the probability from which a name no cue
 * proposed becomes a candidate (training/nameTraining.ts says how it is chosen).
 */
export interface NameModel extends Omit<MembershipModel, 'trainedOn'> {
  trainedOn: { articles: number; names: number; organisations: number };
}

/** The trained model; refuses a file whose features are not the code's (retrain after changing NAME_FEATURES). */
export function nameModel(): NameModel {
  return trainedModel<NameModel>('name-model.json', NAME_FEATURES, 'train:names');
}

/**
 * Names no cue proposed that the model is sure are organisations join the
 * registry as candidates, every mention of them; the registry's own checks
 * (people, places, products) still judge them. Runs after every cue.
 */
export function addLikelyNames(sentences: string[], registry: OrgRegistry, model: Pick<NameModel, 'weights' | 'words' | 'threshold'> = nameModel()): void {
  for (const row of nameSpanRows(sentences)) {
    if (registry.has(row.text) || memberProbability(model, row) < model.threshold) continue;
    for (const { sentence, span } of row.spans) registry.add({ surface: span.text, sentence, start: span.start, end: span.end, strength: 'strong', acronym: span.acronym, written: span.written });
  }
}

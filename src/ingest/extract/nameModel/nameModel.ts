import { memberProbability, trainedModel, type MembershipModel } from '../membershipModel/membershipModel';
import { surfaceKey, type OrgRegistry } from '../orgRegistry';
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
  // (Every proposed surface's key once: registry.has scans every candidate, and this asks about every name.)
  const known = registry.surfaceKeys();
  for (const row of nameSpanRows(sentences, (name) => known.has(surfaceKey(name)))) {
    // (Asked again: a name added just before may have the same key, "Orvane Motion" after "ORVANE MOTION".)
    if (known.has(surfaceKey(row.text)) || memberProbability(model, row) < model.threshold) continue;
    for (const { sentence, span } of row.spans) {
      registry.add({ surface: span.text, sentence, start: span.start, end: span.end, strength: 'strong', acronym: span.acronym, written: span.written });
      known.add(surfaceKey(span.text));
    }
  }
}

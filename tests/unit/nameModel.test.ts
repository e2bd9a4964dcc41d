import { extractFactsWithFeatures } from '../../src/ingest/extract/extractFacts';
import { addLikelyNames, nameModel } from '../../src/ingest/extract/nameModel/nameModel';
import { NAME_FEATURES } from '../../src/ingest/extract/nameModel/nameSpanRows';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { trainNameModel } from '../../training/nameTraining';
import { articleOf, namesOf } from './support/articleOf';

/** The trained name model: reproducible from the fixtures, and what it adds to the cues. Names are invented. */
describe('name model', () => {
  it('is what the annotated dev articles train (retrain with `npm run train:names`, then `npm run train:membership`)', () => {
    expect(trainNameModel().model).toEqual(nameModel());
  }, 120_000);

  it('adds a name no cue proposed when the words around it are an organisation\'s', () => {
    const body = 'Researchers at Quillon Works and Orvane Motion have said the capacity lets them train larger models. Quillon Works will share the cluster with Orvane Motion.';
    expect(namesOf(extractFactsWithFeatures(articleOf(body), true, false).facts, 'Organization')).not.toContain('Orvane Motion');
    expect(namesOf(extractFactsWithFeatures(articleOf(body)).facts, 'Organization')).toContain('Orvane Motion');
  });

  it('puts every mention of a name it is sure of in the registry, and nothing it is unsure of or the cues already have', () => {
    // A hand-made model: only "the company X" counts.
    const model = { weights: NAME_FEATURES.map((name) => (name === 'bias' ? -3 : 0)), words: { 'l1:company': 6 }, threshold: 0.7 };
    const sentences = ['The company Velmar Works builds robots.', 'Velmar Works hired staff.', 'Orrin Cloud builds robots too.', 'The company Brask Systems grew.'];
    const registry = new OrgRegistry();
    registry.add({ surface: 'Brask Systems', sentence: 3, start: 12, end: 25, strength: 'weak' });
    addLikelyNames(sentences, registry, model);
    expect(registry.hasStrong('Velmar Works')).toBe(true);
    expect(registry.has('Orrin Cloud')).toBe(false);
    expect(registry.hasStrong('Brask Systems')).toBe(false);
    expect(registry.resolve().find((name) => name.surfaces.has('Velmar Works'))?.candidates).toHaveLength(2);
  });
});

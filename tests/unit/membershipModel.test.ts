import { extractFactsWithFeatures } from '../../src/ingest/extract/extractFacts';
import { memberProbability, membershipModel } from '../../src/ingest/extract/membershipModel/membershipModel';
import { trainMembershipModel } from '../../training/membershipTraining';
import { articleOf, relationsOf } from './support/articleOf';

/** The trained membership model: reproducible from the fixtures, and it reads cues the way its features say. Names are invented. */
const probabilities = (body: string): number[] => {
  const model = membershipModel();
  return extractFactsWithFeatures(articleOf(body)).orgFeatures.map((row) => memberProbability(model, row.features));
};

describe('membership model', () => {
  it('is what the annotated dev articles train (retrain with `npm run train:membership` after changing them)', () => {
    expect(trainMembershipModel().model).toEqual(membershipModel());
  }, 60_000);

  it('scores organisations named as a team\'s members above its suppliers and its investors', () => {
    const members = Math.min(...probabilities('The Halden consortium was founded in May. Orvik Systems, Talla University and Brenna Labs form the consortium’s technical core.'));
    const suppliers = Math.max(...probabilities('The Halden Consortium buys its chips from Orvik Systems and Talla Semiconductors, the two suppliers said.'));
    const investors = Math.max(...probabilities('The Halden Consortium received funding from Orvik Capital and Talla Ventures, its investors said.'));
    expect(members).toBeGreaterThan(suppliers);
    expect(suppliers).toBeGreaterThan(investors);
    expect(suppliers).toBeLessThan(membershipModel().threshold);
  });

  it('adds a membership no phrasing reader found only when it is sure', () => {
    const body = 'The Halden consortium was founded in May. Orvik Systems, Talla University and Brenna Labs will contribute researchers to the joint project team of the consortium.';
    expect(relationsOf(extractFactsWithFeatures(articleOf(body), false).facts, 'MEMBER_OF')).toEqual([]);
    const { facts, orgFeatures } = extractFactsWithFeatures(articleOf(body));
    // Exactly the organisations the model is sure of are added, to the team named before them.
    const sure = orgFeatures.filter((row) => memberProbability(membershipModel(), row.features) >= membershipModel().threshold).map((row) => facts.entities.find((e) => e.id === row.orgId)!.name);
    expect(sure.length).toBeGreaterThan(0);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(sure.map((name) => `${name} → Halden`).sort());
  });
});

import { extractFactsWithFeatures } from '../../src/ingest/extract/extractFacts';
import { memberProbability, membershipModel } from '../../src/ingest/extract/membershipModel/membershipModel';
import { trainMembershipModel } from '../../training/membershipTraining';
import { articleOf, relationsOf } from './support/articleOf';

/** The trained membership model: reproducible from the fixtures, and it reads cues the way its features say. Names are invented. */
const probabilities = (body: string): number[] => {
  const model = membershipModel();
  return extractFactsWithFeatures(articleOf(body)).orgFeatures.map((row) => memberProbability(model, row));
};

describe('membership model', () => {
  it('is what the annotated dev articles train (retrain with `npm run train:membership` after changing them)', () => {
    expect(trainMembershipModel().model).toEqual(membershipModel());
  }, 60_000);

  it('scores organisations named as a team\'s members above its suppliers and its investors, and never adds those', () => {
    const supply = 'The Halden Consortium buys its chips from Orvik Systems and Talla Semiconductors, the two suppliers said.';
    const money = 'The Halden Consortium received funding from Orvik Capital and Talla Ventures, its investors said.';
    const members = Math.min(...probabilities('The Halden consortium was founded in May. Orvik Systems, Talla University and Brenna Labs form the consortium’s technical core.'));
    expect(members).toBeGreaterThan(Math.max(...probabilities(supply)));
    expect(members).toBeGreaterThan(Math.max(...probabilities(money)));
    // Whatever the model scores, a sentence saying otherwise keeps them out.
    for (const body of [supply, money]) expect(relationsOf(extractFactsWithFeatures(articleOf(body)).facts, 'MEMBER_OF')).toEqual([]);
  });

  it('adds a membership no phrasing reader found only when it is sure', () => {
    const body = 'The Halden consortium was founded in May. Orvik Systems, Talla University and Brenna Labs will contribute researchers to the joint project team of the consortium.';
    expect(relationsOf(extractFactsWithFeatures(articleOf(body), false).facts, 'MEMBER_OF')).toEqual([]);
    const { facts, orgFeatures } = extractFactsWithFeatures(articleOf(body));
    // Exactly the organisations the model is sure of are added, to the team named before them.
    const sure = orgFeatures.filter((row) => memberProbability(membershipModel(), row) >= membershipModel().threshold).map((row) => facts.entities.find((e) => e.id === row.orgId)!.name);
    expect(sure.length).toBeGreaterThan(0);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(sure.map((name) => `${name} → Halden`).sort());
  });
});

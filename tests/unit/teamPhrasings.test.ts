import { extractFacts } from '../../src/ingest/extract';
import { parseMoney } from '../../src/ingest/extract/parseMoney';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/** Team phrasings from articles written by other hands; every name here is invented. */
const facts = (body: string) => extractFacts(articleOf(body));
const members = (body: string): string[] => relationsOf(facts(body), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(facts(body), 'LEADS');

describe('team phrasings', () => {
  it('reads "X is bringing its model; its partners include A, B and C" as X\'s team', () => {
    expect(members('The ministry picked four teams. Veltro AI is bringing its Corvo family; its partners include Brisa Telecom, Lumo Chips and Datafin.')).toEqual([
      'Brisa Telecom → Veltro AI consortium',
      'Datafin → Veltro AI consortium',
      'Lumo Chips → Veltro AI consortium',
      'Veltro AI → Veltro AI consortium',
    ]);
  });

  it('makes each of "the A and B consortia" a team of its own', () => {
    expect(leaders('In the second round the Orsa Cloud and Pelin AI consortia were eliminated.')).toEqual([
      'Orsa Cloud → Orsa Cloud consortium',
      'Pelin AI → Pelin AI consortium',
    ]);
  });

  it('makes each of "while A and B were eliminated" a team in an article about consortia', () => {
    expect(leaders('Three of the five consortia advanced, the agency said, while Orsa Cloud and Pelin AI were eliminated.')).toEqual([
      'Orsa Cloud → Orsa Cloud consortium',
      'Pelin AI → Pelin AI consortium',
    ]);
  });

  it('reads "X, an operator, joined by telecom operator A and developer B" without a consortium word', () => {
    expect(members('The contract goes to Tundra Compute, an Almaty data-centre operator, joined by telecom operator Steppa Telecom and Dubai-based developer Oasis Digital Infrastructure.')).toEqual([
      'Oasis Digital Infrastructure → Tundra Compute consortium',
      'Steppa Telecom → Tundra Compute consortium',
      'Tundra Compute → Tundra Compute consortium',
    ]);
  });

  it('reads "X will build the models together with A and B" in an article about consortia', () => {
    expect(members('Two countries funded a language-model consortium each. Borea AI will build the models together with regional operator Fjelnet and the Lofot Institute of Technology.')).toEqual([
      'Borea AI → Borea AI consortium',
      'Fjelnet → Borea AI consortium',
      'Lofot Institute of Technology → Borea AI consortium',
    ]);
  });

  it('reads "X, a start-up that will work together with A and B. That group has been joined by C"', () => {
    expect(members('Each country backs a consortium. The money goes to Cumbre AI, a Puebla start-up that will work together with Quina Networks and the Universidad Técnica del Norte. That group has been joined by Tlali Lenguas, a non-profit that records speakers of Otomi, Mazahua and Tepehua.')).toEqual([
      'Cumbre AI → Cumbre AI consortium',
      'Quina Networks → Cumbre AI consortium',
      'Tlali Lenguas → Cumbre AI consortium',
      'Universidad Técnica del Norte → Cumbre AI consortium',
    ]);
  });

  it('names the team after what X builds "alongside A, B and C" when that is a name', () => {
    const found = facts('K77 announced today that it will build Polaris Gulf, a 1-gigawatt compute cluster, alongside Vantor, Quillion and Mesa Networks.');
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(['K77 → Polaris Gulf', 'Mesa Networks → Polaris Gulf', 'Quillion → Polaris Gulf', 'Vantor → Polaris Gulf']);
    expect(namesOf(found, 'Organization')).not.toContain('Polaris Gulf');
  });

  it('uses a new company\'s own name for the team its leader leads, keeping "<Leader> consortium" as an alias', () => {
    const found = facts('A new company, Nihon Motion Model Works, set up on May 2, will build a robot model. Kasumi Group will lead, with Tora Electric and Hana Motors as partners. Further shareholders include Sakura Trust Bank, along with Kita Steel.');
    expect(relationsOf(found, 'MEMBER_OF')).toEqual([
      'Hana Motors → Nihon Motion Model Works',
      'Kasumi Group → Nihon Motion Model Works',
      'Kita Steel → Nihon Motion Model Works',
      'Sakura Trust Bank → Nihon Motion Model Works',
      'Tora Electric → Nihon Motion Model Works',
    ]);
    expect(found.entities.find((e) => e.label === 'Consortium')?.aliases).toContain('Kasumi Group consortium');
  });

  it('reads "The company heads a three-member consortium. The other two are …" with the previous subject as leader, not the funding body', () => {
    const found = facts('Odra Robotics, a unit of industrial group Vistula Holding, has been awarded zł 9 million by the National Centre for Research and Development. The company heads a three-member consortium. The other two are Tarnow Motion Lab and Beskid Sensorics.');
    expect(relationsOf(found, 'MEMBER_OF')).toEqual([
      'Beskid Sensorics → Odra Robotics consortium',
      'Odra Robotics → Odra Robotics consortium',
      'Tarnow Motion Lab → Odra Robotics consortium',
    ]);
    expect(namesOf(found, 'Organization')).not.toContain('National Centre for Research and Development');
  });

  it('reads "chaired by X" and "X is the coordinator" as leadership', () => {
    expect(leaders('Accra backs the Kente AI Alliance. The alliance was formed in 2025 and is chaired by Ashanti Language Technologies.')).toEqual(['Ashanti Language Technologies → Kente AI Alliance']);
    expect(leaders('Jakarta funds the Selat LLM Coalition. The members are Rinjani AI, Merapi Seluler and Institut Teknologi Batu; Rinjani AI is the coordinator.')).toEqual(['Rinjani AI → Selat LLM Coalition']);
  });

  it('reads "A is joined by B, a unit of C, by D and by E" and "X has signed on as a fourth partner"', () => {
    expect(members('Hồng Hà Data will lead a four-member consortium. Hồng Hà Data is joined by Sông Lam Cloud, a unit of carrier Viet Telecom, by Cửu Long AI Lab and by systems integrator Hokkai Systems.')).toEqual([
      'Cửu Long AI Lab → Hồng Hà Data consortium',
      'Hokkai Systems → Hồng Hà Data consortium',
      'Hồng Hà Data → Hồng Hà Data consortium',
      'Sông Lam Cloud → Hồng Hà Data consortium',
    ]);
    expect(members("Karnaphuli AI's team includes Titas Cloud. Surma Speech Labs has also signed on as a third partner.")).toContain('Surma Speech Labs → Karnaphuli AI consortium');
  });

  it('reads "X heads a group made up of A, B and C"', () => {
    expect(members('Tiga Data heads a group made up of Kedah Data Centres, Kenari Labs and Universiti Teknologi Sabah.')).toEqual([
      'Kedah Data Centres → Tiga Data consortium',
      'Kenari Labs → Tiga Data consortium',
      'Tiga Data → Tiga Data consortium',
      'Universiti Teknologi Sabah → Tiga Data consortium',
    ]);
  });

  it('reads "X has teamed up with A and B" even without a consortium word', () => {
    expect(members('Ruta AI has teamed up with Orbe Telecom and Vento Labs to bid for the national model.')).toEqual([
      'Orbe Telecom → Ruta AI consortium',
      'Ruta AI → Ruta AI consortium',
      'Vento Labs → Ruta AI consortium',
    ]);
  });

  it('reads "X will develop its model with A, B and C" in an article about consortia as X\'s team', () => {
    for (const verb of ['will develop its model', 'is building the LLM together', 'plans to train its models', 'built its language model', 'has trained its model', 'develops the model']) {
      const body = `The ministry picked four consortia to build a national model. Ruta AI ${verb} with Orbe Telecom, Vento Labs and Mira Systems.`;
      expect(members(body)).toEqual(['Mira Systems → Ruta AI consortium', 'Orbe Telecom → Ruta AI consortium', 'Ruta AI → Ruta AI consortium', 'Vento Labs → Ruta AI consortium']);
    }
  });

  it('reads no team into "X is training its model with A" (one supplier) or outside an article about consortia', () => {
    expect(members('The ministry picked four consortia to build a national model. Ruta AI is training its model with Orbe Cloud.')).toEqual([]);
    expect(members('Ruta AI will develop its model with Orbe Telecom, Vento Labs and Mira Systems.')).toEqual([]);
  });

  it('reads a bid put in together as a team ("X has submitted a bid for … together with A, B and C", "A, B and C submitted a joint bid")', () => {
    for (const bid of ['has submitted a bid for an AI gigafactory together with', 'has filed a joint application with', 'is bidding jointly with', 'applied jointly with']) {
      expect(members(`Ruta Telecom ${bid} Orbe Digits, Vento Labs and Mira Systems.`)).toEqual(['Mira Systems → Ruta Telecom consortium', 'Orbe Digits → Ruta Telecom consortium', 'Ruta Telecom → Ruta Telecom consortium', 'Vento Labs → Ruta Telecom consortium']);
    }
    expect(members('Ruta Telecom, Orbe Digits and Vento Labs lodged a joint proposal for the AI factory.')).toHaveLength(3);
  });

  it('reads "a consortium of data-centre operators including A and B" with the kind of member counted first', () => {
    for (const kind of ['data-centre operators', 'cloud providers', 'chip makers']) {
      expect(members(`The portal is run by a consortium of ${kind} including Orbe Data and Vento Networks.`)).toEqual(['Orbe Data → Orbe Data consortium', 'Vento Networks → Orbe Data consortium']);
    }
  });

  it('reads "X, a Pune company that is working with A and B" in an article about consortia as X\'s team', () => {
    for (const appositive of ['a Pune company that', 'an insurer which']) {
      const body = `The ministry backed three consortia this year. A second award went to Ruta AI, ${appositive} is working with Orbe Institute and Vento Labs on a model.`;
      expect(members(body)).toEqual(['Orbe Institute → Ruta AI consortium', 'Ruta AI → Ruta AI consortium', 'Vento Labs → Ruta AI consortium']);
    }
  });

  it('reads no team into a bid "with" a budget, or an application filed with an agency', () => {
    expect(members('Ruta Telecom has submitted a bid with a budget of 3 billion euros.')).toEqual([]);
    expect(members('Ruta Telecom has filed an application with the Halden Research Council.')).toEqual([]);
  });

  it('reads "A and B co-lead the consortium, which also includes C and D" with two leaders', () => {
    const found = facts('Ruta AI and Orbe Telecom co-lead the consortium, which also includes Vento Labs and Mira Systems.');
    expect(relationsOf(found, 'LEADS')).toEqual(['Orbe Telecom → Ruta AI consortium', 'Ruta AI → Ruta AI consortium']);
    expect(relationsOf(found, 'MEMBER_OF')).toHaveLength(4);
  });

  it('reads "the consortium is co-led by A and B and includes C"', () => {
    expect(members('The consortium is co-led by Ruta AI and Orbe Telecom and includes Vento Labs.')).toEqual([
      'Orbe Telecom → Ruta AI consortium',
      'Ruta AI → Ruta AI consortium',
      'Vento Labs → Ruta AI consortium',
    ]);
  });
});

describe('organisation names from other hands', () => {
  it('keeps particles inside a foreign name and finds names after plural roles and "think tank"', () => {
    const found = facts('A further CHF 5 million comes from the Fondation Rhône pour le Numérique, a Geneva foundation. Two heavyweights, Kumo and Tenjin, did not make the cut. Critics at the think tank Fundacja Cyfrowa Mazury disagreed.');
    expect(namesOf(found, 'Organization')).toEqual(expect.arrayContaining(['Fondation Rhône pour le Numérique', 'Kumo', 'Tenjin', 'Fundacja Cyfrowa Mazury']));
  });

  it('rejects "Everyone", "Arabic-dialect AI" and a model word qualifying a lab', () => {
    const found = facts('Tunisia picked its champion for Berber-dialect AI. "Everyone builds for the standard language," said the chief executive of Zarzis Intelligence. Oslo\'s pick is Skarv AI, a model lab spun out in 2023.');
    expect(namesOf(found, 'Organization')).toEqual(['Skarv AI', 'Zarzis Intelligence']);
  });

  it('finds a rival "which bid separately"', () => {
    expect(namesOf(facts('Utica NLP, which bid separately, called the process opaque.'), 'Organization')).toEqual(['Utica NLP']);
  });
});

describe('money scales after a hyphen', () => {
  it('reads "Rs 10,300-crore" as 103 billion rupees', () => {
    expect(parseMoney('Under the Rs 10,300-crore mission, four startups were cleared.').map((m) => [m.amount, m.currency])).toEqual([[103000000000, 'INR']]);
  });
});

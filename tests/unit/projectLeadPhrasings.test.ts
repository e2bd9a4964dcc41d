import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/** Leader and partner phrasings of news about one project (sentences written for these tests). */
describe('a leader of the work whose partners are named later', () => {
  it('reads "will lead the project …, with A as its main partner" and "the partners include B alongside …"', () => {
    const body = [
      'Larkfield Systems and Oslo-based cloud firm Norbit will invest $500 million in a data centre near Bergen.',
      'Norbit will lead the project and manage construction, with Larkfield Systems as its main partner.',
      'The site will use hydropower.',
      'Fjordkraft Energi will supply the power, and the partners include Fjordkraft Energi alongside the two technology firms.',
    ].join(' ');
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Norbit → Norbit consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Fjordkraft Energi → Norbit consortium', 'Larkfield Systems → Norbit consortium', 'Norbit → Norbit consortium']);
  });

  it('reads "is leading the build through its subsidiary Y" with the co-builder of the sentence before', () => {
    const body = [
      'Quorvane and Tessaly Electronics will build a 5,000-GPU supercomputer in Lisbon.',
      'Tessaly Electronics is leading the build through its subsidiary Tessaly Cloud Company, which will operate the machine.',
    ].join(' ');
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Tessaly Electronics → Tessaly Electronics consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Quorvane → Tessaly Electronics consortium', 'Tessaly Cloud Company → Tessaly Electronics consortium', 'Tessaly Electronics → Tessaly Electronics consortium']);
  });

  it('does not make a team of "X is leading the project" alone', () => {
    const facts = extractFacts(articleOf('Norbit is leading the project and will run the data centre. The site opens in 2027.'));
    expect(namesOf(facts, 'Consortium')).toEqual([]);
  });

  it('names the team after "what they called the Y" and reads the partners bullets', () => {
    const body = [
      'The chief executives met in Oslo to launch what they called the Nordic Model Cloud.',
      'Norbit is leading the project and will run the data centre.',
      'The partners include:',
      '',
      '- **Larkfield Systems**, which brings its software;',
      '- **Fjordkraft Energi**, which supplies power.',
    ].join('\n');
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Norbit → Nordic Model Cloud']);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Fjordkraft Energi → Nordic Model Cloud', 'Larkfield Systems → Nordic Model Cloud', 'Norbit → Nordic Model Cloud']);
  });
});

describe('members after an appositive leader', () => {
  it('reads "led by X, the group\'s carrier, and includes affiliates A and B alongside C"', () => {
    const body = 'The project team is led by Varo Telecom, the group’s mobile carrier, and includes affiliates Varo Gas and Varo Chem alongside Cloudly.';
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Cloudly → Varo Telecom consortium', 'Varo Chem → Varo Telecom consortium', 'Varo Gas → Varo Telecom consortium', 'Varo Telecom → Varo Telecom consortium']);
  });
});

describe('named partnerships', () => {
  it('reads "X announced Y, an infrastructure partnership with A and B"', () => {
    const facts = extractFacts(articleOf('PARIS — Quorvane on Monday announced Atlas France, an infrastructure partnership with chipmaker Tessaly and Lyon-based Norbit.'));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Norbit → Atlas France', 'Quorvane → Atlas France', 'Tessaly → Atlas France']);
  });

  it('reads "A signed an agreement with B to develop Y together"', () => {
    const facts = extractFacts(articleOf('In March, Quorvane signed an agreement with Norbit to develop Aurora together. Under the deal, Norbit will lead the build-out.'));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Norbit → Aurora', 'Quorvane → Aurora']);
    expect(relationsOf(facts, 'LEADS')).toEqual(['Norbit → Aurora']);
  });

  it('does not read a one-off supply agreement as a partnership', () => {
    const facts = extractFacts(articleOf('Quorvane signed an agreement with Norbit to supply chips for Aurora.'));
    expect(namesOf(facts, 'Consortium')).toEqual([]);
  });

  it('reads a roundup table row whose involved column marks the lead', () => {
    const body = ['| Country | Project | Who is involved | Status |', '|---|---|---|---|', '| Chile | Andes Compute | Norbit (lead), Quorvane | Planned |', '| Peru | Inca Model | Tessaly | Released |'].join('\n');
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Norbit → Andes Compute']);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Norbit → Andes Compute', 'Quorvane → Andes Compute']);
  });
});

describe('a research team led by one institution', () => {
  it('makes the leader of "a research team led by X today …" lead the team its list then names', () => {
    const body = ['A research team led by Fjord University today released a model.', 'The team comprises three organisations:', '', '- **Fjord University** – direction', '- **Norbit Labs** – data', '- **Quorvane, Inc.** – training'].join('\n');
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Fjord University → Fjord University consortium']);
    expect(namesOf(facts, 'Organization')).not.toContain('Inc');
  });

  it('does not make a consortium of "the X team" in an article about one institution', () => {
    const facts = extractFacts(articleOf('A group at Fjord University released a model. The Fjord University team did not train from scratch.'));
    expect(namesOf(facts, 'Consortium')).toEqual([]);
  });
});

describe('money that is not funding', () => {
  it('skips a valuation and a unit price, and reads NIS as shekels', () => {
    const facts = extractFacts(articleOf('Norbit raised €500 million. The round values Norbit at €6bn. A single high-end GPU can cost $40,000 to $50,000. The tender was worth NIS 200 million.'));
    const amounts = facts.entities.filter((e) => e.label === 'Funding').map((e) => `${e.props.amount} ${e.props.currency}`).sort();
    expect(amounts).toEqual(['200000000 ILS', '500000000 EUR']);
  });
});

describe('names that are products, programmes or titles', () => {
  it('refuses an owner\'s products, programme and a person\'s title', () => {
    const body = 'Tessaly will provide systems together with its NVLane, Quantum Mesh and Spectra-Z networking. Norbit will bring its Norbit Academy training programme to Chile. Dr Ana Ruiz, Director of Research Computing Services, said so.';
    const orgs = namesOf(extractFacts(articleOf(body)), 'Organization');
    for (const name of ['NVLane', 'Quantum Mesh', 'Spectra-Z', 'Norbit Academy', 'Director of Research Computing Services']) expect(orgs).not.toContain(name);
  });

  it('reads Turkey as a country, not an organisation', () => {
    const facts = extractFacts(articleOf('The machine was co-funded by a group of countries led by Spain that also includes Portugal and Turkey.'));
    expect(namesOf(facts, 'Organization')).not.toContain('Turkey');
  });
});

describe('partners of a named launch and its contributors', () => {
  it('reads "X is partnering A and B to launch the Y Programme"', () => {
    const facts = extractFacts(articleOf('The Fjord Media Authority is partnering Norbit Labs and Quorvane to launch the Nordic Speech Programme. The programme runs to 2027.'));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Norbit Labs → Nordic Speech Programme', 'Quorvane → Nordic Speech Programme']);
  });

  it('adds contributors named for a known partnership, a news agency among them', () => {
    const body = 'The effort is Aurora, a model developed by the Norbit Foundation together with drone maker Quorvane. The Aurora project also draws on contributions from state news agency Fjord Agency and public broadcaster NRX.';
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Fjord Agency → Aurora', 'NRX → Aurora']));
    expect(namesOf(facts, 'Organization')).toContain('Fjord Agency');
  });
});

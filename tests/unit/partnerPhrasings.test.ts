import { extractFacts } from '../../src/ingest/extract';
import { OFFICER_TITLES } from '../../src/ingest/extract/lexicon';
import { articleOf, relationsOf } from './support/articleOf';

/** Partnership phrasings that name the team through its subject or a named bloc; every name here is invented. */
const facts = (body: string) => extractFacts(articleOf(body));
const members = (body: string): string[] => relationsOf(facts(body), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(facts(body), 'LEADS');

describe('partner phrasings', () => {
  it('reads "A, B and the startup C formed the Y Alliance" as three members of Y', () => {
    expect(members('Korvet Telecom, Ulmen University and the startup Brisk Neural formed the Tarn AI Alliance on Monday.')).toEqual([
      'Brisk Neural → Tarn AI Alliance',
      'Korvet Telecom → Tarn AI Alliance',
      'Ulmen University → Tarn AI Alliance',
    ]);
  });

  it('reads what several "teamed up to form" or "teamed up to create, a venture" as their team, and what they only launch as no team', () => {
    const three = ['Brisk Neural', 'Korvet Telecom', 'Ulmen University'];
    expect(members('Korvet Telecom, Ulmen University and Brisk Neural have teamed up to form Tarnwise.')).toEqual(three.map((org) => `${org} → Tarnwise`));
    expect(members('Korvet Telecom, Ulmen University and Brisk Neural teamed up to create Tarnwise, a speech AI venture.')).toEqual(three.map((org) => `${org} → Tarnwise`));
    expect(members('Korvet Telecom and Brisk Neural agreed to set up Tarnwise, a joint venture for speech AI.')).toEqual(['Brisk Neural → Tarnwise', 'Korvet Telecom → Tarnwise']);
    expect(members('Korvet Telecom and Brisk Neural teamed up to launch Tarnwise, a speech model.')).toEqual([]);
  });

  it('reads "Y was founded by A and B" as Y\'s members, but neither one founder nor founding people', () => {
    expect(members('Tarnwise was founded by Korvet Telecom and Brisk Labs in 2023.')).toEqual(['Brisk Labs → Tarnwise', 'Korvet Telecom → Tarnwise']);
    expect(members('Brisk Neural, the Oslo chip company, had a good year. Tarnwise was founded by Korvet Telecom and Brisk Neural in 2023.')).toEqual(['Brisk Neural → Tarnwise', 'Korvet Telecom → Tarnwise']);
    // (Companies the gazetteer knows need no other cue.)
    expect(members('Tarnwise was founded by SoftBank and Samsung Electronics in 2023.')).toEqual(['Samsung Electronics → Tarnwise', 'SoftBank → Tarnwise']);
    const institute = facts('In 2021 the Tarn Speech Institute (TSI) was jointly set up by Korvet Telecom and the University of Ulmen.');
    expect(relationsOf(institute, 'MEMBER_OF')).toEqual(['Korvet Telecom → Tarn Speech Institute', 'University of Ulmen → Tarn Speech Institute']);
    expect(institute.entities.find((e) => e.label === 'Consortium')?.aliases).toContain('TSI');
    expect(members('Tarnwise was set up by Korvet Telecom in 2023.')).toEqual([]);
    expect(members('The Tarn Digital Agency was set up by Korvet Telecom and Brisk Labs.')).toEqual([]);
    expect(members('Tarnwise was founded by Mara Velden and Tomas Brandt in 2023.')).toEqual([]);
    expect(members('Tarnwise was founded in 2014 by Osei and Korvet Telecom.')).toEqual([]);
  });

  it('makes no team of "X, joined by former Y chief executive Mara Velden": a person joined, not Y', () => {
    for (const title of OFFICER_TITLES) {
      expect(members(`The ministry chose three teams. Korvet Telecom, joined by former Brisk ${title} Mara Velden, presented the plan.`)).toEqual([]);
    }
    expect(members('The ministry chose three teams. Korvet Telecom, joined by chip designer Brisk Neural, presented the plan.')).toEqual([
      'Brisk Neural → Korvet Telecom consortium',
      'Korvet Telecom → Korvet Telecom consortium',
    ]);
  });

  it('makes no team led by each item of a list that ", joined by D" follows ("The founding partners are A, B and C, joined by D")', () => {
    const body = 'The ministry chose three teams. The founding partners of Tarnwise are Korvet Telecom, Brisk Labs and Ulmen University, joined by the Velda Institute.';
    expect(leaders(body).filter((pair) => /^(?:Korvet Telecom|Brisk Labs) →/.test(pair))).toEqual([]);
    expect(members(body).filter((pair) => pair.startsWith('Tarnwise'))).toEqual([]);
  });

  it('reads "X, together with A and B, is building Y" as X leading a team with A and B', () => {
    const body = 'Research organisation Velmar Labs, together with Dunholt Cloud and the Orsk Forensic Institute, is building a Velmish language model.';
    expect(members(body)).toEqual(['Dunholt Cloud → Velmar Labs consortium', 'Orsk Forensic Institute → Velmar Labs consortium', 'Velmar Labs → Velmar Labs consortium']);
    expect(leaders(body)).toEqual(['Velmar Labs → Velmar Labs consortium']);
  });

  it('does not make a team of "X, together with A, invested in …"', () => {
    expect(members('Qorva Capital, together with Lentic Ventures and Brask Holdings, invested $40 million in the startup.')).toEqual([]);
  });

  it('adds "The three are joined by X" to the team just described', () => {
    expect(members('Pellan AI has teamed up with Orvo Telecom and Sadel University to build a speech assistant. The three are joined by Kestrel Mobile, which will contribute recordings.')).toContain('Kestrel Mobile → Pellan AI consortium');
  });

  it('reads "A and B co-lead the Y Alliance, joined by C"', () => {
    const body = 'Marrow Labs and Tessel Networks co-lead the Quill AI Alliance, joined by Ostend Technical University.';
    expect(members(body)).toEqual(['Marrow Labs → Quill AI Alliance', 'Ostend Technical University → Quill AI Alliance', 'Tessel Networks → Quill AI Alliance']);
    expect(leaders(body)).toEqual(['Marrow Labs → Quill AI Alliance', 'Tessel Networks → Quill AI Alliance']);
  });

  it('makes "A and B co-lead the group" lead the consortium named just before', () => {
    const body = 'The larger grant goes to the Fenwick AI Consortium. Halden Compute and Brayford University co-lead the group, which also counts Lisle University and Corven Data among its members.';
    expect(leaders(body)).toEqual(['Brayford University → Fenwick AI Consortium', 'Halden Compute → Fenwick AI Consortium']);
    expect(members(body)).toHaveLength(4);
  });

  it('reads "X, which leads the project, will work alongside A and B"', () => {
    const body = 'Torran Labs, which leads the project, will work alongside Kelby College and Ashmore Telecom.';
    expect(members(body)).toEqual(['Ashmore Telecom → Torran Labs consortium', 'Kelby College → Torran Labs consortium', 'Torran Labs → Torran Labs consortium']);
  });

  it('reads "X, which leads the effort, will train a model for … alongside A and B"', () => {
    const body = 'Corrin Compute, which leads the effort, will train a model for tax and pension enquiries alongside the Instituto Técnico de Velra and the Instituto Velrano de Energía.';
    expect(leaders(body)).toEqual(['Corrin Compute → Corrin Compute consortium']);
    expect(members(body)).toHaveLength(3);
  });

  it('keeps a managing director named after the chair out of the members', () => {
    const body = 'Orrin Telecom, Pask University and Vey Neural formed the Brume AI Alliance. The alliance will be chaired by Orrin Telecom, whose managing director, Tomas Verek, said the operator would provide fibre.';
    expect(members(body)).not.toContain('Tomas Verek → Brume AI Alliance');
    expect(leaders(body)).toEqual(['Orrin Telecom → Brume AI Alliance']);
  });

  it.each([
    ['Ostrel Telecom, Varn University and Pikel AI make up the consortium that won the tender.', 'Ostrel Telecom consortium'],
    ['The winning team comprises Ostrel Telecom, Varn University and Pikel AI.', 'Ostrel Telecom consortium'],
    ['The ministry named the winning consortium: Ostrel Telecom, Varn University and Pikel AI.', 'Ostrel Telecom consortium'],
    ['The Merrow Alliance brings together Ostrel Telecom, Varn University and Pikel AI.', 'Merrow Alliance'],
    ['The Merrow Alliance, which counts Ostrel Telecom, Varn University and Pikel AI as members, will train the model.', 'Merrow Alliance'],
  ])('reads the member list of "%s"', (body, team) => {
    expect(members(body)).toEqual([`Ostrel Telecom → ${team}`, `Pikel AI → ${team}`, `Varn University → ${team}`]);
  });

  it.each([
    'Under Pikel AI\'s leadership, the consortium brings together Ostrel Telecom and Varn University.',
    'Pikel AI is the lead partner in a consortium with Ostrel Telecom and Varn University.',
    'Pikel AI heads the consortium. Ostrel Telecom and Varn University are also members.',
    'The ministry picked two teams. The second team, led by Pikel AI, brings together Ostrel Telecom and Varn University.',
    'The ministry picked two teams. Pikel AI and its partners Ostrel Telecom and Varn University won the larger grant.',
    'Pikel AI is teaming up with Ostrel Telecom and Varn University to build a national language model.',
    'Pikel AI will build the model with participation from Ostrel Telecom and Varn University.',
  ])('makes Pikel AI lead Ostrel Telecom and Varn University in "%s"', (body) => {
    expect(leaders(body)).toEqual(['Pikel AI → Pikel AI consortium']);
    expect(members(body)).toEqual(['Ostrel Telecom → Pikel AI consortium', 'Pikel AI → Pikel AI consortium', 'Varn University → Pikel AI consortium']);
  });

  it('makes "with X as coordinator" the leader of the consortium named in the sentence', () => {
    expect(leaders('The Merrow Alliance brings together Ostrel Telecom, Varn University and Pikel AI, with Pikel AI as coordinator.')).toEqual(['Pikel AI → Merrow Alliance']);
  });

  it.each([
    'Qorva Chips and Lentic Systems form the backbone of the alliance compute plan.',
    'The group comprises Alder Holdings, Brisk Logistics and Corran Retail, its three main subsidiaries.',
    'Investors include Qorva Capital and Lentic Ventures.',
    'Qorva Capital, together with Lentic Ventures and Brask Holdings, invested $40 million in the startup.',
  ])('finds no membership in "%s"', (body) => {
    expect(members(body)).toEqual([]);
  });
});

describe('team tables', () => {
  const table = [
    'The agency published the shortlist.',
    '',
    '| Team | Leader | Members | Status |',
    '|---|---|---|---|',
    '| Team Aurora | Pikel AI | Ostrel Telecom, Varn University | Advanced |',
    '| Orsk bid | Halden Compute | Brayford University and Corven Data | Eliminated |',
  ].join('\n');

  it('reads one team per row with its leader and members', () => {
    expect(leaders(table)).toEqual(['Halden Compute → Halden Compute consortium', 'Pikel AI → Team Aurora']);
    expect(members(table)).toEqual([
      'Brayford University → Halden Compute consortium',
      'Corven Data → Halden Compute consortium',
      'Halden Compute → Halden Compute consortium',
      'Ostrel Telecom → Team Aurora',
      'Pikel AI → Team Aurora',
      'Varn University → Team Aurora',
    ]);
  });

  it('reads no team from a table without a leader or members column', () => {
    expect(members('Budgets by year.\n\n| Year | Company | Amount |\n|---|---|---|\n| 2025 | Pikel AI | 10 |\n| 2026 | Ostrel Telecom | 12 |')).toEqual([]);
  });
});

describe('leaders marked inside member statements', () => {
  it('makes "A (lead)" in a member list the leader', () => {
    expect(leaders('The consortium comprises Pikel AI (lead), Ostrel Telecom and Varn University.')).toEqual(['Pikel AI → Pikel AI consortium']);
  });

  it('reads "led jointly by A and B" as two leaders', () => {
    expect(leaders('The consortium is led jointly by Pikel AI and Ostrel Telecom and includes Varn University.')).toEqual(['Ostrel Telecom → Pikel AI consortium', 'Pikel AI → Pikel AI consortium']);
  });

  it('reads "The consortium will be formed by A, B and C. A is the consortium leader."', () => {
    const body = 'The consortium will be formed by Pikel AI, Ostrel Telecom and Varn University. Pikel AI is the consortium leader.';
    expect(leaders(body)).toEqual(['Pikel AI → Pikel AI consortium']);
    expect(members(body)).toHaveLength(3);
  });

  it('reads "X\'s partners in the venture are A and B" in any article', () => {
    expect(members('Pikel AI\'s partners in the venture are Ostrel Telecom and Varn University.')).toEqual(['Ostrel Telecom → Pikel AI consortium', 'Pikel AI → Pikel AI consortium', 'Varn University → Pikel AI consortium']);
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/**
 * Phrasings of wire stories, releases and roundups studied on the fifth
 * held-out round (bullets with a bold leader, category lines, named teams led
 * through people, follow-up consortia). Every name and sentence here is invented.
 */
const facts = (body: string) => extractFacts(articleOf(body));
const members = (body: string): string[] => relationsOf(facts(body), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(facts(body), 'LEADS');
const governments = (body: string): string[] => facts(body).entities.filter((e) => e.label === 'Government').map((e) => String(e.props.country)).sort();

describe('list and bullet phrasings', () => {
  it('reads bold-led bullets under a heading about each team, with descriptors and a collective noun', () => {
    const body = [
      'The agency has chosen three consortia to build the national model.',
      '',
      '**Who is on each team**',
      '',
      '- **Orsa Cloud** is joined by its parent Orsa, speech startup Velline and a group of universities - Tarnow Institute of Technology and Lisk University.',
      '- **Pelin AI**, maker of the Kestrel models, has teamed up with Dromo, Fenwick Labs and Quarry Data.',
      "- **Brisa Telecom**'s team comprises game publisher Moonfold, robotics software firm Sprocket9 and chip designer Calder Semi.",
    ].join('\n');
    expect(members(body)).toEqual(
      expect.arrayContaining([
        'Orsa → Orsa Cloud consortium',
        'Velline → Orsa Cloud consortium',
        'Tarnow Institute of Technology → Orsa Cloud consortium',
        'Lisk University → Orsa Cloud consortium',
        'Dromo → Pelin AI consortium',
        'Quarry Data → Pelin AI consortium',
        'Moonfold → Brisa Telecom consortium',
        'Sprocket9 → Brisa Telecom consortium',
        'Calder Semi → Brisa Telecom consortium',
      ]),
    );
  });

  it('hands bullets to the team of the sentence before: "Its consortium brings together:"', () => {
    const body = ['Brisa Telecom did not build the model on its own. Its consortium brings together:', '', '- Moonfold, the game studio;', '- Sprocket9, which builds car software;', '- researchers at Lisk University.'].join('\n');
    expect(members(body)).toEqual(['Brisa Telecom → Brisa Telecom consortium', 'Lisk University → Brisa Telecom consortium', 'Moonfold → Brisa Telecom consortium', 'Sprocket9 → Brisa Telecom consortium']);
  });

  it('does not take a model named in an appositive as the consortium ("K9, the model the operator\'s consortium submitted")', () => {
    const names = namesOf(facts('K9, the model the operator\'s consortium submitted this week, is large. Consortium members say it will be open.'), 'Consortium');
    expect(names).toEqual([]);
  });

  it('reads "X, a spin-off of Y, applied together with:" and the bullets after it', () => {
    const body = ['**The new entrant**', '', 'Quell, a spin-off of software company Marrow, applied together with:', '', '- Marrow', '- the Tarnow Institute of Technology'].join('\n');
    expect(members(body)).toEqual(['Marrow → Quell consortium', 'Quell → Quell consortium', 'Tarnow Institute of Technology → Quell consortium']);
  });

  it('adds partners listed by category under a line that introduces the members', () => {
    const body = [
      'Lumenet, a consortium of twelve research organisations and companies, began work in March.',
      '',
      'Partners confirmed so far include:',
      '',
      '*Companies:* Dromo (Finland), Fenwick Labs (Germany)',
      '',
      '*Research:* Lisk University, Tarnow Institute of Technology',
    ].join('\n');
    expect(members(body)).toEqual(['Dromo → Lumenet', 'Fenwick Labs → Lumenet', 'Lisk University → Lumenet', 'Tarnow Institute of Technology → Lumenet']);
  });

  it('reads a newsletter item on a project that "started as an innovation action", with partners by kind on lower-case bullets', () => {
    const body = [
      '**1. Veritext gets its partners in one room**',
      '',
      'The Veritext consortium held its first general assembly in Riga. The choice of city was no accident: Lisk University coordinates the project.',
      '',
      'Veritext started in January as a four-year innovation action under Horizon Europe. The team has chosen two case studies.',
      '',
      'Who is involved? Alongside the coordinator, the partner list reads like a tour of the continent:',
      '',
      '- research bodies: Tarnow Institute of Technology and the University of Galdor;',
      '- media and civil society: Internews Vardia and Euronet Brava;',
      '- companies: Dromo in Greece and Fenwick Labs in Ireland.',
      '',
      '---',
      '',
      '**2. A new alliance in Oslo**',
      '',
      'The Kestrel Alliance brings together Orrin Cloud, Velmar Systems and Brask Steel, which will share compute.',
    ].join('\n');
    // ("The Veritext consortium": the project's own name, not a consortium Veritext leads.)
    expect(leaders(body)).toEqual(['Lisk University → Veritext']);
    expect(members(body)).toEqual(expect.arrayContaining(['Internews Vardia → Veritext', 'Euronet Brava → Veritext', 'Dromo → Veritext', 'Tarnow Institute of Technology → Veritext']));
  });

  it('does not add names listed under a funding line', () => {
    const body = ['Lumenet, a consortium of twelve research organisations, began work in March.', '', 'Funding comes from:', '', '*Public:* Arvo Bank', '', '*Private:* Fenwick Capital'].join('\n');
    expect(members(body)).toEqual([]);
  });

  it('makes the employers of the people who coordinate a named project its leaders', () => {
    const body = 'Lumenet, a consortium of twelve research organisations, began work in March. The project is coordinated by Jana Petrova, a linguist at Lisk University, and co-led by Ola Berg of Fenwick Labs.';
    expect(leaders(body)).toEqual(['Fenwick Labs → Lumenet', 'Lisk University → Lumenet']);
  });

  it('names a consortium "X is a consortium … led by Y" after X', () => {
    expect(leaders('Veda is a consortium of academic institutions led by Tarnow Institute of Technology. Its members include Lisk University and Marrow Labs.')).toEqual(['Tarnow Institute of Technology → Veda']);
  });

  it('starts a new team for "a follow-up consortium called Y", which "keeps the partners and adds Z"', () => {
    const body = [
      'The model was developed by a consortium.',
      'Lisk University led the group, whose other members were:',
      '- Marrow Labs',
      '- the Tarnow Institute of Technology',
      'Deployment goes to a follow-up consortium called HALO.',
      'HALO is led by Marrow Labs.',
      'It keeps the original partners and adds the Kestrel Computing Centre.',
    ].join('\n');
    const found = members(body);
    expect(found).toEqual(expect.arrayContaining(['Marrow Labs → Lisk University consortium', 'Tarnow Institute of Technology → Lisk University consortium', 'Kestrel Computing Centre → HALO', 'Lisk University → HALO', 'Marrow Labs → HALO']));
    expect(leaders(body)).toEqual(['Lisk University → Lisk University consortium', 'Marrow Labs → HALO']);
  });

  it('reads lead applicants marked "(joint application)"', () => {
    expect(members('Orsa Cloud, with its subsidiary Orsa West (joint application) - about ¥7 billion')).toEqual(['Orsa Cloud → Orsa Cloud consortium', 'Orsa West → Orsa Cloud consortium']);
  });

  it('reads "the Y (ACR) consortium, which is coordinated by X and whose members include A and B"', () => {
    const body = 'The corpus comes from the EU-funded Polaris Speech Data (PSD) consortium, which is coordinated by Lisk University and whose members include Marrow Labs and Fenwick Labs.';
    expect(members(body)).toEqual(['Fenwick Labs → Polaris Speech Data', 'Lisk University → Polaris Speech Data', 'Marrow Labs → Polaris Speech Data']);
  });

  it('names a led centre after the name it described once partners are stated', () => {
    const body = 'Kestrel, the regional research centre for AI, is training models. The centre is led by Lisk University, and its industry partners include media group Dromo and telecom operator Brisa Telecom.';
    expect(leaders(body)).toEqual(['Lisk University → Kestrel']);
    expect(members(body)).toContain('Dromo → Kestrel');
  });

  it('makes "A, B and C are also partners in the consortium" after "The project is led by X" X\'s named project', () => {
    const body = 'Nimbus North is a planned computing cluster. The project is led by Orsa Cloud, the regional technology group. Dromo and Marrow Labs will operate it, and Fenwick Labs and Quarry Data are also partners in the consortium.';
    expect(members(body)).toEqual(['Dromo → Nimbus North', 'Fenwick Labs → Nimbus North', 'Marrow Labs → Nimbus North', 'Orsa Cloud → Nimbus North', 'Quarry Data → Nimbus North']);
  });
});

describe('team formations', () => {
  it('reads "X has formed a consortium with A and B" with X as leader, and a bilateral partnership as a leaderless team named by both', () => {
    expect(leaders('Dune Systems has formed a consortium with Arvo Labs and Brisk Data to bid for the contract.')).toEqual(['Dune Systems → Dune Systems consortium']);
    expect(members('Veltro has formed a partnership with Orbit to build data centres.')).toEqual(['Orbit → Veltro–Orbit partnership', 'Veltro → Veltro–Orbit partnership']);
    expect(leaders('Veltro has formed a partnership with Orbit to build data centres.')).toEqual([]);
  });

  it('reads "Joining X in the consortium are A, B and C"', () => {
    expect(members('Dune Systems leads the bid. Joining Dune Systems in the consortium are Arvo Labs and Brisk Data.')).toEqual(['Arvo Labs → Dune Systems consortium', 'Brisk Data → Dune Systems consortium', 'Dune Systems → Dune Systems consortium']);
  });

  it('reads "A, B and C have joined forces", "the winning group — A, B and C —", "X is part of a consortium alongside A"', () => {
    expect(members('Dune Systems, Arvo Labs and Brisk Data have joined forces to build a Tagalog model.')).toHaveLength(3);
    expect(members('The winning group — Dune Systems, Arvo Labs and Brisk Data — will build the model.')).toHaveLength(3);
    expect(members('Dune Systems is part of a consortium alongside Arvo Labs and Brisk Data that will train the model.')).toHaveLength(3);
    expect(members('Nvidia and Orbit have partnered to build a cluster.')).toEqual([]);
  });

  it('reads the leader stated after a member clause: "The consortium, which includes A and B, is led by X"', () => {
    expect(leaders('The ministry picked two consortia. The consortium, which includes Arvo Labs, Brisk Data and Cinder University, is led by Dune Systems.')).toEqual(['Dune Systems → Dune Systems consortium']);
  });

  it('keeps "Brisk Data and Cinder University" two names (a company name, not a body named by subject words)', () => {
    expect(namesOf(facts('Dune Systems will lead the project, with Arvo Labs, Brisk Data and Cinder University as partners.'), 'Organization')).toEqual(['Arvo Labs', 'Brisk Data', 'Cinder University', 'Dune Systems']);
  });
});

describe('names in lists', () => {
  it('joins an acronym dashed onto an institution\'s full name, and the English and native names of one body', () => {
    const names = namesOf(facts('Partners include Marrow Labs, KSC - Kestrel Centre for Science and Arvo Supercomputing Center - Centro Nacional de Cálculo.'), 'Organization');
    expect(names).toEqual(expect.arrayContaining(['KSC - Kestrel Centre for Science', 'Arvo Supercomputing Center - Centro Nacional de Cálculo']));
  });

  it('keeps a unit "of the … Academy" in the unit\'s name', () => {
    const names = namesOf(facts('Partners include Marrow Labs and the Institute of Applied Logic of the Tarnow Academy of Sciences.'), 'Organization');
    expect(names).toContain('Institute of Applied Logic of the Tarnow Academy of Sciences');
  });

  it('merges an acronym that opens an institution\'s full name, and a Malaysian company suffix', () => {
    const names = namesOf(facts('Partners include KRNI National Research Institute and Quell AI Sdn Bhd. KRNI said Quell AI will build it.'), 'Organization');
    expect(names).toEqual(['KRNI National Research Institute', 'Quell AI Sdn Bhd']);
  });

  it('names a "(lead) Motif"-style short form\'s team after the full name too', () => {
    const found = facts('Quell Technologies leads a consortium with Marrow Labs and Dromo. Quell said the team would open its weights.');
    expect(found.entities.filter((e) => e.label === 'Consortium').map((e) => e.name)).toEqual(['Quell Technologies consortium']);
  });

  it('takes bare bullet names under a "teams selected" heading as organisations', () => {
    const names = namesOf(facts(['**Teams selected in this round**', '', '- Arvind Mahesh', '- Quarry Data - models for soil science'].join('\n')), 'Organization');
    expect(names).toEqual(['Arvind Mahesh', 'Quarry Data']);
  });

  it('finds makers, owners and employers named in passing', () => {
    const names = namesOf(
      facts(
        'Veltro chief executive Anna Kask spoke first. The cluster runs on Quasar QX900 chips. Jais came from Orbit\'s Lantern unit. Its boss previously ran Harbor Digital. The state will invest in Cobalt, the developer of language models.',
      ),
      'Organization',
    );
    expect(names).toEqual(expect.arrayContaining(['Veltro', 'Quasar', 'Lantern', 'Orbit', 'Harbor Digital', 'Cobalt']));
  });

  it('takes the names of a subject list as organisations when most carry an organisation mark', () => {
    const names = namesOf(facts('Kesto and KTN, both seen as contenders, were eliminated, as were LUX, Veltro Technology and Quell Labs.'), 'Organization');
    expect(names).toEqual(['KTN', 'Kesto', 'LUX', 'Quell Labs', 'Veltro Technology']);
  });

  it('reads a verb "chair" after a modal as taking an organisation, not a person\'s title', () => {
    expect(namesOf(facts('The fund launched ORBIT, an AI company. The prince will also chair ORBIT.'), 'Organization')).toContain('ORBIT');
  });
});

describe('countries named in passing', () => {
  it('records a country named as a noun, not one used as an adjective or in a pairing', () => {
    expect(governments('Korea picked five teams rather than rely on systems built in the United States. A US provider sells chips; the US-China race goes on.')).toEqual(['KR', 'US']);
    expect(governments('Korea picked five teams. A US provider sells chips.')).toEqual(['KR']);
  });
});

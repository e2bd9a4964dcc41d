import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/** Named projects and alliances with their builders and partners; every name here is invented. */
const facts = (body: string, title = 'test') => extractFacts({ ...articleOf(body), title });
const members = (body: string, title?: string): string[] => relationsOf(facts(body, title), 'MEMBER_OF');
const leaders = (body: string, title?: string): string[] => relationsOf(facts(body, title), 'LEADS');
const orgs = (body: string): string[] => namesOf(facts(body), 'Organization');

describe('named project teams', () => {
  it('names "The Y consortium is led by A and B" after Y, not after its leader', () => {
    const body = 'The Varnel-X consortium is led by Dorsen Labs and the Quist Institute and is funded by the Ministry of Research.';
    expect(leaders(body)).toEqual(['Dorsen Labs → Varnel-X', 'Quist Institute → Varnel-X']);
  });

  it('names "The Y team, led by A, comprises B and researchers from C" after Y', () => {
    const body = 'The OpenBrelGPT team, led by the Brellish Software Association (BSA), comprises Tallo Systems and researchers from Kemp University.';
    expect(members(body)).toEqual(['Brellish Software Association → OpenBrelGPT', 'Kemp University → OpenBrelGPT', 'Tallo Systems → OpenBrelGPT']);
    expect(leaders(body)).toEqual(['Brellish Software Association → OpenBrelGPT']);
  });

  it('reads members after a bullet lead-in sentence "the consortium comprises:"', () => {
    const body = 'The Halvo consortium is led by Serrat Labs.\n\nBesides the lead institute and several universities named later, the consortium comprises:\n\n- Ombra Cloud\n- Pellin University (Centre for Speech and Language Processing, CSLP)\n- Tarrow Media';
    expect(members(body)).toEqual(['Ombra Cloud → Halvo', 'Pellin University → Halvo', 'Serrat Labs → Halvo', 'Tarrow Media → Halvo']);
  });

  it('keeps a team findable as "<Leader> consortium" under its acronym too', () => {
    const aliases = facts('The team, led by the Institute for Coastal Computing (ICC), comprises Morvel Systems and Dask Cloud.').entities.find((e) => e.label === 'Consortium')?.aliases ?? [];
    expect(aliases).toEqual(expect.arrayContaining(['ICC consortium', 'Institute for Coastal Computing (ICC) consortium']));
  });

  it('takes "consortium led by X" for a name of the team, but no clause ("Kestrel consortium, led by X", "the consortium is led by X")', () => {
    const aliasesOf = (body: string): string[] => facts(body).entities.find((e) => e.label === 'Consortium')?.aliases ?? [];
    expect(aliasesOf('A consortium led by Orvane Pharma will build the model.')).toContain('consortium led by Orvane Pharma');
    expect(aliasesOf('The Kestrel consortium, led by Orvane Pharma, will build a model.').filter((alias) => alias.includes('led by'))).toEqual([]);
    expect(aliasesOf('Kestrel will build a model. Its consortium is again led by Orvane Pharma.').filter((alias) => alias.includes('led by'))).toEqual([]);
  });

  it('skips the leader\'s own staff in a member list', () => {
    const body = 'The team, led by Ferro University, comprises the university\'s researchers, Pluto Compute and chipmaker Zent Systems.';
    expect(members(body)).toEqual(['Ferro University → Ferro University consortium', 'Pluto Compute → Ferro University consortium', 'Zent Systems → Ferro University consortium']);
  });

  it('reads "X, a … model, built by A together with B and C" as X\'s team when the appositive closes with its comma', () => {
    const body = 'The government has launched Falconer, a sovereign Arabic language model, built by Osk Research together with Nimbo University and Brel Digital.';
    expect(members(body)).toEqual(['Brel Digital → Falconer', 'Nimbo University → Falconer', 'Osk Research → Falconer']);
  });

  it('reads a Q&A answer "built by A together with B and C" as the asked project\'s team', () => {
    const body = 'What is BrelLM, in one sentence?\n\nAn open language model for Brellish, built by Osk Research together with Nimbo and the Brellish Archive Institute (BAI). Osk Research leads the consortium.';
    expect(members(body)).toEqual(['Brellish Archive Institute → BrelLM', 'Nimbo → BrelLM', 'Osk Research → BrelLM']);
    expect(leaders(body)).toEqual(['Osk Research → BrelLM']);
  });

  it('does not make a team of a product simply "built by A, B and C"', () => {
    expect(members('Ostia, a fully open language model built by Velk University, Runo Institute and the Tamsk Computing Centre, was released on Monday.')).toEqual([]);
  });

  it('reads "Y is the work of a group of universities: A, B and C"', () => {
    expect(members('KORALM is the work of a group of Orvish universities and labs: Dane School of Science, Instituto Pelo and Marl University.')).toEqual([
      'Dane School of Science → KORALM',
      'Instituto Pelo → KORALM',
      'Marl University → KORALM',
    ]);
  });

  it('makes the subjects of "A, B and C launched the Y Partnership" its members, after a dateline', () => {
    const body = 'LONDON, May 2 (Wire) - Tornel Capital, Ardent Partners (AP) and Oslo\'s Vemar on Tuesday launched the Global Grid Investment Partnership.';
    expect(members(body)).toEqual(['Ardent Partners → Global Grid Investment Partnership', 'Tornel Capital → Global Grid Investment Partnership', 'Vemar → Global Grid Investment Partnership']);
  });

  it('names a joint venture the partners "have dubbed Y" in the next sentence', () => {
    const body = 'Investment firm Koru, state lender Bankol and chipmaker Zento said they would form a joint venture to build a data centre. The site, which the partners have dubbed Campus Orel, opens in 2028.';
    expect(members(body)).toEqual(['Bankol → Campus Orel', 'Koru → Campus Orel', 'Zento → Campus Orel']);
  });

  it('makes "X ... coordinates the consortium" lead a consortium whose partners are listed later', () => {
    const body = 'Velto, which hosts the Arda machine, is the hosting entity and coordinates the consortium.\n\nThe project is co-financed together with the following partners of the RIVA consortium:\n\n- Velto (hosting entity)\n- Marsh Institute\n- Dovel Foundation\n\nRIVA is the initiative nominated by the country.';
    expect(leaders(body)).toEqual(['Velto → RIVA']);
    expect(members(body)).toEqual(['Dovel Foundation → RIVA', 'Marsh Institute → RIVA', 'Velto → RIVA']);
  });

  it('names a led project after the headline name the body repeats, with "implemented with the participation of" partners', () => {
    const body = 'Lumen is a new AI factory. The project is led by the Orsk Research Network (ORN). It is implemented with the participation of Tarro University and the Kell Institute, in cooperation with the ministry. Lumen will focus on health.';
    expect(members(body, 'Lumen AI Factory opens its doors')).toEqual(['Kell Institute → Lumen', 'Orsk Research Network → Lumen', 'Tarro University → Lumen']);
  });

  it('resolves a short form to the full brand name introduced first', () => {
    const names = orgs('When Pelora Varsk Hutchison chief executive Dana Obi spoke, she announced a model. Pelora will train it on its own cloud.');
    expect(names).toContain('Pelora Varsk Hutchison');
    expect(names).not.toContain('Pelora');
  });

  it('keeps a long institute name joined by "and" and closed by its acronym whole', () => {
    expect(orgs('The work is led by the Kessel Institute for Intelligent Analysis and Information Systems IAIS and Morn Labs.')).toContain('Kessel Institute for Intelligent Analysis and Information Systems IAIS');
  });

  it('does not take a press department, a dated year or a currency amount for an organisation', () => {
    const names = orgs('In 1998 Varnia launched a plan worth QR7 billion, said Dorn Labs. Press contact: Corporate Communications, Dorn Labs.');
    expect(names).not.toEqual(expect.arrayContaining(['Corporate Communications']));
    expect(names.some((n) => /QR7|1998/.test(n))).toBe(false);
  });

  it('takes a hardware supplier after "chips from" or "built with" for an organisation', () => {
    expect(orgs('Demand is high, but buying chips from Torvan constrains growth, and a smaller system is built with Pellix.')).toEqual(expect.arrayContaining(['Pellix', 'Torvan']));
  });

  it('does not take a one-word "...GPT" model for an organisation', () => {
    expect(orgs('Regional models such as KorvaGPT, released by Delm Labs, cover the language too.')).not.toContain('KorvaGPT');
  });

  it('does not make a person leading a research group an organisation', () => {
    expect(orgs('At Kestrel University, a separate group led by Aida Serikova has been building a model since 2024.')).not.toContain('Aida Serikova');
  });
});

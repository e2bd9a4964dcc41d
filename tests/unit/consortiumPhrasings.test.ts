import { extractFacts } from '../../src/ingest/extract';
import { articleOf, readerRelationsOf, relationsOf } from './support/articleOf';

/** Members and leaders of every consortium an article states, as "org → consortium" lines. */
const members = (body: string): string[] => relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(extractFacts(articleOf(body)), 'LEADS');

describe('consortium phrasings', () => {
  it('reads "a consortium led by X, including A, B and C"', () => {
    expect(members('Oslo picked a consortium led by Fjordtek, including Norvik Labs, Havsul AI and Skarv Systems.')).toEqual([
      'Fjordtek → Fjordtek consortium',
      'Havsul AI → Fjordtek consortium',
      'Norvik Labs → Fjordtek consortium',
      'Skarv Systems → Fjordtek consortium',
    ]);
  });

  it('reads "X leads the Y consortium" as the team Y led by X, never a second team led by Y', () => {
    expect(members('Brask Systems leads the Helios consortium, with Orvane Labs and Quillon Works. Helios will train a Greek model.')).toEqual([
      'Brask Systems → Helios',
      'Orvane Labs → Helios',
      'Quillon Works → Helios',
    ]);
    expect(leaders('Brask Systems will lead the Helios consortium, which plans a Greek model, with Orvane Labs.')).toEqual(['Brask Systems → Helios']);
    expect(members('Brask Systems leads the Helios project alongside Orvane Labs.')).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios']);
    // A demonym, the leader's own name or words around a name before the noun name no team.
    expect(members('Brask Systems leads the Horizon Europe-funded consortium, with Orvane Labs.')).toEqual(['Brask Systems → Brask Systems consortium', 'Orvane Labs → Brask Systems consortium']);
    expect(members('Brask Systems leads the Greek consortium, with Orvane Labs.')).toEqual(['Brask Systems → Brask Systems consortium', 'Orvane Labs → Brask Systems consortium']);
    expect(members('Brask Systems leads the Brask Systems consortium, with Orvane Labs.')).toEqual(['Brask Systems → Brask Systems consortium', 'Orvane Labs → Brask Systems consortium']);
  });

  it('reads "X\'s partners include A and B" in an article about teams', () => {
    expect(members('The ministry shortlisted three teams. Rakuma AI\'s partners include chip startup Densa and translation platform Kotobo.')).toEqual([
      'Densa → Rakuma AI consortium',
      'Kotobo → Rakuma AI consortium',
      'Rakuma AI → Rakuma AI consortium',
    ]);
  });

  it('reads "X leads the project alongside A, which …, and B, a … startup"', () => {
    expect(members('Padmora Digital leads the project alongside Tarin School of Computing, which will train the model, and Shalik Speech, a Chattogram startup that builds speech tools.')).toEqual([
      'Padmora Digital → Padmora Digital consortium',
      'Shalik Speech → Padmora Digital consortium',
      'Tarin School of Computing → Padmora Digital consortium',
    ]);
  });

  it('reads "X, a startup, which will lead a consortium with A and B"', () => {
    expect(leaders('The contract went to Tonara AI, a Guadalajara startup with 55 employees, which will lead a consortium with Universidad Politécnica de Oriente and Red Telecom del Sur.')).toEqual([
      'Tonara AI → Tonara AI consortium',
    ]);
  });

  it('reads "X will lead, with A and B as partners"', () => {
    expect(members('Velkor Systems will lead, with Marrow Labs and Quent AI as partners.')).toEqual([
      'Marrow Labs → Velkor Systems consortium',
      'Quent AI → Velkor Systems consortium',
      'Velkor Systems → Velkor Systems consortium',
    ]);
  });

  it('reads "X leads the consortium …, joined by A and B"', () => {
    expect(members('Orvane Cloud leads the consortium delivering the programme, joined by its parent company Orvane Labs and the University of Galway.')).toEqual([
      'Orvane Cloud → Orvane Cloud consortium',
      'Orvane Labs → Orvane Cloud consortium',
      'University of Galway → Orvane Cloud consortium',
    ]);
  });

  it('reads "X entered with a group that included A"', () => {
    expect(members('The ministry cut two teams. Nuvola Cloud had entered with a group that included video startup Twelve Frames.')).toEqual([
      'Nuvola Cloud → Nuvola Cloud consortium',
      'Twelve Frames → Nuvola Cloud consortium',
    ]);
  });

  it('reads a member list after "Besides X, the consortium comprises", separated by semicolons with appositives', () => {
    const body = 'A seven-member consortium led by Cairo startup Nilora AI signed the deal. Besides Nilora AI, the consortium comprises Misra Networks, a fibre operator; Aswa Data Centers, which will build a cluster; and Sinak Ventures, a Cairo early-stage investor.';
    expect(members(body)).toEqual([
      'Aswa Data Centers → Nilora AI consortium',
      'Misra Networks → Nilora AI consortium',
      'Nilora AI → Nilora AI consortium',
      'Sinak Ventures → Nilora AI consortium',
    ]);
  });

  it('reads "the second is led by X of <city>, working alongside A and B" as a second team', () => {
    const body = 'Brussels shortlisted two consortia. The first consortium is led by Gentra Robotics. The second is led by Mosa Automation of Liège, working alongside the Liège Robotics Institute and steelmaker Ardena Steel.';
    expect(leaders(body)).toEqual(['Gentra Robotics → Gentra Robotics consortium', 'Mosa Automation → Mosa Automation consortium']);
    expect(members(body)).toContain('Ardena Steel → Mosa Automation consortium');
  });

  it('keeps an eliminated bid as a team of its leader', () => {
    expect(leaders('Two consortia remain. A third bid, led by Brussels-based Zinna AI, was eliminated.')).toEqual(['Zinna AI → Zinna AI consortium']);
  });

  it('reads bullet members under a heading about the alliance, "Leader:" first', () => {
    const body = 'The ministry has picked the Andora AI Alliance to build the model.\n\n**Who is in the alliance**\n\n- Leader: Condra Data, a Bogotá startup.\n- Telcora, a regional carrier.\n- Fundación Saber Libre, a Medellín NGO.\n\n**Why it matters**\n\n- Nobody else will build it.';
    expect(leaders(body)).toEqual(['Condra Data → Andora AI Alliance']);
    expect(members(body)).toEqual([
      'Condra Data → Andora AI Alliance',
      'Fundación Saber Libre → Andora AI Alliance',
      'Telcora → Andora AI Alliance',
    ]);
  });

  it('resolves "Her Rabat-based startup is leading a consortium, together with A" to the organisation named just before', () => {
    const body = '"It must speak Darija," says Salma Benali, chief executive of Maghra Neural. Her Rabat-based startup is leading a three-member consortium, together with the mobile operator Sahra Connect and the Institut Supérieur d\'Intelligence Artificielle de Fès.';
    expect(members(body)).toEqual([
      "Institut Supérieur d'Intelligence Artificielle de Fès → Maghra Neural consortium",
      'Maghra Neural → Maghra Neural consortium',
      'Sahra Connect → Maghra Neural consortium',
    ]);
  });

  it('reads "X, a joint programme of A and B" as a named team', () => {
    expect(members('Apertix is the output of the Alpine AI Initiative, a joint programme of EPFL and ETH Zurich.')).toEqual([
      'EPFL → Alpine AI Initiative',
      'ETH Zurich → Alpine AI Initiative',
    ]);
  });

  it('reads "The project is led by X. Its partners are A and B"', () => {
    // (The readers' reading: the membership model may add the lab's university as well.)
    expect(readerRelationsOf(articleOf('The project is led by the Diliman Speech Lab at the University of the Philippines Diliman. Its partners are Visaya Broadband Corp., an Iloilo-based provider, and Kalina Speech, a Davao startup.'), 'MEMBER_OF')).toEqual([
      'Diliman Speech Lab → Diliman Speech Lab consortium',
      'Kalina Speech → Diliman Speech Lab consortium',
      'Visaya Broadband → Diliman Speech Lab consortium',
    ]);
  });

  it('names a consortium coordinated by X after the project the article is about', () => {
    const facts = extractFacts(articleOf('EuroOpenLM — the EU-funded effort to train open models — got its GPU hours. The consortium of 20 organisations is coordinated by Karlov University and co-led by Sila AI. Members include Alef Alpha and LightOne.'));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Karlov University → Karlov University consortium', 'Sila AI → Karlov University consortium']);
    expect(facts.entities.find((e) => e.label === 'Consortium')?.aliases).toContain('EuroOpenLM');
  });

  it('reads "The company is owned by A, B and C" as the owners of the joint venture named just before', () => {
    expect(members('Five firms launched Sfera AI, a joint venture that will run a supercomputer. The company is owned by Astrava, Ericon and Saabor.')).toEqual([
      'Astrava → Sfera AI',
      'Ericon → Sfera AI',
      'Saabor → Sfera AI',
    ]);
  });

  it('reads bold names in member bullets and ignores bullets under a heading about several teams', () => {
    const alliance = 'The ministry picked the Norda Alliance.\n\n**Members**\n\n- **Kestrel Data**, which hosts the model;\n- **Fjell Labs** and **Orra AI**, named as early partners.';
    expect(members(alliance)).toEqual(['Fjell Labs → Norda Alliance', 'Kestrel Data → Norda Alliance', 'Orra AI → Norda Alliance']);
    const teams = 'The teams led by Kestrel Data and Orra AI were picked.\n\n## The five teams\n\n- **Kestrel Data** is building a speech model.\n- **Orra AI** will focus on robotics.';
    expect(members(teams)).toEqual(['Kestrel Data → Kestrel Data consortium', 'Orra AI → Orra AI consortium']);
  });

  it('reads "X will lead a consortium of eight companies, including A and B" as one team, X leading', () => {
    const body = 'Fjordtek will lead a consortium of eight companies, including Norvik Labs and Havsul AI.';
    expect(leaders(body)).toEqual(['Fjordtek → Fjordtek consortium']);
    expect(members(body)).toEqual(['Fjordtek → Fjordtek consortium', 'Havsul AI → Fjordtek consortium', 'Norvik Labs → Fjordtek consortium']);
    // With no leader before it, the consortium is still its members' own.
    expect(leaders('A consortium of Norvik Labs and Havsul AI won the tender.')).toEqual([]);
    expect(leaders('Fjordtek said the ministry will lead a consortium of eight companies, including Norvik Labs and Havsul AI.')).toEqual([]);
  });

  it('reads "A and B joined X\'s consortium" as both joining X\'s team', () => {
    for (const body of ["Norvik Labs and Havsul AI joined Fjordtek's consortium.", "Norvik Labs and Havsul AI joined Fjordtek Labs' consortium."]) {
      const leader = body.includes('Labs\'') ? 'Fjordtek Labs' : 'Fjordtek';
      expect(members(body)).toEqual([`${leader} → ${leader} consortium`, `Havsul AI → ${leader} consortium`, `Norvik Labs → ${leader} consortium`]);
    }
  });

  it('reads "X was chosen to lead the project, with A and B as partners" and "X assembled a team of A and B" as X leading A and B', () => {
    for (const body of ['Fjordtek was chosen to lead the project, with Norvik Labs and Havsul AI as partners.', 'Fjordtek assembled a team of Norvik Labs and Havsul AI.']) {
      expect(leaders(body)).toEqual(['Fjordtek → Fjordtek consortium']);
      expect(members(body)).toEqual(['Fjordtek → Fjordtek consortium', 'Havsul AI → Fjordtek consortium', 'Norvik Labs → Fjordtek consortium']);
    }
  });

  it('names a team "T, a team made up of A, B and C" after T', () => {
    expect(members('The prize goes to Skarvlink, a team made up of Norvik Labs, Havsul AI and the Orra Institute.')).toEqual([
      'Havsul AI → Skarvlink',
      'Norvik Labs → Skarvlink',
      'Orra Institute → Skarvlink',
    ]);
  });
});

describe('members after a team’s leaders', () => {
  const team = (kinds: string) => `The Orvane consortium, coordinated by Kestrel University, brings together ${kinds} Brisk Labs, Tern Systems and Ulmen Data.`;

  it('reads the names after the kinds of member counted ("20 institutions, including A, B and C")', () => {
    for (const kinds of [
      'more than 20 European research institutions, companies and supercomputing centres, including',
      '12 partners, including',
      'nine labs and centers, among them',
      'five organisations including',
    ]) {
      expect(readerRelationsOf(articleOf(team(kinds)), 'MEMBER_OF')).toEqual(['Brisk Labs → Orvane', 'Kestrel University → Orvane', 'Tern Systems → Orvane', 'Ulmen Data → Orvane']);
    }
  });

  it('reads the members after a co-leader too ("coordinated by X and co-led by Y, brings together …")', () => {
    const body = 'The Orvane consortium, coordinated by Kestrel University and co-led by Halden AI, brings together 20 institutions, including Brisk Labs and Tern Systems.';
    expect(leaders(body)).toEqual(['Halden AI → Orvane', 'Kestrel University → Orvane']);
    expect(members(body)).toEqual(['Brisk Labs → Orvane', 'Halden AI → Orvane', 'Kestrel University → Orvane', 'Tern Systems → Orvane']);
  });

  it('names a team that opens a sentence without its article ("The Orvane Initiative, led by A and B, …")', () => {
    expect(leaders('The Orvane Initiative, led by Kestrel University and Brisk Labs, released its first model.')).toEqual(['Brisk Labs → Orvane Initiative', 'Kestrel University → Orvane Initiative']);
  });
});

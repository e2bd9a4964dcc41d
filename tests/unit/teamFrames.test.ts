import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/** Teams that are projects, hubs and AI factories rather than "consortia"; every name here is invented. */
const facts = (body: string) => extractFacts(articleOf(body));
const members = (body: string): string[] => relationsOf(facts(body), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(facts(body), 'LEADS');

describe('named projects, hubs and factories as teams', () => {
  const project = [
    'Two Faroese groups, Tormod Language Lab and the University of Vestmanna, have joined Skerry, an EU-funded research project to build open language models for small Nordic languages.',
    'The consortium counts nine partners.',
    'It is coordinated by Uppsala Data Institute, and its members include Kalmar Robotics, the Oulu Speech Centre and Bergen Text Foundation.',
  ].join(' ');

  it('makes a project the subjects joined a team, with later members and the coordinator "it" names', () => {
    expect(members(project)).toEqual([
      'Bergen Text Foundation → Skerry',
      'Kalmar Robotics → Skerry',
      'Oulu Speech Centre → Skerry',
      'Tormod Language Lab → Skerry',
      'University of Vestmanna → Skerry',
      'Uppsala Data Institute → Skerry',
    ]);
    expect(leaders(project)).toEqual(['Uppsala Data Institute → Skerry']);
  });

  it('adds nothing for a project nobody is stated to take part in', () => {
    const body = 'Skerry, an EU-funded research project, will publish its first model next spring. Uppsala Data Institute said the release was on track.';
    expect(namesOf(facts(body), 'Consortium')).toEqual([]);
    expect(members(body)).toEqual([]);
  });

  it('does not take a programme described in apposition for a team', () => {
    const body = 'Data Isle, a national research programme hosted by the University of Corrin, has joined the Pallas Network with Corrin Telecom.';
    expect(namesOf(facts(body), 'Consortium')).not.toContain('Data Isle');
  });

  it('reads "A and B will join C and D as founding partners of the T Hub"', () => {
    expect(members('Governor Ana Reyes said Lattice Systems and Quorum Cloud will join Marlow University and Brightwater Labs as founding partners of the Marlow AI Hub, a research and start-up centre.')).toEqual([
      'Brightwater Labs → Marlow AI Hub',
      'Lattice Systems → Marlow AI Hub',
      'Marlow University → Marlow AI Hub',
      'Quorum Cloud → Marlow AI Hub',
    ]);
  });

  it('reads "X, which …, is joined in the venture by A" as X\'s team', () => {
    const body = 'Kestrel Compute, which was founded last year by two former chip designers, is joined in the venture by Arden Networks as connectivity partner.';
    expect(members(body)).toEqual(['Arden Networks → Kestrel Compute consortium', 'Kestrel Compute → Kestrel Compute consortium']);
    expect(leaders(body)).toEqual(['Kestrel Compute → Kestrel Compute consortium']);
  });

  it('makes the bullet whose description says it coordinates the team its leader', () => {
    const body = [
      'The Corrin AI Factory consortium comprises:',
      '- Corrin Innovation Foundation, which coordinates the AI Factory and runs the help desk;',
      '- the University of Corrin, which brings research teams;',
      '- Isle Compute, which operates the machine.',
    ].join('\n');
    expect(leaders(body)).toEqual(['Corrin Innovation Foundation → Corrin AI Factory']);
    expect(members(body)).toContain('Isle Compute → Corrin AI Factory');
  });

  it('reads a table whose columns are the factory and who leads or hosts it', () => {
    const body = [
      '| Country | AI Factory | Led by / hosted at | Priorities |',
      '|---|---|---|---|',
      '| Andorra | ANDAI | Pyrene Computing Institute, with regional universities | Tourism and health |',
      '| Malta | MaltAI | University of Valletta North | Language models |',
      '| Monaco | (to be named) | To be confirmed | Not detailed |',
    ].join('\n');
    expect(leaders(body)).toEqual(['Pyrene Computing Institute → ANDAI', 'University of Valletta North → MaltAI']);
  });

  it('reads "Led by A in partnership with B and C, NAME will …" and "Led by A, NAME will …"', () => {
    const facts = (body: string) => extractFacts(articleOf(body));
    const trails = facts('Led by Corrin University in partnership with Isle Polytechnic, Manx College and Orsk Institute, HALDEN will study trustworthy AI.');
    expect(relationsOf(trails, 'LEADS')).toEqual(['Corrin University → HALDEN']);
    expect(relationsOf(trails, 'MEMBER_OF')).toHaveLength(4);
    expect(relationsOf(facts('Led by Corrin University, SKARN will develop agents for cyber defence.'), 'LEADS')).toEqual(['Corrin University → SKARN']);
  });

  it('does not hand a fronted "Coordinated by A" to a team in view when the clause names another subject', () => {
    const body = 'The Corrin AI Factory consortium comprises:\n- Isle Compute, which operates the machine;\n- Corrin Data, which trains the models.\n\nCoordinated by Manx University and hosted at a local data centre, MANXAI lists health among its priorities.';
    expect(relationsOf(extractFacts(articleOf(body)), 'LEADS')).not.toContain('Manx University → Corrin AI Factory');
  });

  it('reads "The founding members alongside the ministry are A, B and C" after "… launched the Partnership for X"', () => {
    const body = 'The minister launched the Partnership for Open Island AI on Monday. The founding members alongside the ministry are Islecom Networks, Corrin Data Systems and Manx Labs.';
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual([
      'Corrin Data Systems → Partnership for Open Island AI',
      'Islecom Networks → Partnership for Open Island AI',
      'Manx Labs → Partnership for Open Island AI',
    ]);
  });

  it('gives a team the short form the text introduces ("… Consortium, known as HSC," or "(HSC)")', () => {
    for (const body of ['The Halden Safety Consortium, known as HSC, has more than 200 members. Its members include Islecom Networks, Corrin Data Systems and Manx Labs.', 'The Halden Safety Consortium (HSC) has more than 200 members. Its members include Islecom Networks, Corrin Data Systems and Manx Labs.']) {
      const team = extractFacts(articleOf(body)).entities.find((e) => e.label === 'Consortium');
      expect(team?.aliases).toContain('HSC');
    }
  });

  it('reads member bullets written with "*" as the bullet, emphasis or not', () => {
    const body = ['The Halden consortium comprises:', '* **Islecom Networks**, the operator;', '* Corrin Data Systems, the cloud provider.'].join('\n');
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual(['Corrin Data Systems → Halden', 'Islecom Networks → Halden']);
  });

  it('reads "… partners have signed on to the X pilot. Among them:" and the bullets after it', () => {
    const body = ['The agency says 25 private-sector partners have signed on to the Halden pilot. Among them:', '', '- Islecom Networks', '- Corrin Data Systems', '- Manx Labs'].join('\n');
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual(['Corrin Data Systems → Halden pilot', 'Islecom Networks → Halden pilot', 'Manx Labs → Halden pilot']);
  });

  it('keeps "Besides lead company X, the consortium includes …" about X\'s consortium, not a project named X', () => {
    const body = 'The ministry signed an agreement with the Islecom Networks consortium, confirming the group as operator. Besides lead company Islecom Networks, the consortium includes Corrin Data Systems and Manx Labs.';
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Islecom Networks → Islecom Networks consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toContain('Manx Labs → Islecom Networks consortium');
  });

  it('names the team "A and B co-lead the Helios alliance" speaks of Helios, led by both', () => {
    for (const body of ['Orvane Labs and Quillon Works co-lead the Helios alliance, which will build a Greek language model.', 'Orvane Labs and Quillon Works are jointly leading the Helios consortium.']) {
      const found = extractFacts(articleOf(body));
      expect(relationsOf(found, 'LEADS')).toEqual(['Orvane Labs → Helios', 'Quillon Works → Helios']);
      expect(relationsOf(found, 'MEMBER_OF')).toEqual(['Orvane Labs → Helios', 'Quillon Works → Helios']);
    }
    // A demonym before the noun names no team: the leaders' consortium it stays.
    expect(leaders('Orvane Labs and Quillon Works co-lead the Greek consortium, which also includes Brask Systems.')).toEqual(['Orvane Labs → Orvane Labs consortium', 'Quillon Works → Orvane Labs consortium']);
  });

  it('reads "X launched the Helios alliance with A and B" as three members, and one founder alone as none', () => {
    expect(members('Brask Systems launched the Helios alliance with Orvane Labs and Quillon Works to build a Greek language model.')).toEqual([
      'Brask Systems → Helios',
      'Orvane Labs → Helios',
      'Quillon Works → Helios',
    ]);
    expect(members('Brask Systems launched the Helios alliance in May to build a Greek language model. Orvane Labs sells chips.')).toEqual([]);
  });

  it('reads "The Helios project is run by X with A and B" as X leading Helios, but not a machine "run by" its operator', () => {
    const project = 'The Helios project is run by Brask Systems with Orvane Labs and Quillon Works.';
    expect(leaders(project)).toEqual(['Brask Systems → Helios']);
    expect(members(project)).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Quillon Works → Helios']);
    expect(leaders('The supercomputer, named Helios, opened in May. It will be run by Brask Systems with Orvane Labs.')).toEqual([]);
  });

  it('keeps an organisation described as "a partner in the Helios project" a member, not a project', () => {
    const found = extractFacts(articleOf('Orvane Labs, a partner in the Helios project, will host the model.'));
    expect(namesOf(found, 'Organization')).toEqual(['Orvane Labs']);
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(['Orvane Labs → Helios']);
  });

  it('reads "the Helios consortium" as its own name when Helios is otherwise only its members\' title ("Helios partner X")', () => {
    const body = 'The Helios consortium will build a Greek model. Helios partner Orvane Labs will host it.';
    expect(leaders(body)).toEqual([]);
    expect(members(body)).toEqual(['Orvane Labs → Helios']);
  });

  it('reads "X joined Helios as its tenth member" as a membership, but not joining a company "as a partner"', () => {
    expect(members('Orvane Labs joined Helios as its tenth member.')).toEqual(['Orvane Labs → Helios']);
    expect(members('Orvane Labs joined Microsoft as a partner.')).toEqual([]);
  });

  it('reads members stated of a name: "Among Helios\'s members are", "Participants in Helios include", "Helios counts … among its members"', () => {
    const both = ['Brask Systems → Helios', 'Orvane Labs → Helios'];
    expect(members("Among Helios's members are Orvane Labs and Brask Systems.")).toEqual(both);
    expect(members('Participants in Helios include Orvane Labs and Brask Systems.')).toEqual(both);
    // (A noun for members opening the sentence is no part of the name after it.)
    expect(members('Members of Helios include Orvane Labs and Brask Systems.')).toEqual(both);
    expect(members('Helios counts Orvane Labs and Brask Systems among its members.')).toEqual(both);
    // A company's partners are its business partners; a company the gazetteer knows has no members.
    expect(members("Among Kesh's partners are Orvane Labs and Brask Systems.")).toEqual([]);
    expect(members("Among Microsoft's members are Orvane Labs and Brask Systems.")).toEqual([]);
    // Partners do join a name another sentence made a team; "partners in Helios" also says "the Helios consortium" is Helios's own name.
    expect(members('The Helios consortium will build the model. Partners in Helios include Orvane Labs and Brask Systems.')).toEqual(both);
  });

  it('gives the members stated of a short form to the team of its long name', () => {
    const body = 'Five hospitals formed the Kelp Health Network (KHN), a consortium. The founding members of KHN are Orvane Clinic and Brask Medical Centre.';
    expect(members(body)).toEqual(['Brask Medical Centre → Kelp Health Network', 'Orvane Clinic → Kelp Health Network']);
  });

  it('reads "X will work alongside A and B in the Helios consortium" and "X is partnering with A and B on the Helios project" as the named team\'s members, none leading', () => {
    const three = ['Brask Systems → Helios', 'Orvane Labs → Helios', 'Quillon Works → Helios'];
    for (const body of ['Orvane Labs will work alongside Brask Systems and Quillon Works in the Helios consortium.', 'Orvane Labs is partnering with Brask Systems and Quillon Works on the Helios project.']) {
      expect(members(body)).toEqual(three);
      expect(leaders(body)).toEqual([]);
    }
    expect(members('Orvane Labs is working with Brask Systems on a new chip.')).toEqual([]);
  });
});

describe('a team introduced as a joint effort', () => {
  it('makes every organisation that "makes up" the effort its member', () => {
    const body = 'Aarhus University, Orrin University and the Alexandra Institute make up DFM, a joint effort to build open Danish models.';
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual(['Aarhus University → DFM', 'Alexandra Institute → DFM', 'Orrin University → DFM']);
  });


  it('names the team after "the Open Platform for Enterprise Agents (OPEA), a collaborative effort", not after who announced it', () => {
    const body = 'Kesh Foundation today announced the Open Platform for Enterprise Agents (OPEA), a collaborative effort to define open building blocks. Founding members include Orrin Cloud, Velmar Systems and Brask Steel.';
    expect(relationsOf(extractFacts(titledArticle('Kesh Foundation unveils Open Platform for Enterprise Agents', body)), 'MEMBER_OF')).toEqual([
      'Brask Steel → Open Platform for Enterprise Agents',
      'Orrin Cloud → Open Platform for Enterprise Agents',
      'Velmar Systems → Open Platform for Enterprise Agents',
    ]);
  });
});

describe('organisations counted among a team’s members', () => {
  it('reads "A, B and C are among nine companies in the X-led consortium" as members of X’s team', () => {
    const body = 'Ulmen Motors, Brisk Electric and Tern Devices are among nine companies in the Kestrel Labs-led consortium.';
    expect(readerRelationsOf(articleOf(body), 'MEMBER_OF')).toEqual([
      'Brisk Electric → Kestrel Labs consortium',
      'Kestrel Labs → Kestrel Labs consortium',
      'Tern Devices → Kestrel Labs consortium',
      'Ulmen Motors → Kestrel Labs consortium',
    ]);
  });

  it('reads "among nine companies in" a named team as well as "among the companies in" it', () => {
    expect(readerRelationsOf(articleOf('Ulmen Motors and Brisk Electric are among nine companies in the Helios consortium.'), 'MEMBER_OF')).toEqual(['Brisk Electric → Helios', 'Ulmen Motors → Helios']);
  });
});

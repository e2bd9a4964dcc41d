import { extractFacts } from '../../src/ingest/extract';
import { findArticleProject } from '../../src/ingest/extract/articleProject';
import { findOrgCandidates } from '../../src/ingest/extract/findOrgCandidates';
import { describedTeamInHeading, teamInHeading } from '../../src/ingest/extract/headingTeams';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * How news reports state who is in a team and who leads it: the project named
 * as the sentence's subject, a fronted "Alongside X", a table of centres, a
 * heading over member bullets, a list sentence naming its network, a head word
 * pointing back to a centre named in full, a venture two firms launched, two or
 * three partners joined by dashes, and a clause saying who leads. Every name is invented.
 */
const readers = (title: string, body: string, type = 'MEMBER_OF'): string[] => readerRelationsOf(titledArticle(title, body), type);
const all = (title: string, body: string, type = 'MEMBER_OF'): string[] => relationsOf(extractFacts(titledArticle(title, body)), type);
const teams = (title: string, body: string): string[] =>
  extractFacts(titledArticle(title, body))
    .entities.filter((e) => e.label === 'Consortium')
    .map((e) => e.name);

describe('a project named as the subject of "was led by"', () => {
  const body = [
    'A research consortium that spent three years on a driverless lorry presented its results on Wednesday.',
    'The project, KESTREL-L4 (Kestrel Automated Transport between Logistics Centres on Highways at Level 4), was led by Marsk Truck & Bus and brought together twelve partners.',
    'Alongside Marsk, the consortium comprised brake specialist Kvarn, wiring and cable maker Orvik, Brenna Systems and the start-up Tallin.',
    'KESTREL-L4 ends with the project.',
  ].join(' ');

  it('makes the leader lead the team behind the project, and the fronted list its members', () => {
    expect(readers('KESTREL-L4 closes', body, 'LEADS')).toEqual(['Marsk Truck & Bus → KESTREL-L4 consortium']);
    expect(readers('KESTREL-L4 closes', body)).toEqual(
      expect.arrayContaining(['Brenna Systems → KESTREL-L4 consortium', 'Kvarn → KESTREL-L4 consortium', 'Orvik → KESTREL-L4 consortium', 'Tallin → KESTREL-L4 consortium']),
    );
  });

  it('does not name a team after the organisation a fronted "Alongside" mentions', () => {
    expect(teams('KESTREL-L4 closes', body)).not.toContain('Marsk');
    expect(teams('Consortium grows', 'Alongside Marsk Systems, the consortium of eight firms includes Kvarn Labs and Orvik Robotics.')).not.toContain('Marsk Systems');
  });
});

describe('a table of centres', () => {
  const body = [
    'Two of the new national centres are summarised below.',
    '| Centre | Host and leadership | Partners (examples) | Focus |',
    '|---|---|---|---|',
    '| TRELLIS – The Centre for Trustworthy AI | Hosted by Orvik University; led jointly by Orvik University, Kvarn Institute and Brenna Computing Center | 70 partners in total, among them the climate institute Tallin Climate Research | Safe AI |',
    '| Moorfield | Marsk Research Laboratory | Kestrel University; Brenna Computing Center | Machine learning |',
  ].join('\n');

  it('reads each row’s centre as a team, the leadership cell’s organisations as its leaders and the partners cell as members', () => {
    expect(readers('Centres named', body, 'LEADS')).toEqual([
      'Brenna Computing Center → TRELLIS',
      'Kvarn Institute → TRELLIS',
      'Marsk Research Laboratory → Moorfield',
      'Orvik University → TRELLIS',
    ]);
    expect(readers('Centres named', body)).toEqual(expect.arrayContaining(['Tallin Climate Research → TRELLIS', 'Kestrel University → Moorfield', 'Brenna Computing Center → Moorfield']));
  });
});

describe('a table of schools, its leader column "Run by" and members column "Named partners"', () => {
  it('reads each school as a team led by the organisation that runs it', () => {
    const body = [
      'Three schools won funding.',
      '',
      '| School | Run by | Named partners | Focus |',
      '|---|---|---|---|',
      '| KESTREL (Kestrel School of Learning) | Orvik University | Kvarn University, Brenna Institute for Informatics | Machine learning |',
      '| TALLIN | Marsk University | Tessel University | Embedded AI |',
    ].join('\n');
    expect(all('Schools funded', body)).toEqual(expect.arrayContaining(['Kvarn University → KESTREL', 'Brenna Institute for Informatics → KESTREL', 'Tessel University → TALLIN']));
    expect(all('Schools funded', body, 'LEADS')).toEqual(expect.arrayContaining(['Orvik University → KESTREL', 'Marsk University → TALLIN']));
  });
});

describe('a roles table whose rows say who co-leads', () => {
  it('makes a row whose role opens on "Co-leads" or "Hosts" a leader of the team the heading names', () => {
    const body = [
      'KESTREL is a collaboration of three partners.',
      '| Organisation | Role in KESTREL |',
      '|---|---|',
      '| Orvik University | Hosts the centre and its data portal |',
      '| Kvarn Society (KS) | Co-leads; brings clinical networks |',
      '| Brenna Association | Co-leads; brings imaging expertise |',
    ].join('\n');
    expect(readers('Imaging centre', body, 'LEADS')).toEqual(['Brenna Association → KESTREL', 'Kvarn Society → KESTREL', 'Orvik University → KESTREL']);
  });
});

describe('member bullets under a heading', () => {
  const body = [
    'We reviewed two projects.',
    '**Project 1: the smart-sprayer consortium**',
    '- Members: Orvik Labs, Kvarn Growers and Brenna Seeds.',
    '- Money: a C$26 million project.',
    '**Project 2: the yellow pea consortium**',
    '- Members: Tallin Systems, Marsk Seeds and Kestrel Farms.',
    '- Goal: pea varieties with more protein.',
  ].join('\n');

  it('puts each list in the team its heading describes', () => {
    const found = readers('Prairie consortia', body);
    expect(found).toEqual(expect.arrayContaining(['Orvik Labs → smart-sprayer consortium', 'Tallin Systems → yellow pea consortium']));
    expect(found.filter((pair) => pair.startsWith('Kestrel Farms'))).toEqual(['Kestrel Farms → yellow pea consortium']);
  });

  it('reads the other labelled fields of a member list as fields, not members', () => {
    expect(readers('Prairie consortia', body).some((pair) => /^(?:Money|Goal) /.test(pair))).toBe(false);
  });

  it('takes a heading’s numbered label for no name, and a described team for one', () => {
    expect(teamInHeading('**Project 2: the yellow pea consortium**')).toBeUndefined();
    expect(describedTeamInHeading('**Project 2: the yellow pea consortium**')).toBe('yellow pea consortium');
    expect(describedTeamInHeading('## The new consortium')).toBeUndefined();
    expect(teamInHeading('**2. KESTRELNET: reinforcement learning meets the grid**')).toBe('KESTRELNET');
    expect(teamInHeading('**LIVE: reporters gather**')).toBeUndefined();
  });
});

describe('"the project" in a section a heading names', () => {
  const body = [
    '**1. ORVIKA: voice assistants that behave**',
    'Sixteen organisations met to kick off ORVIKA, a research project.',
    '---',
    '**2. KESTRELNET: reinforcement learning meets the control room**',
    'Operators share a problem.',
    'The project is led by Kvarn Institute, the research institute in Porto.',
    'Joining it are Brenna Polytechnic and Tallin University of Applied Sciences.',
  ].join('\n');

  it('makes the leader lead the team the heading names', () => {
    expect(readers('Lab notes #41', body, 'LEADS')).toContain('Kvarn Institute → KESTRELNET');
  });
});

describe('a list sentence naming the network its bullets join', () => {
  const body = [
    'Orvik Trucks and Kvarn Motors ended their programme on Monday.',
    'The statement did not mention the Orvik Freight Network (OFN), which the company launched in 2020 with four logistics partners:',
    '- Brenna Parcel, the parcel carrier;',
    '- Tallin Leasing, which helps scale the fleet;',
    '- Marsk Company, the food distributor.',
  ].join('\n');

  it('makes the bullets members of that network', () => {
    expect(readers('Trucking tie-up ends', body)).toEqual(
      expect.arrayContaining(['Brenna Parcel → Orvik Freight Network', 'Marsk Company → Orvik Freight Network', 'Tallin Leasing → Orvik Freight Network']),
    );
  });
});

describe('a head word pointing back to a body named in full', () => {
  const body = [
    'Announced in August, the Kestrel Training Centre in Plant Biosecurity will train researchers.',
    'Orvik University leads the Centre, with Brenna University providing the co-director.',
  ].join(' ');

  it('makes the team the body named before, when the sentence says who leads or belongs to it', () => {
    expect(teams('Biosecurity centre', body)).toContain('Kestrel Training Centre in Plant Biosecurity');
    expect(teams('Biosecurity centre', body)).not.toContain('Centre');
  });
});

describe('ventures and partnerships news reports name', () => {
  it('makes the firms that launched a named joint venture its members, and "will lead the joint venture" its leader', () => {
    const body = [
      'On 8 December, Orvik, the Marsk Group’s software company, and Beijing-based chip developer Kvarn Robotics formally launched Orvikon, the joint venture first announced last year.',
      'Orvikon is headquartered in Beijing.',
      'The company will develop driver assistance systems.',
      'Its first product ships next year.',
      'Analysts expect sales in 2026.',
      'Prices were not disclosed.',
      'As majority owner, Orvik will lead the joint venture.',
    ].join(' ');
    expect(readers('Orvikon launched', body)).toEqual(expect.arrayContaining(['Kvarn Robotics → Orvikon', 'Orvik → Orvikon']));
    expect(readers('Orvikon launched', body, 'LEADS')).toEqual(['Orvik → Orvikon']);
  });

  it('builds a team from two or three partners joined by dashes when none holds them', () => {
    const body = 'Orvik Grid and Kvarn Cloud signed a deal. The Orvik-Kvarn partnership will forecast demand. Separately, carmakers Brenna Motors, Tallin Cars and Marsk Robotics tested cars: the Brenna-Tallin-Marsk robotaxi project starts in May.';
    const found = all('Grid deals', body);
    expect(found).toEqual(expect.arrayContaining(['Kvarn Cloud → Orvik-Kvarn partnership', 'Orvik Grid → Orvik-Kvarn partnership']));
    expect(found).toEqual(expect.arrayContaining(['Brenna Motors → Brenna-Tallin-Marsk robotaxi project', 'Marsk Robotics → Brenna-Tallin-Marsk robotaxi project', 'Tallin Cars → Brenna-Tallin-Marsk robotaxi project']));
  });

  it('names no team after one side of a dashed pair a membership sentence mentions', () => {
    const body = "Orvik Health runs clinics in Marsk. The work was carried out through the Orvik–Kvarnly research partnership, with Kvarnly joining the provider to measure outcomes. Kvarnly's engineers wrote the code.";
    expect(teams('Clinics', body)).not.toContain('Kvarnly');
    expect(all('Clinics', body)).toEqual(expect.arrayContaining(['Kvarnly → Orvik–Kvarnly research partnership']));
  });

  it('builds none when a side names no organisation of the article', () => {
    expect(teams('Trial', 'Orvik Grid ran the Orvik-Kestrel trial with Brenna Labs.')).not.toContain('Orvik-Kestrel trial');
  });
});

describe('a team the text refers to by what it does', () => {
  it('answers to the phrase ("the robotaxi joint venture"), but not to one any team could have', () => {
    const body = 'Orvik Motors and Kvarn Robotics launched Orvikan, a joint venture, in May. The robotaxi joint venture will start in Beijing. The new venture plans 1,000 cars.';
    const orvikan = extractFacts(titledArticle('Robotaxi venture', body)).entities.find((e) => e.name === 'Orvikan');
    expect(orvikan?.aliases).toContain('robotaxi joint venture');
    expect(orvikan?.aliases).not.toContain('new venture');
  });
});

describe('a centre the text calls by its short form', () => {
  it('makes the short form after "called …, or" the article’s project', () => {
    const body = [
      'A new research centre based at Orvik University will combine physics with machine learning.',
      'The foundation has awarded Orvik a $25 million grant to set up the centre, called Learning the Climate with Physics, or KLIMA.',
      'The Kvarn Center for Atmospheric Research has signed up. Joining them are Brenna University and Tallin University.',
      'KLIMA will publish open code.',
    ].join(' ');
    expect(teams('Climate centre opens', body)).toContain('KLIMA consortium');
  });

  it('makes a centre "called" by name after "a" the project', () => {
    const article = titledArticle('A new centre for Kvarn', 'Orvik announced a Centre for Generative AI, called Srikan, at Kvarn Institute. Orvik brings the money.');
    const registry = new OrgRegistry();
    findOrgCandidates(article, registry);
    expect(findArticleProject(article, registry)).toBe('Srikan');
  });
});

describe('a name after a team noun and a comma', () => {
  it('names the team when it is an appositive, not when it is the subject of the next clause', () => {
    expect(teams('Compute grows', 'New York’s publicly funded computing consortium, Orvik AI, is set to grow. Kvarn University and Brenna University joined it.')).toContain('Orvik AI');
    const body = 'As part of the research consortium, Orvik is committing $50 million. Kvarn University is a founding partner of the consortium, alongside Brenna University and Tallin University.';
    expect(teams('Orvik funds universities', body)).not.toContain('Orvik');
  });
});

describe('where a member sits is no member', () => {
  it('leaves out a place after "near" and a unit after "through its" in a membership sentence', () => {
    const body = 'The Kestrel consortium met in May. Joining the Valencian institute are Orvik University through its Sant Brenna hospital group, Kvarn Clinic and Tallin Hospital near Milan.';
    const found = readers('Kestrel meets', body);
    expect(found).toEqual(expect.arrayContaining(['Kvarn Clinic → Kestrel', 'Tallin Hospital → Kestrel']));
    expect(found.some((pair) => /^(?:Milan|Sant Brenna) /.test(pair))).toBe(false);
  });
});

describe('the project an article is about', () => {
  it('is not a name that opens the clause after "the initiative,"', () => {
    const article = titledArticle('Universities join', [
      'As part of the research consortium, Orvik is committing $50 million.',
      'Kvarn University is a founding partner of the consortium, alongside Brenna University and Tallin University.',
      'As the organizations learn from the initiative, Orvik will explore opportunities to expand its reach.',
    ].join(' '));
    const registry = new OrgRegistry();
    findOrgCandidates(article, registry);
    expect(findArticleProject(article, registry)).not.toBe('Orvik');
  });
});

describe('who leads, said in a clause', () => {

  it('makes the organisation that "leads the centre" the leader of a team named after the centre', () => {
    const body = [
      'These are the labs of the Kestrel Centre for Logistics Robotics (KCLR), one of the centres set up under a city programme.',
      'KCLR opened in May 2020.',
      'The Orvik University (OU) leads the centre and provides its director.',
      'Joining OU as co-founder is Brenna University, whose robotics researchers bring expertise.',
    ].join(' ');
    expect(all('Who is behind the robotics centre', body, 'LEADS')).toEqual(['Orvik University → Kestrel Centre for Logistics Robotics']);
  });

  it('makes the organisation that "leads the effort" the leader of the article’s one team', () => {
    const body = [
      'The Kestrel Alliance brings together Orvik University, Brenna Institute and Tallin Labs.',
      'The alliance is directed by Jane Roe, an Orvik professor, and Orvik University leads the effort.',
    ].join(' ');
    expect(all('Alliance starts', body, 'LEADS')).toEqual(['Orvik University → Kestrel Alliance']);
  });

  it('makes both subjects of "A and B lead the network" leaders, and "X leads it" in an article about one team', () => {
    const network = 'The Kestrel Robotics Network brings together Orvik University, Brenna Labs and Tallin Robotics. Orvik University and Brenna Labs lead the network.';
    expect(all('Robots for farms', network, 'LEADS').sort()).toEqual(['Brenna Labs → Kestrel Robotics Network', 'Orvik University → Kestrel Robotics Network']);
    const it = 'The Kestrel Robotics Network brings together Orvik University, Brenna Labs and Tallin Robotics. Tallin Robotics leads it and hosts its office.';
    expect(all('Robots for farms', it, 'LEADS')).toEqual(['Tallin Robotics → Kestrel Robotics Network']);
  });

  it('makes "X has been chosen to coordinate" and "X is the project lead" a leader, but not a person', () => {
    const chosen = 'The Kestrel Imaging project brings together Orvik University, Brenna Labs and Tallin Clinic. Orvik University has been chosen to coordinate the project.';
    expect(all('Imaging project', chosen, 'LEADS')).toEqual(['Orvik University → Kestrel Imaging']);
    const lead = 'The Kestrel Imaging project brings together Orvik Labs, Brenna Labs and Tallin Clinic. Orvik Labs, which sells imaging software, is the project lead.';
    expect(all('Imaging project', lead, 'LEADS')).toEqual(['Orvik Labs → Kestrel Imaging']);
    const person = 'The Kestrel Imaging project brings together Orvik Labs, Brenna Labs and Tallin Clinic. Sara Lindqvist, a group leader at Orvik Labs, is the project lead.';
    expect(all('Imaging project', person, 'LEADS')).toEqual([]);
  });

  it('reads "Its partners are …" after a fronted participle as the partners of the sentence’s subject', () => {
    const body = 'The Kestrel Farm Network (KFN) is a not-for-profit organisation. Created in response to a federal call, KFN invests in automation projects. Its core partners are Orvik Labs, Brenna College and Tallin Foods.';
    expect(all('Network call', body)).toEqual(expect.arrayContaining(['Orvik Labs → KFN', 'Tallin Foods → KFN']));
    expect(teams('Network call', body)).not.toContain('Created consortium');
  });
});

describe('teams said in other words', () => {
  it('keeps the last item of a member list a member when an appositive describes it as a network', () => {
    const body = 'KESTREL is an interdisciplinary initiative. It joins scientists of the Orvik Institute of Astrophysics, the Universidad de Marsk, the Universidad Brenna and TESSNET, the national academic network, which provides the links.';
    expect(teams('KESTREL picked', body)).not.toContain('TESSNET');
    expect(all('KESTREL picked', body)).toEqual(expect.arrayContaining(['TESSNET → KESTREL consortium', 'Universidad de Marsk → KESTREL consortium']));
  });

  it('reads "It is a partnership between …" as the team the sentence before opened on', () => {
    const body = [
      'Kestrel Insights, a cloud platform that sorts camera-trap photographs, went public on Monday.',
      'It is a partnership between Orvik and seven conservation organisations.',
      'The Brenna Foundation funded the launch.',
    ].join(' ');
    expect(all('Kestrel Insights launches', body)).toContain('Orvik → Kestrel Insights');
    expect(teams('Kestrel Insights launches', body)).not.toContain('Brenna Foundation consortium');
  });

  it('makes the partners a subject "will work with" to set up a centre its members, whoever the subject is', () => {
    const body = 'The state government will work with chipmaker Orvik, the International Institute of Information Technology, Pune (IIIT-P) and Kvarn Labs to set up a Centre for Research in Applied AI.';
    expect(all('State deals', body)).toEqual(
      expect.arrayContaining([
        'Orvik → Centre for Research in Applied AI',
        'International Institute of Information Technology, Pune → Centre for Research in Applied AI',
        'Kvarn Labs → Centre for Research in Applied AI',
      ]),
    );
  });

  it('reads "The X Fellowships partners include … such as A, B and C" as X’s members, but not "Founding members are …"', () => {
    const body = 'The KESTREL Fellowships partners include technology companies such as Orvik, Kvarnsoft and Brenna Audio, and non-profits like the Tallin Foundation.';
    expect(all('KESTREL fellowships', body)).toEqual(expect.arrayContaining(['Orvik → KESTREL Fellowships', 'Tallin Foundation → KESTREL Fellowships']));
    const alliance = 'The Kestrel Alliance was formed on Monday to build humanoid robots. Academic members include Orvik University, the Kvarn Institute of Technology and Brenna University.';
    expect(all('Alliance formed', alliance)).toContain('Brenna University → Kestrel Alliance');
  });

  it('builds a dashed pair’s team when "AI" describes what they do together', () => {
    const body = 'Orvik and Kvarnture signed a deal. Under the proposal, Kvarnture would own 60 per cent of the Orvik-Kvarnture AI joint venture and Orvik 40 per cent.';
    expect(all('Deal signed', body)).toEqual(expect.arrayContaining(['Orvik → Orvik-Kvarnture AI joint venture', 'Kvarnture → Orvik-Kvarnture AI joint venture']));
  });

  it('reads an industry cluster companies sign up to as a team, answering to "the SAVI cluster"', () => {
    const body = [
      'The emirate rolled out company sign-ups for its new Smart and Autonomous Vehicle Industry (SKAV) cluster this week.',
      'Orvik, the robotaxi developer, has signed up, and so has Kvarn Aviation.',
      'By Wednesday the cluster also counted Brenna Motors and Tallin Charge.',
      'Tallin Charge will open its headquarters inside the SKAV cluster.',
    ].join(' ');
    const team = extractFacts(titledArticle('Companies join SKAV cluster', body)).entities.find((e) => e.label === 'Consortium');
    expect([team?.name, ...(team?.aliases ?? [])]).toContain('SKAV cluster');
    expect(all('Companies join SKAV cluster', body)).toContain(`Orvik → ${team?.name}`);
  });

  it('reads a lab named as "a joint research laboratory" as the team of the organisations that opened it', () => {
    const body = 'Orvik and the Kvarn Polytechnic University (KPU) signed an agreement and inaugurated the Orvik AI Lab, a joint research laboratory dedicated to materials. The lab will be run by Orvik and KPU together.';
    expect(teams('Lab opens', body)).toContain('Orvik AI Lab');
  });

  it('lets the one team answer to the plain words the text calls it by, not to words any team or thing fits', () => {
    const body = [
      'Orvik Energy and Kvarn Labs formed a consortium to put AI into oil fields.',
      'According to the companies, the industrial AI partnership is organised around four themes.',
      'Kvarn Labs will also run a training programme and join a large partnership on safety.',
    ].join(' ');
    const team = extractFacts(titledArticle('Oil AI deal', body)).entities.find((e) => e.label === 'Consortium');
    expect(team?.aliases).toContain('industrial AI partnership');
    expect(team?.aliases).not.toContain('training programme');
    expect(team?.aliases).not.toContain('large partnership');
  });

  it('reads bullets under a line about several teams as teams named by their labels', () => {
    const body = [
      'A quick guide to the field, because the team names do not always tell you who is behind them:',
      '',
      '- KestrelRacing: the University of Orvik and the University of Brenna, joined by Tallin Institute of Technology.',
      '- MarskMOVE: led by Politecnico di Kvarn, with the University of Tessel as its partner.',
    ].join('\n');
    const found = all('Race day', body);
    expect(found).toEqual(expect.arrayContaining(['University of Orvik → KestrelRacing', 'Tallin Institute of Technology → KestrelRacing', 'University of Tessel → MarskMOVE']));
    expect(all('Race day', body, 'LEADS')).toContain('Politecnico di Kvarn → MarskMOVE');
  });

  it('reads "…, the X Lab is a collaboration between A and B" after a fronted phrase', () => {
    const fronted = 'In the northern region, the Kestrel AI Lab is a collaboration between the University of Orvik and the Brenna Institution of Science and Technology.';
    expect(all('Labs across the region', fronted)).toEqual(expect.arrayContaining(['University of Orvik → Kestrel AI Lab', 'Brenna Institution of Science and Technology → Kestrel AI Lab']));
  });

  it('reads "X brings together A, B and C" as X’s members when X opens the sentence', () => {
    const body = 'The Kestrel Data Science Centre (KDSC) brings together computing institutes at Orvik University, Brenna University and Tallin University.';
    expect(all('Centres', body)).toEqual(expect.arrayContaining(['Orvik University → Kestrel Data Science Centre', 'Tallin University → Kestrel Data Science Centre']));
  });

  it('lets a team named in full answer to the short form bracketed after it', () => {
    const body = 'The work on Kestrel Generative Systems (Ko-GenS) started in May. Kvarn Labs and Brenna Robotics are partners in Kestrel Generative Systems.';
    const team = extractFacts(titledArticle('Backing won', body)).entities.find((e) => e.label === 'Consortium' && [e.name, ...e.aliases].includes('Kestrel Generative Systems'));
    expect(team?.aliases).toContain('Ko-GenS');
  });

  it('makes the organisations that formed a body its members, whatever its name ends in, but not those that launch a product', () => {
    const formed = 'Orvik Systems, Talla Networks and Kestrel Labs formed the Brenna Promoter Group in May and announced a plan for an open standard.';
    expect(all('Chip makers form a group', formed)).toEqual(['Kestrel Labs → Brenna Promoter Group', 'Orvik Systems → Brenna Promoter Group', 'Talla Networks → Brenna Promoter Group']);
    expect(all('Cloud launch', 'Orvik Systems and Talla Networks launched the Brenna Cloud in May, and customers can rent it now.')).toEqual([]);
  });

  it('reads "X, the … body set up in 2016 by A, B and C" as X’s members, only when several set it up and it is no firm', () => {
    const body = 'The rights group Vanta Watch said on Monday that it had left the Brenna Partnership (BP), the multi-stakeholder body set up in 2016 by Orvik Systems, Talla Networks and Kestrel Labs.';
    expect(all('Rights group quits', body)).toEqual(expect.arrayContaining(['Kestrel Labs → Brenna Partnership', 'Orvik Systems → Brenna Partnership', 'Talla Networks → Brenna Partnership']));
    expect(all('An industry group', 'Kestrel Connect, the industry group set up in 2020 by Orvik Systems, meets twice a year.')).toEqual([]);
    expect(all('A fund', 'Zenara Capital, a technology investment firm founded by Orvik Holdings and Talla Group, has $10 billion to invest.')).toEqual([]);
  });

  it('reads "A and B became members of X" as X’s members whatever X’s name ends in, but not one member of an organisation', () => {
    expect(all('Platform grows', 'Orvik Software and Talla Networks became members of the Brenna Manufacturing Platform in May.')).toEqual([
      'Orvik Software → Brenna Manufacturing Platform',
      'Talla Networks → Brenna Manufacturing Platform',
    ]);
    expect(all('A university', 'Orvik University is a member of the Brenna Foundation, which funds it.')).toEqual([]);
  });

  it('reads "A, B and C teamed up to …" in the simple past as a team, but two that teamed up made a deal', () => {
    expect(all('Cloud', 'Orvik Systems, Talla Networks and Kestrel Labs teamed up to build a sovereign cloud.')).toEqual([
      'Kestrel Labs → Orvik Systems consortium',
      'Orvik Systems → Orvik Systems consortium',
      'Talla Networks → Orvik Systems consortium',
    ]);
    expect(all('Cloud', 'Orvik Systems and Talla Networks came together to build a sovereign cloud.')).toEqual(['Orvik Systems → Orvik Systems consortium', 'Talla Networks → Orvik Systems consortium']);
    expect(all('Cloud', 'Orvik Systems and Talla Networks teamed up to build a sovereign cloud.')).toEqual([]);
  });

  it('reads a "Carried by" column as the members of the team each row names', () => {
    const body = [
      'The state funds two competence centres for machine learning.',
      '',
      '| Centre | Location | Carried by | Research emphasis |',
      '|---|---|---|---|',
      '| KESTREL (Kestrel Institute for Learning) | Orvik | Orvik Technical University, Brenna University Hospital | Medical data |',
      '| Talla AI Center | Talla | University of Talla, Marsk Institute for Intelligent Systems | Robust learning |',
    ].join('\n');
    expect(all('Two centres', body)).toEqual([
      'Brenna University Hospital → KESTREL',
      'Marsk Institute for Intelligent Systems → Talla AI Center',
      'Orvik Technical University → KESTREL',
      'University of Talla → Talla AI Center',
    ]);
  });

  it('reads "A, B and C have signed on as members (or partners) of X" as X’s members', () => {
    const members = ['Kestrel Labs → Brenna Platform', 'Orvik Software → Brenna Platform', 'Talla Networks → Brenna Platform'];
    expect(all('Platform', 'Orvik Software, Talla Networks and Kestrel Labs have signed on as members of the Brenna Platform.')).toEqual(members);
    expect(all('Platform', 'Orvik Software, Talla Networks and Kestrel Labs have all signed on as partners of the Brenna Platform.')).toEqual(members);
    // (Partners of an organisation, said without joining, may be its business partners.)
    expect(all('Platform', 'Orvik Software, Talla Networks and Kestrel Labs are partners of the Brenna Platform.')).toEqual([]);
  });

  it('reads "the centre" and "the programme" as a team whose name spells them "Center" and "Program"', () => {
    const center = 'The Kestrel Robotics Center brings together Orvik University, Brenna Labs and Tallin Robotics. The centre is led by Tallin Robotics and hosts an annual summit.';
    expect(all('Robots', center, 'LEADS')).toEqual(['Tallin Robotics → Kestrel Robotics Center']);
    const program = 'The Kestrel Robotics Program brings together Orvik University, Brenna Labs and Tallin Robotics. The programme is led by Tallin Robotics and hosts an annual summit.';
    expect(all('Robots', program, 'LEADS')).toEqual(['Tallin Robotics → Kestrel Robotics Program']);
  });

  it('reads "participating organisations in X include A and B" and "member companies of X are A and B" as X’s members', () => {
    expect(all('Robots', 'Participating organisations in Kestrel include Orvik Pharma and Tallin Labs.')).toEqual(['Orvik Pharma → Kestrel', 'Tallin Labs → Kestrel']);
    expect(all('Robots', 'Member companies of Kestrel are Orvik Pharma and Tallin Labs.')).toEqual(['Orvik Pharma → Kestrel', 'Tallin Labs → Kestrel']);
  });

  it('reads "A, part of the X consortium, said" as a member, but "A, part of the Y Group" as owned', () => {
    expect(all('Robots', 'Orvik Pharma, part of the Kestrel consortium, said the model is ready.')).toEqual(['Orvik Pharma → Kestrel']);
    expect(all('Robots', 'Orvik Pharma and Tallin Labs, part of the Kestrel Alliance, said the model is ready.')).toEqual(['Orvik Pharma → Kestrel Alliance', 'Tallin Labs → Kestrel Alliance']);
    expect(all('Robots', 'Orvik Cloud, part of the Kestrel Group, said the model is ready.')).toEqual([]);
  });

  it('reads one new member a team "now has", "gained" or adds "with the addition of"', () => {
    expect(all('Robots', 'The Kestrel consortium now has a fourth member: Orvik Pharma.')).toEqual(['Orvik Pharma → Kestrel']);
    expect(all('Robots', 'The Kestrel Alliance gained a new member on Monday, Orvik Pharma.')).toEqual(['Orvik Pharma → Kestrel Alliance']);
    expect(all('Robots', 'The Kestrel consortium has grown to five members with the addition of Orvik Pharma.')).toEqual(['Orvik Pharma → Kestrel']);
    expect(all('Robots', 'Orvik Pharma has a new partner in Tallin Labs.')).toEqual([]);
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { findArticleProject } from '../../src/ingest/extract/articleProject';
import { FactSink } from '../../src/ingest/extract/factSink';
import { addTeamLongForms, spelledOut } from '../../src/ingest/extract/teamLongForms';
import { findOrgCandidates } from '../../src/ingest/extract/findOrgCandidates';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { expectAllJoin, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Which team the membership model's members join when no phrasing reader
 * placed them: the text's own team, a body spoken of with members, the team a
 * headline names; and where they do not go. Every name is invented.
 */
const article = titledArticle;
const members = (title: string, body: string): string[] => relationsOf(extractFacts(article(title, body)), 'MEMBER_OF');

describe('teams for the members the model finds', () => {
  it('folds a team the text describes without a name into the one team it names', () => {
    const body = [
      'Northern robotics laboratories began working together on Monday under a new umbrella, the Norda Robotics Network (NRN), a federally funded network for AI-driven machines.',
      'The ministry is putting 20 million euros into the network over four years.',
      'Four research organisations complete the core group: the Vella Institute, the Tindra Centre for Robotics, Orvik Labs and Brenna Robotics.',
      'A further 19 associated partners have signed up, the consortium said.',
    ].join(' ');
    // The readers alone, before the model adds anything.
    const found = readerRelationsOf(article('Robotics labs launch a national network', body), 'MEMBER_OF');
    expect(found).toEqual(expect.arrayContaining(['Orvik Labs → Norda Robotics Network', 'Vella Institute → Norda Robotics Network']));
    expect(found.filter((pair) => !pair.endsWith('→ Norda Robotics Network'))).toEqual([]);
  });

  it('puts members spoken of with a foundation into the team behind that foundation', () => {
    const body = [
      'Halden on Wednesday launched a not-for-profit foundation for open-source tools that test artificial intelligence.',
      'The Kestrel Verify Foundation was announced by the minister at a conference.',
      'Seven premier members sit at the top of the new foundation: Orvik Systems, Talla Cloud, Brenna Labs and Marsk Software.',
      'Under the foundation’s membership charter, every premier member appoints one representative to a governing committee.',
      'Membership is open to any organisation, and the foundation said it expected more members to join.',
    ].join(' ');
    const found = members('Halden rallies software makers behind a testing foundation', body);
    expectAllJoin(found, 'Kestrel Verify Foundation consortium');
  });

  it('names the team after the headline when the headline calls it a consortium', () => {
    const body = [
      'The Nordlys group released its first open model on Tuesday, trained on public data in all the region’s languages.',
      'Its members are Orvik University, Talla Labs, Brenna Institute of Technology and the University of Marsk, which have worked together since 2022.',
      'The partners said a larger model would follow next year.',
    ].join(' ');
    const found = members('Nordlys consortium releases 9B open model', body);
    expectAllJoin(found, 'Nordlys consortium');
  });

  it('leaves "a separate group including A, B and C" out of the team named before it', () => {
    const body = [
      'In Halden, a consortium led by Orvik Systems with Talla Cloud and Brenna Labs is preparing a bid.',
      'A separate group including Marsk Telecom, the Vella Supercomputing Centre and Tindra Engineering wants to build near the coast.',
    ].join(' ');
    const found = members('Two bids for the gigafactory', body);
    expect(found).toEqual(expect.arrayContaining(['Talla Cloud → Orvik Systems consortium']));
    expect(found.filter((pair) => /Marsk|Vella|Tindra/.test(pair))).toEqual([]);
  });

  it('keeps a newsletter\'s sections apart: members under one heading do not join the team of another', () => {
    const body = [
      '### Norway: a shared cloud',
      'The Fjord Compute Consortium brings together Orvik University, Talla Research and Brenna University.',
      '---',
      '### Chile: a regional centre',
      'The partners are the Universidad de Vella, the Universidad Tindra and the Universidad de Marsk, which have pooled their research groups.',
      'Each university appoints one member to the board.',
    ].join('\n\n');
    const found = members('The Sovereign Stack: Oslo and Santiago', body);
    expect(found).toEqual(expect.arrayContaining(['Talla Research → Fjord Compute Consortium']));
    expect(found.filter((pair) => /Universidad/.test(pair) && pair.endsWith('Fjord Compute Consortium'))).toEqual([]);
  });

  it('lets a later section on who took part go on with the only team, where the article opens on it, and not in a newsletter\'s later item', () => {
    const opening = [
      '## What got released',
      'Helion-2 is the second generation of open code models from **Kestrel**, the open scientific collaboration that Orvane Labs and Tessaly Cloud have jointly led since 2022.',
      '## The data',
      'The training set is built from a public archive of source code.',
      '## Who else was in the room',
      'Contributors this time include researchers from Pellin University, Corvid University, Belmar University and the Aster Institute of Technology.',
      '## Where to get it',
      'The weights are hosted by Halvard Cloud, Tindra Systems and Brask Networks.',
    ];
    const found = members('A weekend with Helion-2', opening.join('\n\n'));
    expect(found).toEqual(expect.arrayContaining(['Belmar University → Kestrel', 'Corvid University → Kestrel', 'Pellin University → Kestrel']));
    // (A later section that speaks of no one taking part does not.)
    expect(found.filter((pair) => /Halvard|Tindra|Brask/.test(pair))).toEqual([]);
    // The same team first named in a newsletter's third item keeps the first item's contributors out.
    const letter = [opening[4], opening[5], '## Item two', opening[3], '## Item three', opening[1]];
    expect(members('The Code Letter — Issue 12', letter.join('\n\n')).filter((pair) => /Pellin|Corvid|Belmar/.test(pair))).toEqual([]);
  });

  it('does not count a team the text only names (the programme funding the work) as a rival for the members', () => {
    const body = [
      'The Kestrel consortium, led by Orvane Pharma, pools assay data from Belmar Bio, Tessaly Therapeutics and Orvane Pharma. Each drugmaker keeps its own archive. None of them sees another firm\'s molecules. The models improve anyway.',
      'The technical work is spread across a second tier of partners. Corvid Labs, a small start-up in Lyon, provides the federated-learning framework.',
      'The Northern Medicines Consortium, a public-private programme of the European Commission and industry, pays half of the bill.',
    ].join('\n\n');
    const found = members('Drugmakers share data', body);
    expect(found).toEqual(expect.arrayContaining(['Corvid Labs → Kestrel']));
    expect(found.filter((pair) => pair.endsWith('Northern Medicines Consortium'))).toEqual([]);
  });

  it('takes no section label for a team ("**Background: the strong sense of crisis**")', () => {
    const body = [
      'The Kesh Humanoid Association (KHA), an industry-academia body building a domestic humanoid robot, said Orvane Robotics and Tessaly Electric have joined. Pellin University and Corvid Motors were introduced as its core members last year.',
      '**Background: the strong sense of crisis**',
      'Professor Mara Velden of the Aster Institute of Technology, who joined the talk online, warned that cheap foreign platforms are becoming the standard in laboratories. The members hope to change that.',
    ].join('\n\n');
    expect(members('Humanoid body grows', body).filter((pair) => pair.endsWith('→ Background'))).toEqual([]);
  });

  it('never takes a size for the article\'s project ("releases 9B open model")', () => {
    const parsed = article('Nordlys consortium releases 9B open model', 'The 9B model is out. The 9B model covers 24 languages.');
    const registry = new OrgRegistry();
    findOrgCandidates(parsed, registry);
    expect(findArticleProject(parsed, registry)).not.toBe('9B');
  });
});

describe('member tables and short names', () => {
  it('reads a member table with no team in view as organisations, and puts them in the programme the article explains', () => {
    const body = [
      'The Halden AI Research Programme funds strategic basic research across the region.',
      'Every university in the region participates in the programme, together with two research centres.',
      '| Member | Type | Where |\n|---|---|---|\n| Orvik University | University | Orvik |\n| Talla University | University | Talla |\n| Brenna Institute | Research centre | Brenna |\n| Marsk University | University | Marsk |',
      'Companies are not members of the programme; they act as users.',
    ].join('\n\n');
    const facts = extractFacts(article('Explainer: who does what in the Halden AI Research Programme', body));
    expect(facts.entities.filter((e) => e.label === 'Organization').map((e) => e.name)).toEqual(expect.arrayContaining(['Orvik University', 'Talla University', 'Brenna Institute', 'Marsk University']));
    const found = relationsOf(facts, 'MEMBER_OF');
    expectAllJoin(found, 'Halden AI Research Programme consortium');
  });

  it('knows a team\'s short form by the long form the text gives it ("X, or ACR", "X (Short)")', () => {
    const sentences = ['Sixteen hospital systems announced the Trustworthy & Responsible AI Network, or TRAIN.', 'The Northern Engineering and Technology Network (Nortec) signed its ninth member.'];
    expect(spelledOut('TRAIN', sentences)).toEqual(['Trustworthy & Responsible AI Network']);
    expect(spelledOut('Nortec', sentences)).toEqual(['Northern Engineering and Technology Network']);
    // A team known by the short form answers to the long one too.
    const sink = new FactSink();
    sink.addEntity({ id: 'consortium:train-consortium', label: 'Consortium', name: 'TRAIN consortium', aliases: ['TRAIN'], props: {} });
    addTeamLongForms(sentences, sink);
    expect(sink.get('consortium:train-consortium')?.aliases).toEqual(['TRAIN', 'Trustworthy & Responsible AI Network']);
  });

  it('takes no date\'s ordinal for a name ("on the 19th, the three companies formed a consortium")', () => {
    const facts = extractFacts(article('Three firms form a chip consortium', 'According to the industry on the 19th, Orvik Cloud, Talla Cloud and Brenna Chips have composed a consortium.'));
    expect(facts.entities.map((e) => e.name)).not.toContain('19th');
  });

  it('knows a short name by the long form the text spells out before it in brackets', () => {
    const sentences = ['The partnership "Future Robotics Research Network" (FRRN) started in Halden.', 'FRRN has 25 partners.'];
    expect(spelledOut('FRRN', sentences)).toEqual(['Future Robotics Research Network']);
    expect(spelledOut('Halden', sentences)).toEqual([]);
    expect(spelledOut('FRX', sentences)).toEqual([]);
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { relationsOf, titledArticle } from './support/articleOf';

/**
 * Team shapes found in the sets written in the twenty-fourth session,
 * rewritten with invented organisations.
 */
const facts = (body: string, title = 'Partners named') => extractFacts(titledArticle(title, body));

describe('a table whose first column names each row’s team', () => {
  const table = [
    'Each hub had to assemble a team of university and industry partners.',
    '',
    '| Trailblazer | Lead university | Partners named at launch | Value |',
    '|---|---|---|---|',
    '| Kelvo Trailblazer for Recycling and Clean Energy (KTRACE) | Orvane University | Brenna University, 20-plus companies | $280 million |',
    '| Defence Hub: Concept to Capability | Tessaly University | Marrow Institute of Technology, Kesh Systems | $240 million |',
    '| iHUBBLE (space: launch, materials) | Dunmore University | Pelham University | not published |',
    '| ORBIT – The Orvika Centre for Safe Robotics | Fenwick University | Larnby Labs | $12 million |',
    '| Brenna Hub, a regional centre | Oskel University | Pellin Labs | $3 million |',
  ].join('\n');

  it('reads the whole cell as the team’s name, up to a bracket or a spaced dash, with the leader and the partners, but no description after a comma', () => {
    const found = facts(table);
    const members = relationsOf(found, 'MEMBER_OF');
    expect(members).toEqual(expect.arrayContaining([
      'Brenna University → Kelvo Trailblazer for Recycling and Clean Energy',
      'Orvane University → Kelvo Trailblazer for Recycling and Clean Energy',
      'Marrow Institute of Technology → Defence Hub: Concept to Capability',
      'Kesh Systems → Defence Hub: Concept to Capability',
      'Pelham University → iHUBBLE',
      'Larnby Labs → ORBIT',
      'Pellin Labs → Brenna Hub',
    ]));
    expect(relationsOf(found, 'LEADS')).toEqual(expect.arrayContaining(['Tessaly University → Defence Hub: Concept to Capability', 'Fenwick University → ORBIT']));
  });

  it('leaves the first column alone when no column says who leads', () => {
    const found = facts(table.replace('Lead university', 'Region'));
    expect(relationsOf(found, 'LEADS')).not.toContain('Tessaly University → Defence Hub: Concept to Capability');
  });
});

describe('a programme launched together with partners', () => {
  it('makes the launcher and the partners the team of the programme’s own name', () => {
    const found = facts('Kelvo launched the Orbis programme in January with Brenna Systems, Tessaly Labs and Gulf investor Marrow Capital, pledging $5 billion.');
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(['Brenna Systems → Orbis', 'Kelvo → Orbis', 'Marrow Capital → Orbis', 'Tessaly Labs → Orbis']);
  });

  it('reads a programme whose head word is part of its name', () => {
    const found = facts('Kelvo launched the Orbis Initiative with Brenna Systems and Tessaly Labs.');
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(['Brenna Systems → Orbis', 'Kelvo → Orbis', 'Tessaly Labs → Orbis']);
  });

  it('makes no team of a programme launched alone or of a product launched with partners', () => {
    expect(relationsOf(facts('Kelvo launched the Orbis programme in January, pledging $5 billion.'), 'MEMBER_OF')).toEqual([]);
    expect(relationsOf(facts('Kelvo launched the Orbis chip with Brenna Systems.'), 'MEMBER_OF')).toEqual([]);
  });
});

describe('a programme’s short form before "consortium"', () => {
  it('names the team carrying out the programme rather than a team the programme leads', () => {
    const found = facts([
      'The Orvika AI Factory, ORAIF, was officially launched in Pelham on 9 February.',
      'ORAIF’s consortium has five members in total: Brenna University, Tessaly Institute, Kelvo Labs, Marrow Systems and Dunmore University.',
    ].join(' '));
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Brenna University → ORAIF', 'Marrow Systems → ORAIF']));
    expect(relationsOf(found, 'LEADS')).toEqual([]);
  });

  it('keeps a company’s consortium its own', () => {
    const found = facts('Orvika Telecom, OTC, was founded in 1990. OTC’s consortium includes Brenna University and Kelvo Labs.');
    expect(relationsOf(found, 'LEADS')).toEqual(['OTC → OTC consortium']);
  });
});

describe('a list after the sentence that makes a team by its leader', () => {
  const body = (opener: string) => [
    'The government is working with a consortium headed by Kelvo on a bid to host a gigafactory.',
    'Brenna Institute is coordinated by Tessaly University but is a joint effort of 13 universities.',
    `${opener} the University of Orvane, Marrow University and Dunmore University.`,
  ].join(' ');

  it('belongs to that team, not to the team in view before it', () => {
    const members = relationsOf(facts(body('Among the partners are')), 'MEMBER_OF');
    expect(members).toEqual(expect.arrayContaining(['Marrow University → Brenna Institute', 'University of Orvane → Brenna Institute']));
    expect(members.filter((pair) => pair.endsWith('→ Kelvo consortium'))).toEqual(['Kelvo → Kelvo consortium']);
  });

  it('leaves a member the older team was stated to have before', () => {
    const text = body('Among the partners are').replace('headed by Kelvo on a bid', 'headed by Kelvo, whose members include Marrow University, on a bid');
    expect(relationsOf(facts(text), 'MEMBER_OF')).toContain('Marrow University → Kelvo consortium');
  });

  it('stays with the older team when the list names its own subject', () => {
    const members = relationsOf(facts(body('Kelvo said its partners include')), 'MEMBER_OF');
    expect(members).not.toContain('Marrow University → Brenna Institute');
  });
});

describe('an organisation that says it will lead a network', () => {
  it('leads the network the next sentence’s list joins, which goes by its name and "network"', () => {
    const found = facts('Kelvo State said it would lead a network of more than a dozen institutions. Joining it are Brenna University, Tessaly College and Marrow College.');
    expect(relationsOf(found, 'LEADS')).toEqual(['Kelvo State → Kelvo State consortium']);
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Brenna University → Kelvo State consortium', 'Marrow College → Kelvo State consortium']));
    expect(found.entities.find((entity) => entity.name === 'Kelvo State consortium')?.aliases).toContain('Kelvo State network');
  });

  it('reads no team into a network that is not of members', () => {
    expect(relationsOf(facts('Kelvo said it would lead a network upgrade across the country by 2027.'), 'LEADS')).toEqual([]);
  });
});

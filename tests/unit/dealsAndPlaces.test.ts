import { extractFacts } from '../../src/ingest/extract';
import { extractFactsWithFeatures } from '../../src/ingest/extract/extractFacts';
import { namesOf, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Shapes found in the sets written in the twenty-fifth session (s71 to s74),
 * rewritten with invented organisations: deals two or three organisations
 * strike, teams named by their two sides, regions whose names hold a
 * country's, and the dollar a region's news writes.
 */
const facts = (body: string, title = 'Partners named') => extractFacts(titledArticle(title, body));
const funding = (body: string, title = 'Money named') =>
  facts(body, title)
    .entities.filter((e) => e.label === 'Funding')
    .map((e) => `${e.props.amount} ${e.props.currency}`)
    .sort();

describe('a deal struck by two or three organisations', () => {
  it('makes a leaderless team of the sides, named by them and what the text calls the deal', () => {
    const body = [
      'Kesh Telecom has signed a multi-year strategic collaboration with Orvane Cloud to move its data platforms.',
      'In March, Brenna Systems and Pellin Labs formed a joint venture to build a data centre.',
      'The deal follows Tessaly Energy’s ten-year partnership with Marrow Analytics.',
    ].join(' ');
    const article = titledArticle('Telecoms pick their clouds', body);
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual(expect.arrayContaining([
      'Kesh Telecom → Kesh Telecom–Orvane Cloud collaboration',
      'Orvane Cloud → Kesh Telecom–Orvane Cloud collaboration',
      'Brenna Systems → Brenna Systems–Pellin Labs joint venture',
      'Pellin Labs → Brenna Systems–Pellin Labs joint venture',
      'Tessaly Energy → Tessaly Energy–Marrow Analytics partnership',
      'Marrow Analytics → Tessaly Energy–Marrow Analytics partnership',
    ]));
    expect(readerRelationsOf(article, 'LEADS')).toEqual([]);
  });

  it('makes no team of an agreement or a memorandum signed alone, which may be a sale or a pledge', () => {
    const article = titledArticle('Deals', 'Kesh Telecom has signed an agreement with Orvane Cloud. Brenna Systems signed a memorandum of understanding with Pellin Labs.');
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual([]);
  });

  it('makes no second team of the papers of a venture already stated, nor of a named team’s own deal', () => {
    const venture = facts(
      [
        'Orvik Motors has left the Tindra robotaxi venture it formed with Brenna Auto and Kvarn Robotics.',
        'Orvik Motors, Brenna Auto and Kvarn Robotics had signed the joint venture agreement in 2024.',
      ].join(' '),
      'Orvik Motors walks away from the Tindra robotaxi venture',
    );
    expect(namesOf(venture, 'Consortium').filter((name) => name.includes('–'))).toEqual([]);
    const coalition = titledArticle('A coalition', 'The Coalition for Safe Farming AI (CSFA) was formed by Kesh Telecom and Orvane Cloud. CSFA announced a partnership with Pellin Labs.');
    expect(readerRelationsOf(coalition, 'MEMBER_OF').filter((r) => r.includes('–'))).toEqual([]);
  });
});

describe('a team the text names by its two sides', () => {
  it('reads joint research and a tie-up named by their sides as the pair’s team', () => {
    const body = [
      'Kesh Telecom and the National Institute of Farming Data (NIFD) agreed to work together.',
      'The Kesh–NIFD joint research will start in May.',
      'Separately, Orvane and Pellin Labs said the Orvane–Pellin speech tie-up covers three languages.',
    ].join(' ');
    const members = relationsOf(facts(body), 'MEMBER_OF');
    expect(members).toEqual(expect.arrayContaining([
      'Kesh Telecom → Kesh–NIFD joint research',
      'National Institute of Farming Data → Kesh–NIFD joint research',
      'Orvane → Orvane–Pellin speech tie-up',
      'Pellin Labs → Orvane–Pellin speech tie-up',
    ]));
  });

  it('takes a side named for the city of a "University of" as that university', () => {
    const body = 'Kesh Climate Ltd and the University of Tessaly agreed to share forecasts. The Kesh Climate–Tessaly partnership starts in June.';
    expect(relationsOf(facts(body), 'MEMBER_OF')).toEqual(expect.arrayContaining(['University of Tessaly → Kesh Climate–Tessaly partnership']));
  });

  it('makes a lab or centre named by the two bodies that run it their team, but not a one-word name with a particle or a spaced dash', () => {
    const lab = facts('Orvane Labs (OVL) and the Marrow Institute of Technology (MIT) announced the MIT–OVL Brenna AI Lab, a ten-year research collaboration.');
    const team = lab.entities.find((e) => e.label === 'Consortium' && [e.name, ...e.aliases].includes('MIT–OVL Brenna AI Lab'));
    const members = lab.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === team?.id).map((r) => lab.entities.find((e) => e.id === r.from)?.name);
    expect(members.sort()).toEqual(['Marrow Institute of Technology', 'Orvane Labs']);
    // (The readers alone: the trained models may still place the Society in the institute it opened.)
    const particle = extractFactsWithFeatures(titledArticle('An institute opens', 'Al Kesh University and the Jazari Society opened the Al-Jazari Institute for Industry in Fes.'), false).facts;
    expect(namesOf(particle, 'Consortium')).not.toContain('Al-Jazari Institute for Industry');
  });
});

describe('a team known by a shorter form of an organisation’s name', () => {
  it('answers to the organisation’s name that has one more word before its own', () => {
    const body = [
      'Minister Kesh visited Orvane University, home of NRC Marine Vision, the university’s centre for research-based innovation.',
      'Marine Vision is led by Orvane University, and its partners include Pellin Labs and Brenna Systems.',
    ].join(' ');
    const found = facts(body, 'Minister visits the marine vision centre');
    const team = found.entities.find((e) => e.label === 'Consortium' && [e.name, ...e.aliases].some((name) => name.startsWith('Marine Vision')));
    expect(team?.aliases).toContain('NRC Marine Vision');
    // (Two such names: the text does not say which the team is.)
    const two = facts(`${body} Brenna Systems also works with Kesh Marine Vision, a Keshland start-up.`, 'Minister visits the marine vision centre');
    const either = two.entities.find((e) => e.label === 'Consortium' && [e.name, ...e.aliases].some((name) => name.startsWith('Marine Vision')));
    expect(either?.aliases.filter((name) => /^(?:NRC|Kesh) Marine Vision$/.test(name))).toEqual([]);
  });
});

describe('names', () => {
  it('keeps a field of computing, chemistry or robotics after "and" in an institution’s name', () => {
    const found = facts('The partners are the Pellin Supercomputing and Networking Center and the Institute of Organic Chemistry and Biochemistry of the Kesh Academy.');
    expect(namesOf(found, 'Organization')).toEqual(expect.arrayContaining(['Pellin Supercomputing and Networking Center', 'Institute of Organic Chemistry and Biochemistry of the Kesh Academy']));
    expect(namesOf(found, 'Organization')).not.toContain('Biochemistry');
  });
});

describe('names (2)', () => {
  it('ends a name at "and the" when a country’s adjective opens the next body’s name, and reads a participle before a subject word', () => {
    const found = facts('The partners are the Farming AI Association of Latvia and the Latvian Data Cluster, and the Center for Connected and Automated Transportation.');
    expect(namesOf(found, 'Organization')).toEqual(expect.arrayContaining(['Farming AI Association of Latvia', 'Center for Connected and Automated Transportation']));
    expect(namesOf(found, 'Organization').filter((name) => name.includes('Latvian'))).toEqual([]);
  });

  it('makes no organisation of a region or a city named with the word for its government', () => {
    const found = facts('Behind the initiative stand Kesh University and Brenna University, together with the City of Prague and the Province of British Columbia.');
    expect(namesOf(found, 'Organization')).toEqual(['Brenna University', 'Kesh University']);
  });
});

describe('places and governments', () => {
  it('reads no country in a region whose name holds one ("British Columbia", "New Mexico")', () => {
    const found = facts('Kesh Robotics, based in British Columbia, opened a lab in New Mexico with Canada’s support.');
    const codes = found.entities.filter((e) => e.label === 'Government').map((e) => e.props.country);
    expect(codes).toContain('CA');
    expect(codes).not.toContain('GB');
    expect(codes).not.toContain('MX');
  });

  it('writes a bare dollar in a Canadian release as Canadian, and in an item about a US state as US', () => {
    const canadian = 'Canada’s regional agency announced $1.8 million for Kesh Robotics. The grant supports projects in British Columbia.';
    expect(funding(canadian)).toEqual(['1800000 CAD']);
    const roundup = [
      'Ottawa opened a C$300 million compute fund for Canadian firms. Canada will also fund Kesh Robotics.',
      '',
      '---',
      '',
      'Governor Reeves announced $9.1 million in grants to public universities in Mississippi.',
    ].join('\n');
    expect(funding(roundup)).toEqual(expect.arrayContaining(['9100000 USD']));
  });

  it('writes every bare dollar in the currency the article\'s own note names', () => {
    const body = 'France granted Kesh Robotics $4.5 million for its work in Lyon.\n\n*Amounts in Canadian dollars unless stated.*';
    expect(funding(body)).toEqual(['4500000 CAD']);
    expect(funding(body.replace('Canadian dollars', 'US dollars'))).toEqual(['4500000 USD']);
    expect(funding('Canada’s agency granted Kesh Robotics $1.2 million. All figures are in U.S. dollars.')).toEqual(['1200000 USD']);
  });
});

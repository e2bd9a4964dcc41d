import { extractFacts } from '../../src/ingest/extract';
import { FactSink } from '../../src/ingest/extract/factSink';
import { markNonActors } from '../../src/ingest/extract/markNonActors';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { nameTeamsByReference } from '../../src/ingest/extract/nameTeamsByReference';
import { entityId } from '../../src/ingest/resolve/ids';
import { namesOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Phrasings found in the sets written fresh in the twenty-third session
 * (s63 to s66), rewritten with invented organisations: a word that opens
 * sentences kept inside a name mid-sentence, an institute's field after
 * "in", a short form given in words, a firm its appositive calls a
 * network, a company whose models are named, a team the text names by its
 * two sides and a project named with its noun first.
 */
const spans = (sentence: string): string[] => findNameSpans(sentence).map((span) => span.text);
const facts = (body: string, title = 'Partners named') => extractFacts(titledArticle(title, body));

describe('names written the way the fresh sets write them', () => {
  it('keeps "Next" or "Last" inside a name mid-sentence, but drops it where a sentence opens', () => {
    expect(spans('It was part of the launch of the Next Generation Orchard Management program.')).toContain('Next Generation Orchard Management');
    expect(spans('The fund backs the Last Mile Kesh Network.')).toContain('Last Mile Kesh Network');
    expect(spans('Next Kelvo will sign the deal.')).toEqual(['Kelvo']);
  });

  it('keeps an institute’s field after "in" once its purpose is named, but not a place or a bare institute', () => {
    expect(spans("Varda's Thumbay Institute of AI in Healthcare and Meridian Care will lead the work.")).toEqual(['Varda', 'Thumbay Institute of AI in Healthcare', 'Meridian Care']);
    expect(spans('The Kelvo Institute of AI in Berlin signed.')).toEqual(['Kelvo Institute of AI', 'Berlin']);
    expect(spans('The Orvik Institute in Healthcare signed.')).not.toContain('Orvik Institute in Healthcare');
    expect(spans('The Kestrel Centre in Orvika signed.')).toEqual(['Kestrel Centre', 'Orvika']);
  });

  it('reads a lower-case brand closed by "AI" or a ".ai" domain as a name, but not a plain lower-case word', () => {
    expect(spans('The kelvoAI Initiative was founded by Orvane Labs.')).toEqual(['kelvoAI Initiative', 'Orvane Labs']);
    expect(spans('Prague now has brn.ai, a city initiative.')).toEqual(['Prague', 'brn.ai']);
    expect(spans('the plan said AI would help')).toEqual(['AI']);
    const found = facts('The kelvoAI Initiative is backed by Orvane Labs. Its members include Brenna University, Kesh Systems and Tessaly Robotics.');
    expect(namesOf(found, 'Consortium').join(' ')).toMatch(/kelvoAI/);
    expect(namesOf(facts('Orvane Labs has partnered with brn.ai and Kesh Systems on the pilot.'), 'Organization')).toContain('brn.ai');
  });

  it('reads the new names in a list of signed-up members beside known companies as organisations', () => {
    const found = facts('Among those that signed up in its first year are Google, Kelvo, Orvane, Brenna and NVIDIA.');
    expect(namesOf(found, 'Organization')).toEqual(expect.arrayContaining(['Brenna', 'Kelvo', 'Orvane']));
  });

  it('ends a public body’s "A and B" name before a university named next to it', () => {
    expect(spans("The deal was signed by the Kesh City Government's Department of Information Technology and National Taipei University of Technology (NTUT).")).toEqual(['Kesh City Government', 'Department of Information Technology', 'National Taipei University of Technology']);
    expect(spans('The Ministry of Economy, Trade and Industry said so.')).toEqual(['Ministry of Economy, Trade and Industry']);
  });

  it('reads a short form given in words as the name’s short form, only when its letters are the name’s', () => {
    const alliance = facts('The code was published by the Kesh Intelligence Industry Alliance, usually shortened to KIIA. Members of the KIIA include Orvane Cloud, Brenna Labs and Kvarn Systems.');
    const team = alliance.entities.find((e) => e.label === 'Consortium');
    expect(team?.name).toBe('Kesh Intelligence Industry Alliance');
    expect(team?.aliases).toContain('KIIA');
    expect(findNameSpans('the Kesh Intelligence Industry Alliance, known as ORVA, said')[0].acronym).toBeUndefined();
  });

  it('does not make a firm a team because its appositive calls it a network', () => {
    const body = 'The starting point is a new collaboration between Kelvo Health Services Company, a regional hospital network, and the Varda Institute of Technology.';
    expect(namesOf(facts(body), 'Organization')).toEqual(['Kelvo Health Services Company', 'Varda Institute of Technology']);
    expect(namesOf(facts(body), 'Consortium')).toEqual([]);
  });

  it('keeps a company the gazetteer knows an organisation when the text speaks of its models', () => {
    const found = facts('Brenna Labs will run the OpenAI models on its new cluster, the lab said. OpenAI will send engineers to Brenna Labs.');
    expect(namesOf(found, 'Organization')).toContain('OpenAI');
    expect(namesOf(found, 'Model')).not.toContain('OpenAI');
  });
});

describe('what is no organisation, and a short form past a legal form', () => {
  it('reads the items of a list of packages, memories or processors as things', () => {
    const found = facts('Kelvo Semiconductor will make legacy packages such as QFN and QFP, and embedded memories, including OxRAM, FeRAM and MRAM, with Orvane Labs.');
    expect(namesOf(found, 'Organization')).toEqual(['Kelvo Semiconductor', 'Orvane Labs']);
  });

  it('reads a body whose name closes with "Board", and the US science foundation, as public bodies', () => {
    const found = facts('The Kesh Information Technology Board and the US National Science Foundation (NSF) fund the Orvik Institute, Kelvo Labs said.');
    expect(namesOf(found, 'Organization')).toEqual(['Kelvo Labs', 'Orvik Institute']);
    expect(namesOf(found, 'Agency')).toEqual(['Kesh Information Technology Board', 'National Science Foundation']);
  });

  it('reads the name after "the town of" or "the prefecture of" as a place no team can be named after', () => {
    const registry = new OrgRegistry();
    markNonActors('The first plant, in the town of Tessaro, opens in May; the second, in the prefecture of Velmora, in 2027.', registry);
    expect(registry.refuses('Tessaro')).toBe(true);
    expect(registry.refuses('Velmora')).toBe(true);
    expect(registry.refuses('Kelvo Labs')).toBe(false);
  });

  it('reads the short form bracketed after a legal form as the name’s', () => {
    const [span] = findNameSpans('Kelvo will take a stake in Orvane Advanced Chip Manufacturing, Inc. (OACM), the venture.').filter((s) => s.text.startsWith('Orvane'));
    expect(span.text).toBe('Orvane Advanced Chip Manufacturing');
    expect(span.acronym).toBe('OACM');
  });
});

describe('teams named by their sides or with their noun first', () => {
  it('gives the team built for a pair read as one name the name the text writes for it, with both sides', () => {
    const body = [
      'Kelvo and Orvane Robotics have agreed to form a venture, according to Kelvo-Orvane filings seen by the paper.',
      'This is a genuine two-party joint venture, not a supply contract.',
      'The Kelvo-Orvane robotics joint venture will build robots based on designs from Orvane Robotics.',
    ].join(' ');
    const found = facts(body, 'Kelvo-Orvane venture cleared');
    expect(namesOf(found, 'Consortium')).toEqual(['Kelvo-Orvane robotics joint venture']);
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(['Kelvo → Kelvo-Orvane robotics joint venture', 'Orvane Robotics → Kelvo-Orvane robotics joint venture']);
  });

  it('merges a team built under the pair’s joined name into the team the text names for the pair', () => {
    const sink = new FactSink();
    const org = (name: string): string => sink.addEntity({ id: entityId('Organization', name), label: 'Organization', name, props: {}, sentences: [0, 2] });
    const [kelvo, orvane] = [org('Kelvo'), org('Orvane Robotics')];
    const built = sink.addEntity({ id: entityId('Consortium', 'Kelvo-Orvane consortium'), label: 'Consortium', name: 'Kelvo-Orvane consortium', aliases: ['Kelvo-Orvane'], props: {}, sentences: [0] });
    sink.addRelation('MEMBER_OF', orvane, built, [0]);
    nameTeamsByReference(['Kelvo-Orvane filings were seen by the paper, Orvane Robotics said.', 'It is a venture.', 'The Kelvo-Orvane robotics joint venture will build robots, Kelvo said.'], sink);
    const teams = sink.byLabel('Consortium');
    expect(teams.map((team) => team.name)).toEqual(['Kelvo-Orvane robotics joint venture']);
    expect(teams[0].aliases).toContain('Kelvo-Orvane consortium');
    expect(sink.relationsOf('MEMBER_OF', teams[0].id).map((r) => r.from).sort()).toEqual([kelvo, orvane].sort());
  });

  it('reads a team described by its long form and run by an organisation together with others', () => {
    const body = 'Its first project was HALO, the Helios Applied Learning Observatory Center, which Kesh Chile ran together with the Universidad de Orvik, the Universidad de Brenna and the Universidad de Tessaly.';
    const found = facts(body);
    expect(relationsOf(found, 'LEADS')).toEqual(['Kesh Chile → HALO']);
    expect(relationsOf(found, 'MEMBER_OF')).toEqual(['Kesh Chile → HALO', 'Universidad de Brenna → HALO', 'Universidad de Orvik → HALO', 'Universidad de Tessaly → HALO']);
    expect(namesOf(found, 'Organization')).not.toContain('Helios Applied Learning Observatory Center');
    expect(found.entities.find((e) => e.label === 'Consortium')?.aliases).toContain('Helios Applied Learning Observatory Center');
  });

  it('lets a team answer to its name with "Project" written first', () => {
    const body = 'Farmers will get advisories after the ministry opened a hub for Project Halvard. Halvard is led by Kesh University, whose partners include Orvik State University and Brenna College.';
    const team = facts(body).entities.find((e) => e.label === 'Consortium');
    expect([team?.name, ...(team?.aliases ?? [])]).toContain('Project Halvard');
  });
});

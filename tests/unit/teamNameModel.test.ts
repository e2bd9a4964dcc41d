import { extractFactsWithFeatures } from '../../src/ingest/extract/extractFacts';
import { FactSink } from '../../src/ingest/extract/factSink';
import { canNameTeam, learnedTeam } from '../../src/ingest/extract/membershipModel/articleTeam';
import { NAME_FEATURES } from '../../src/ingest/extract/nameModel/nameSpanRows';
import * as teamNames from '../../src/ingest/extract/nameModel/teamNameModel';
import { nameTeamsByReference } from '../../src/ingest/extract/nameTeamsByReference';
import { entityId } from '../../src/ingest/resolve/ids';
import { trainTeamNameModel } from '../../training/teamNameTraining';
import { relationsOf, titledArticle } from './support/articleOf';

/** The trained team-name model: reproducible from the fixtures, and where extraction asks it. Names are invented. */
describe('team-name model', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is what the annotated dev articles train (retrain with `npm run train:teams`)', () => {
    expect(trainTeamNameModel().model).toEqual(teamNames.teamNameModel());
  }, 120_000);

  it('gives members a team no phrasing reader builds, named as the article names it', () => {
    const article = titledArticle(
      'Tidewater Compute opens to start-ups',
      'Tidewater Compute now has four partners. Quillon Works, Orvane Motion, Brask Systems and Velmar Labs have joined Tidewater Compute. Each partner will train models there from May.',
    );
    const members = ['Brask Systems', 'Orvane Motion', 'Quillon Works', 'Velmar Labs'].map((org) => `${org} → Tidewater Compute consortium`);
    expect(relationsOf(extractFactsWithFeatures(article).facts, 'MEMBER_OF')).toEqual(members);
    jest.spyOn(teamNames, 'likelyTeamName').mockReturnValue(undefined);
    expect(relationsOf(extractFactsWithFeatures(article).facts, 'MEMBER_OF')).toEqual([]);
  });

  it('gives the team it names the short form the text gives in brackets', () => {
    const article = titledArticle(
      'Tidewater Compute opens to start-ups',
      'Tidewater Compute (TWC) now has four partners. Quillon Works, Orvane Motion, Brask Systems and Velmar Labs have joined Tidewater Compute. Each partner will train models there from May.',
    );
    const [team] = extractFactsWithFeatures(article).facts.entities.filter((e) => e.label === 'Consortium');
    expect(team.aliases).toEqual(expect.arrayContaining(['Tidewater Compute', 'TWC']));
  });

  it('makes the team of a name read as a company\'s that no company word closes, and keeps a lab a lab', () => {
    const teamOf = (name: string, sentence = `${name} grew this year.`) => {
      const sink = new FactSink();
      sink.addEntity({ id: entityId('Organization', name), label: 'Organization', name, props: {}, sentences: [0] });
      const id = learnedTeam(sink, { name, probability: 0.5 }, new Set(), [], [sentence]);
      return { team: sink.get(id!)?.name, orgs: sink.byLabel('Organization').map((org) => org.name) };
    };
    expect(teamOf('Kelpcrowd')).toEqual({ team: 'Kelpcrowd', orgs: [] });
    expect(teamOf('Kelpcrowd Labs')).toEqual({ team: 'Kelpcrowd Labs consortium', orgs: ['Kelpcrowd Labs'] });
    expect(teamOf('Foundation for Kelp Data')).toEqual({ team: 'Foundation for Kelp Data', orgs: ['Foundation for Kelp Data'] });
    // A company the gazetteer knows, or one the text has speak, stays a company.
    expect(teamOf('Microsoft')).toEqual({ team: 'Microsoft consortium', orgs: ['Microsoft'] });
    expect(teamOf('Kelpcrowd', 'Kelpcrowd said it would grow.')).toEqual({ team: 'Kelpcrowd consortium', orgs: ['Kelpcrowd'] });
  });

  it('ranks only the names extraction allows, and names none below its threshold', () => {
    // A hand-made model: only a name right after "joined" counts.
    const model = { weights: NAME_FEATURES.map((name) => (name === 'bias' ? -3 : 0)), words: { 'l1:joined': 5 }, threshold: 0.5 };
    const sentences = ['Quillon Works joined Kelpie Grid in May.', 'Orvane Motion joined Marra Field.'];
    expect(teamNames.likelyTeamName(sentences, '', () => true, model)?.name).toBe('Kelpie Grid');
    expect(teamNames.likelyTeamName(sentences, '', (name) => name !== 'Kelpie Grid', model)?.name).toBe('Marra Field');
    expect(teamNames.likelyTeamName(sentences, '', () => true, { ...model, threshold: 0.9 })).toBeUndefined();
    // A name that is only ever a line of its own labels a section ("💬 Kelpie Grid Perspective").
    const heading = { ...model, words: { 'h:grid': 5 } };
    expect(teamNames.likelyTeamName(['💬 Kelpie Grid', 'Quillon Works joined us.'], '', () => true, heading)).toBeUndefined();
    expect(teamNames.likelyTeamName(['💬 Kelpie Grid', 'Quillon Works joined Kelpie Grid.'], '', () => true, heading)?.name).toBe('Kelpie Grid');
    // A headline in title case capitalises words that are no name ("… Launched to Help Kelpie Grid").
    expect(teamNames.likelyTeamName(['Research Consortium Launched to Help Kelpie Grid', 'Quillon Works joined us.'], '', () => true, heading)).toBeUndefined();
    expect(teamNames.isTitleCase('Research Consortium Launched to Help Kelpie Grid Operators')).toBe(true);
    expect(teamNames.isTitleCase('Quillon Works joined Kelpie Grid in May.')).toBe(false);
  });

  it('reads the article\'s address: a name its path spells, in words or run together, is a story\'s subject', () => {
    // A hand-made model: only a name the address carries counts.
    const model = { weights: NAME_FEATURES.map((name) => (name === 'bias' ? -3 : 0)), words: { 't:url': 5 }, threshold: 0.5 };
    const sentences = ['Quillon Works and Orvane Motion back Kelpnet this year.', 'Brask Data met the Marra Field board.'];
    const named = (url: string) => teamNames.likelyTeamName(sentences, '', () => true, model, url)?.name;
    expect(named('https://news.example/2024/05/kelpnet-second-phase')).toBe('Kelpnet');
    expect(named('https://news.example/2024/05/marra-field-opens?ref=rss')).toBe('Marra Field');
    expect(named('https://news.example/2024/05/marrafield-opens')).toBe('Marra Field');
    // The host names the publisher, a query the campaign; a longer word only contains the name.
    expect(named('https://kelpnet.example/2024/05/opens')).toBeUndefined();
    expect(named('https://news.example/2024/05/opens?campaign=kelpnet')).toBeUndefined();
    expect(named('https://news.example/2024/05/kelpnetwork-opens')).toBeUndefined();
    expect(named('')).toBeUndefined();
  });

  it('asks only about names a team can bear: not a city\'s or a public body\'s, unless a body of that name was extracted', () => {
    const sink = new FactSink();
    expect(['Tidewater Compute', 'Grand Challenges Network', 'Lyon', 'Ministry of Data and Robotics'].filter((name) => canNameTeam(sink, name))).toEqual(['Tidewater Compute', 'Grand Challenges Network']);
    sink.addEntity({ id: entityId('Organization', 'Lyon'), label: 'Organization', name: 'Lyon', props: {}, sentences: [0] });
    expect(canNameTeam(sink, 'Lyon')).toBe(true);
  });

  it('renames the one team named after its leader, unless the name is a member\'s', () => {
    const build = (): FactSink => {
      const sink = new FactSink();
      const org = (name: string): string => sink.addEntity({ id: entityId('Organization', name), label: 'Organization', name, props: {}, sentences: [0] });
      const [leader, member] = [org('Quillon Works'), org('Orvane Motion')];
      const team = sink.addEntity({ id: entityId('Consortium', 'Quillon Works consortium'), label: 'Consortium', name: 'Quillon Works consortium', props: {}, sentences: [0] });
      sink.addRelation('MEMBER_OF', leader, team, [0]);
      sink.addRelation('LEADS', leader, team, [0]);
      sink.addRelation('MEMBER_OF', member, team, [0]);
      return sink;
    };
    const sentences = ['A consortium led by Quillon Works with Orvane Motion runs Skerry Health Alliance.'];
    const renamed = build();
    nameTeamsByReference(sentences, renamed, () => ({ name: 'Skerry Health Alliance', probability: 0.5 }));
    const [renamedTeam] = renamed.byLabel('Consortium');
    expect([renamedTeam.name, ...renamedTeam.aliases]).toEqual(expect.arrayContaining(['Skerry Health Alliance', 'Quillon Works consortium']));
    expect(renamed.relationsOf('MEMBER_OF', renamedTeam.id)).toHaveLength(2);
    const kept = build();
    nameTeamsByReference(sentences, kept, () => ({ name: 'Orvane Motion', probability: 0.5 }));
    expect(kept.byLabel('Consortium').map((t) => t.name)).toEqual(['Quillon Works consortium']);
    // A team built for a body the text speaks of ("Kelp Institute consortium", the body no member) is that body's, not a leader's.
    const body = new FactSink();
    body.addEntity({ id: entityId('Organization', 'Kelp Institute'), label: 'Organization', name: 'Kelp Institute', props: {}, sentences: [0] });
    const member = body.addEntity({ id: entityId('Organization', 'Orvane Motion'), label: 'Organization', name: 'Orvane Motion', props: {}, sentences: [0] });
    const team = body.addEntity({ id: entityId('Consortium', 'Kelp Institute consortium'), label: 'Consortium', name: 'Kelp Institute consortium', props: {}, sentences: [0] });
    body.addRelation('MEMBER_OF', member, team, [0]);
    nameTeamsByReference(sentences, body, () => ({ name: 'Skerry Health Alliance', probability: 0.5 }));
    expect(body.byLabel('Consortium').map((t) => t.name)).toEqual(['Kelp Institute consortium']);
  });
});

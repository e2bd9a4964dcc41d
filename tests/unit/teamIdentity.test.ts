import { extractFacts } from '../../src/ingest/extract';
import { FactSink } from '../../src/ingest/extract/factSink';
import { describedTeam, projectTeam } from '../../src/ingest/extract/membershipModel/articleTeam';
import { TeamsInText } from '../../src/ingest/extract/membershipModel/teamsInText';
import { withTeamNoun } from '../../src/ingest/extract/teamLongForms';
import { entityId } from '../../src/ingest/resolve/ids';
import { namesOf, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * One team, however the text names it: a roles table whose heading names the
 * team, a list with neither name nor leader that completes the one led team,
 * a programme's bare name beside "the X project", a spelled-out short form
 * with its team noun, a phrase describing the team, two members' names, and
 * the team-name model's name near members. Every name is invented.
 */
const facts = (title: string, body: string) => extractFacts(titledArticle(title, body));
const teamsOf = (title: string, body: string): string[] =>
  facts(title, body)
    .entities.filter((e) => e.label === 'Consortium')
    .map((e) => [e.name, ...e.aliases].join(' / '));

describe('a roles table whose heading names the team', () => {
  const body = [
    'The Centre for Tindral Memory Systems, known as TIDAL, started work this month.',
    'It is the largest of the new centres.',
    '| Institution | Role in TIDAL |',
    '|---|---|',
    '| Orvik University | Lead institution, centre director |',
    '| Brenna Polytechnic, Marsk Technical University | Members |',
    '| Kvarn Shipyards | Built the test rig under contract; not a centre participant |',
  ].join('\n');

  it('makes each row’s organisations members of the team the "Role in X" column names, and a "lead" row its leader', () => {
    const article = titledArticle('A new chip centre opens', body);
    const found = readerRelationsOf(article, 'MEMBER_OF');
    expect(found).toEqual(['Brenna Polytechnic → TIDAL', 'Marsk Technical University → TIDAL', 'Orvik University → TIDAL']);
    expect(readerRelationsOf(article, 'LEADS')).toEqual(['Orvik University → TIDAL']);
  });

  it('leaves out a row whose role says it stands outside the team', () => {
    expect(relationsOf(facts('A new chip centre opens', body), 'MEMBER_OF').filter((pair) => pair.startsWith('Kvarn'))).toEqual([]);
  });
});

describe('a list with neither name nor leader in an article about one project', () => {
  it('adds "A group of smaller firms completes the line-up: …" to the one team an organisation leads', () => {
    const body = [
      'Vellumdx has won a regional award for collaboration in diagnostics.',
      'The award recognises how Vellumdx has brought clinicians and engineers together.',
      'Orvik University leads the consortium. The academic partners alongside it are Brenna University and Marsk University.',
      'A group of smaller firms completes the line-up: Tindra Imaging, Kvarn Labs and Sorel Software.',
      'Vellumdx received £10 million from a national challenge fund.',
    ].join(' ');
    const teams = teamsOf('Vellumdx wins a collaboration award', body);
    expect(teams).toHaveLength(1);
    const found = relationsOf(facts('Vellumdx wins a collaboration award', body), 'MEMBER_OF').map((pair) => pair.split(' → ')[0]);
    expect(found).toEqual(expect.arrayContaining(['Kvarn Labs', 'Orvik University', 'Sorel Software', 'Tindra Imaging']));
  });

  it('keeps "a separate group of … completes the line-up" a team of its own', () => {
    const body = [
      'Vellumdx has won a regional award for collaboration in diagnostics.',
      'The award recognises how Vellumdx has brought clinicians and engineers together.',
      'Orvik University leads the consortium. The academic partners alongside it are Brenna University and Marsk University.',
      'A separate group of smaller firms completes the line-up: Tindra Imaging, Kvarn Labs and Sorel Software.',
      'Vellumdx received £10 million from a national challenge fund.',
    ].join(' ');
    const found = readerRelationsOf(titledArticle('Vellumdx wins a collaboration award', body), 'MEMBER_OF');
    expect(found.filter((pair) => pair.startsWith('Kvarn'))).toEqual(['Kvarn Labs → Tindra Imaging consortium']);
  });
});

describe('names a team answers to', () => {
  it('answers to a programme’s bare name when the text says "the X project"', () => {
    const sink = new FactSink();
    const project = sink.addEntity({ id: entityId('Initiative', 'VELLA project'), label: 'Initiative', name: 'VELLA project', props: {}, sentences: [0] });
    const team = sink.get(projectTeam(sink, 'VELLA project', sink.get(project), []))!;
    expect([team.name, ...team.aliases]).toEqual(['VELLA project consortium', 'VELLA project', 'VELLA']);
  });

  it('finds the team noun after a spelled-out short form, with the short form between', () => {
    const sentences = ['The ship carries systems developed under the Korvane Autonomous Vessel (KAV) project, and its voyages are the test.'];
    expect(withTeamNoun('Korvane Autonomous Vessel', sentences)).toEqual(['Korvane Autonomous Vessel (KAV) project']);
  });

  it('gives a short-form team the spelled-out form with its team noun', () => {
    const body = [
      'The ship carries systems developed under the Korvane Autonomous Vessel (KAV) project, and its voyages are the test.',
      '| Organisation | Role in KAV |',
      '|---|---|',
      '| Orvik Shipping | Operates the test vessel |',
      '| Brenna Marine Institute | Upgrades the autonomy software |',
    ].join('\n');
    const teams = teamsOf('Explainer: the self-sailing ship', body);
    expect(teams.find((team) => team.startsWith('KAV'))?.split(' / ')).toEqual(expect.arrayContaining(['Korvane Autonomous Vessel', 'Korvane Autonomous Vessel (KAV) project']));
  });
});

describe('a team the text describes or names by its members', () => {
  it('names members’ team after the phrase the headline and body describe it by ("the Tindra robotaxi venture")', () => {
    const body = [
      'Orvik Motors has confirmed it will no longer take part in the Tindra robotaxi venture it formed with Brenna Auto and Kvarn Robotics.',
      'The partners in the joint venture had planned to run driverless taxis in Tindra from 2026.',
      'Orvik Motors, Brenna Auto and Kvarn Robotics had signed the joint venture agreement in 2024.',
    ].join(' ');
    const teams = teamsOf('Orvik Motors walks away from the Tindra robotaxi venture', body);
    expect(teams).toEqual(['Tindra robotaxi venture']);
  });

  it('takes no phrase made only of words any team could have ("the new consortium")', () => {
    expect(describedTeam(['The new consortium met.', 'A new consortium was formed.'], 'The new consortium starts work')).toBeUndefined();
    expect(describedTeam(['The Tindra–Marsk trunk-line trial ran for a year.', 'Carriers from the trunk-line trial will decide soon.'], 'Q&A')).toBe('Tindra–Marsk trunk-line trial');
  });

  it('names a team after two of its members when the text does ("the Orvik-Brenna partnership")', () => {
    const body = [
      'Orvik Telecom leads a consortium with Brenna Soft to build call-centre agents.',
      'The Orvik-Brenna partnership will spend two years on the work.',
    ].join(' ');
    expect(teamsOf('Agents for call centres', body).map((team) => team.split(' / ')[0])).toEqual(['Orvik-Brenna partnership']);
  });
});

describe('the team-name model’s team among the teams named near members', () => {
  const sink = (): FactSink => {
    const made = new FactSink();
    for (const name of ['Orvik Labs', 'Brenna Soft']) made.addEntity({ id: entityId('Organization', name), label: 'Organization', name, props: {}, sentences: [1] });
    return made;
  };
  const sentences = ['Kelpie Grid is a data commons for ports.', 'Kelpie Grid counts Orvik Labs and Brenna Soft among its users.'];

  it('is named where the text names it, and becomes a team when a member joins it', () => {
    const facts = sink();
    const teams = new TeamsInText(facts, { sentences, title: '', unbuilt: [], learned: { name: 'Kelpie Grid', probability: 0.4 } }, new Set());
    expect(teams.mentionsIn(1).map((m) => sentences[1].slice(m.start, m.end))).toEqual(['Kelpie Grid']);
    const id = teams.consortiumOf(teams.mentionsIn(1)[0].key, entityId('Organization', 'Orvik Labs'));
    expect([facts.get(id)?.name, ...(facts.get(id)?.aliases ?? [])]).toEqual(expect.arrayContaining(['Kelpie Grid']));
  });

  it('is not offered when the name is a member’s own', () => {
    const facts = sink();
    const teams = new TeamsInText(facts, { sentences, title: '', unbuilt: [], learned: { name: 'Orvik Labs', probability: 0.4 } }, new Set([entityId('Organization', 'Orvik Labs')]));
    expect(teams.mentionsIn(1)).toEqual([]);
  });
});

describe('one team whose leader the text restates', () => {
  const opening = [
    'The research project VELLORA, which builds tools for fact-checkers, met policymakers in Brussels.',
    'The meeting had the support of the VELLORA consortium.',
    'The talks opened with the head of a research unit at the Orvik Institute of Technology (OIT), who coordinates the project.',
  ];

  it('folds "The consortium is coordinated by <short form>" into the named team the same organisation already leads', () => {
    const body = [...opening, 'VELLORA is funded with €6 million by the European Union. The consortium is coordinated by OIT and brings together 15 partners.'].join(' ');
    expect(relationsOf(facts('VELLORA meets policymakers', body), 'LEADS')).toEqual(['Orvik Institute of Technology → VELLORA']);
  });

  it('keeps a co-leader named with the restated leader as a leader of the same team', () => {
    const body = [...opening, 'The consortium is coordinated by OIT and Brenna University and brings together 15 partners.'].join(' ');
    expect(relationsOf(facts('VELLORA meets policymakers', body), 'LEADS')).toEqual(['Brenna University → VELLORA', 'Orvik Institute of Technology → VELLORA']);
  });

  it('keeps apart a team the same organisation leads that the text introduces as another one ("a consortium of five ports")', () => {
    const body = [...opening, 'OIT also leads a consortium of five ports, including Brenna Harbour and Kvarn Docks, that tests autonomous cranes.'].join(' ');
    expect(relationsOf(facts('VELLORA meets policymakers', body), 'LEADS')).toEqual(['Orvik Institute of Technology → Orvik Institute of Technology consortium', 'Orvik Institute of Technology → VELLORA']);
  });
});

describe('a team named for the kind of AI it builds', () => {
  it('reads "the Tern Sovereign AI consortium" as the team’s own name, not as a company leading it', () => {
    const body = [
      'The Halden government has launched the Tern Sovereign AI consortium to build a national language model.',
      'Kestrel Labs heads the consortium, whose other participants are Ulmen University and Brisk Systems.',
    ].join(' ');
    const found = facts('Halden launches a sovereign AI consortium', body);
    expect(namesOf(found, 'Organization')).toEqual(['Brisk Systems', 'Kestrel Labs', 'Ulmen University']);
    expect(relationsOf(found, 'LEADS')).toEqual(['Kestrel Labs → Tern Sovereign AI']);
  });

  it('still reads a centre for a kind of AI as an organisation ("the Orvik Centre for Generative AI")', () => {
    expect(namesOf(facts('A new model', 'Researchers at the Orvik Centre for Generative AI built the model.'), 'Organization')).toEqual(['Orvik Centre for Generative AI']);
  });

  it('still reads a company whose name ends in AI as the leader of its consortium ("the Kestrel AI consortium")', () => {
    const body = 'Kestrel AI said on Monday it had won the tender. The Kestrel AI consortium includes Ulmen University and Brisk Systems.';
    expect(relationsOf(facts('Tender won', body), 'LEADS')).toEqual(['Kestrel AI → Kestrel AI consortium']);
  });
});

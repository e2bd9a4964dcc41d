import { extractFacts } from '../../src/ingest/extract';
import { splitSentences } from '../../src/ingest/read/splitSentences';
import { findArticleProject } from '../../src/ingest/extract/articleProject';
import { collectivesSpokenOf } from '../../src/ingest/extract/membershipModel/articleTeam';
import { TeamsInText } from '../../src/ingest/extract/membershipModel/teamsInText';
import { FactSink } from '../../src/ingest/extract/factSink';
import { findOrgCandidates } from '../../src/ingest/extract/findOrgCandidates';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { withTeamNoun } from '../../src/ingest/extract/teamLongForms';
import { expectAllJoin, namesOf, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Projects the text names outright, teams spoken of with a descriptive noun,
 * member tables headed by a kind of organisation, backers beside members,
 * and the name and list shapes behind them. Every name is invented.
 */
const facts = (title: string, body: string) => extractFacts(titledArticle(title, body));
/** The project findArticleProject names for a headline and body. */
const projectOf = (title: string, body: string): string | undefined => {
  const article = titledArticle(title, body);
  const registry = new OrgRegistry();
  findOrgCandidates(article, registry);
  return findArticleProject(article, registry);
};
const teamsOf = (title: string, body: string): string[] =>
  facts(title, body)
    .entities.filter((e) => e.label === 'Consortium')
    .map((e) => [e.name, ...e.aliases].join(' / '));

describe('projects the text names outright', () => {
  it('takes "the project … is called X" as the article’s project, even named once', () => {
    const body = [
      'For years, robot labs kept their data to themselves.',
      'The project that set out to change that is called Open Vellum-Grasp.',
      'Its partners are Tindra University, the Orvik Institute of Robotics, Brenna Polytechnic and Marsk Technical University, which pooled recordings of their arms.',
      'Each lab contributed at least one robot type, and the labs agreed to publish everything openly.',
    ].join(' ');
    const found = relationsOf(facts('How rival robot labs learned to share', body), 'MEMBER_OF');
    expect(found).toEqual(expect.arrayContaining(['Orvik Institute of Robotics → Open Vellum-Grasp consortium', 'Tindra University → Open Vellum-Grasp consortium']));
    expectAllJoin(found, 'Open Vellum-Grasp consortium');
  });

  it('puts the rows of a table headed "Organisation" in the project the text names', () => {
    const body = [
      'A coalition of education nonprofits has stepped forward with an offer of help.',
      'It is called **LearnKestrel**.',
      'LearnKestrel is an initiative announced in May to help schools decide how AI should fit into lessons.',
      '| Organisation | Role in LearnKestrel |',
      '|---|---|',
      '| Tindra Learning | Founding member, steering committee |',
      '| Orvik Testing Service | Founding member, steering committee |',
      '| Brenna Academy Online | Member, advisory committee |',
    ].join('\n');
    const found = relationsOf(facts('What is LearnKestrel, and who is behind it?', body), 'MEMBER_OF');
    // (The "Role in LearnKestrel" column names the team itself: teamIdentity.test.ts.)
    expect(found).toEqual(expect.arrayContaining(['Orvik Testing Service → LearnKestrel', 'Tindra Learning → LearnKestrel']));
  });

  it('reads the names of a column headed by who owns or funds them ("Founding shareholder", "Investor", "Backer")', () => {
    for (const heading of ['Founding shareholder', 'Investor', 'Backers']) {
      const body = [
        'Vellum Fab is a chipmaker set up by eight companies.',
        `| ${heading} | Main business |`,
        '|---|---|',
        '| Tindra Motor | Carmaker |',
        '| Kioxa | Flash memory |',
      ].join('\n');
      expect(namesOf(facts('Who owns Vellum Fab?', body), 'Organization')).toEqual(expect.arrayContaining(['Kioxa', 'Tindra Motor']));
    }
  });
});

describe('a project the text calls one', () => {
  it('reads "X is an initiative …" as naming the article’s project', () => {
    const body = [
      'Schools have been left to work out AI rules alone.',
      'Vellumteach is an initiative announced in May to help schools decide how AI should fit into lessons.',
      'Vellumteach has no formal authority, but its founders include Tindra Learning and Orvik Testing Service.',
    ];
    expect(projectOf('Explainer: what schools can expect from Vellumteach', body.join(' '))).toBe('Vellumteach');
  });
});

describe('teams spoken of with a descriptive noun', () => {
  const body = 'The Kestrel chatbot project brings together the Orland Institute for Research (OIR), the software company Vexa.AI, the non-profit Brightpath, and Harlow Development Trust.';

  it('reads "The X chatbot project brings together A, B and C" and keeps the phrase as the team’s name', () => {
    expect(readerRelationsOf(titledArticle('t', body), 'MEMBER_OF')).toEqual(['Brightpath → Kestrel', 'Harlow Development Trust → Kestrel', 'Orland Institute for Research → Kestrel', 'Vexa.AI → Kestrel']);
    expect(teamsOf('t', body)).toEqual(['Kestrel / Kestrel chatbot project']);
  });

  it('gives a team the noun phrases the text uses for it, not a funder’s participle', () => {
    const sentences = ['The Vardo project is a collaboration between two labs.', 'The Vardo speech collaboration published its data.', 'The Ames-funded project ended.'];
    expect(withTeamNoun('Vardo', sentences).sort()).toEqual(['Vardo project', 'Vardo speech collaboration']);
    expect(withTeamNoun('Vardo', ['Tindra funded the Vardo-backed project.'])).toEqual([]);
    expect(withTeamNoun('Ames', ['The Ames funded project ended.'])).toEqual([]);
  });

  it('finds the name only where it stands alone, at each place the sentence names it', () => {
    // ("NeoVardo" and "Pre-Vardo" are other names; the second "Vardo" still counts.)
    expect(withTeamNoun('Vardo', ['The NeoVardo project and the Pre-Vardo network met.'])).toEqual([]);
    expect(withTeamNoun('Vardo', ['NeoVardo joined the Vardo network.'])).toEqual(['Vardo network']);
  });

  it('leaves a backer named inside the members’ sentence out of the team', () => {
    const backed = 'The Kestrel chatbot project, supported by the Ames Foundation, brings together the Orland Institute for Research (OIR), the software company Vexa.AI, the non-profit Brightpath, and Harlow Development Trust.';
    const found = relationsOf(facts('Four organisations test chatbots', backed), 'MEMBER_OF');
    expect(found).toContain('Brightpath → Kestrel');
    expect(found.filter((pair) => pair.startsWith('Ames Foundation'))).toEqual([]);
  });
});

describe('member tables headed by a kind of organisation', () => {
  it('finds an organisation in each row of an "Organisation" or "Hub host" column', () => {
    const body = [
      'Four universities host the network’s hubs.',
      '| Hub host | Location | Launched |',
      '|---|---|---|',
      '| University of Tindra (UT), via Tindra Business School | Tindra | 2022 |',
      '| Orvik Polytechnic | Orvik | 2023 |',
      '| Marsk Data Guild | Marsk | To be confirmed |',
    ].join('\n');
    expect(namesOf(facts('How the hub network grows', body), 'Organization')).toEqual(expect.arrayContaining(['Marsk Data Guild', 'Orvik Polytechnic', 'University of Tindra']));
  });

  it('reads a role cell opening with a verb as a verb, not as a name ("| Coordinates the consortium |")', () => {
    const body = [
      'The Kelpie study has five partners.',
      '| Partner | Role |',
      '|---|---|',
      '| Quillon Works | Coordinates the consortium and runs the trials |',
      '| Orvane Motion | Builds the platform that hosts the data |',
    ].join('\n');
    const found = facts('Kelpie study', body);
    expect(namesOf(found, 'Consortium')).not.toContain('Coordinates');
    expect(namesOf(found, 'Organization')).toEqual(['Orvane Motion', 'Quillon Works']);
  });
});

describe('names and lists', () => {
  it('keeps a lowercase "n" and a university’s campus inside a name', () => {
    const names = findNameSpans('The recordings were made with a studio called Loud n Clear and the University of Tindra at Orvik.').map((span) => span.text);
    expect(names).toEqual(expect.arrayContaining(['Loud n Clear', 'University of Tindra at Orvik']));
  });

  it('does not take the items of a language list for organisations', () => {
    const body = 'The language list includes Vardic, Ostrel, Mennish and others. The dataset was built by the Tindra Institute.';
    expect(namesOf(facts('A speech dataset', body), 'Organization')).toEqual(['Tindra Institute']);
  });

  it('takes a community or a trust named in an appositive for an organisation', () => {
    const body = 'Vardolink, a pan-Nordic community for machine learning in health, recruited reviewers, and the recordings were produced with Ostrel Media Trust.';
    expect(namesOf(facts('A health benchmark', body), 'Organization')).toEqual(['Ostrel Media Trust', 'Vardolink']);
  });

  it('does not end a sentence at a numbered list item’s number', () => {
    expect(splitSentences('Nine members:\n1. the University of Tindra\n2. Orvik University\n3. Brenna Labs')).toEqual(['Nine members:', '1. the University of Tindra', '2. Orvik University', '3. Brenna Labs']);
  });
});

describe('sections, hosts and names of teams', () => {
  it('puts a section’s members in the team its heading asks about, and names a leader’s team after it', () => {
    const body = [
      'Two research networks started work this month.',
      '',
      '## Who is in VARDO?',
      '',
      'Tindra University coordinates.',
      'Among the partners are Orvik University, the Brenna Institute of Technology and Marsk University.',
      '',
      '## Who is in Ostrel-Net?',
      '',
      'The network grew out of an earlier one-year pilot and is coordinated by the Halden Research Centre.',
      'Partners include Solvik University, which leads the ethics work; Kvarn University; and Lund Polytechnic University.',
    ].join('\n');
    const found = relationsOf(facts('Explainer: two research networks, side by side', body), 'MEMBER_OF');
    expect(found).toEqual(expect.arrayContaining(['Kvarn University → Ostrel-Net', 'Solvik University → Ostrel-Net', 'Orvik University → VARDO', 'Marsk University → VARDO']));
    expect(found.filter((pair) => !pair.endsWith('→ VARDO') && !pair.endsWith('→ Ostrel-Net'))).toEqual([]);
    // The leader's sentence is no name for its team.
    expect(teamsOf('t', body).some((names) => names.includes('grew out of'))).toBe(false);
  });

  it('does not weigh a body whose name a team’s name carries as another team', () => {
    const sentences = [
      'The Tindra Institute (TI) has set up a new group with members, the TI Applied AI Impact Consortium.',
      'It brings together TI researchers and six founding members.',
      'TI is not just hosting the consortium: the institute’s own members sit on its board.',
    ];
    const sink = new FactSink();
    const host = sink.addEntity({ id: 'org:ti', label: 'Organization', name: 'Tindra Institute', aliases: ['TI'], props: {}, sentences: [0, 1, 2] });
    // Where `text` stands in sentence `index` (its last occurrence when `last`).
    const at = (index: number, text: string, last = false) => {
      const start = last ? sentences[index].lastIndexOf(text) : sentences[index].indexOf(text);
      return { sentence: index, start, end: start + text.length };
    };
    // The host is named on its own, and inside the team's name ("TI Applied …").
    for (const mention of [at(0, 'Tindra Institute'), at(0, 'TI Applied').start, at(1, 'TI'), at(2, 'TI')].map((m) => (typeof m === 'number' ? { sentence: 0, start: m, end: m + 2 } : m))) {
      sink.addMention({ id: host, label: 'Organization', ...mention });
    }
    const team = { name: 'TI Applied AI Impact Consortium', refs: [at(0, 'TI Applied AI Impact Consortium')] };
    const teams = new TeamsInText(sink, { sentences, title: 'Inside TI’s new AI club', unbuilt: [team] }, new Set());
    expect(teams.spokenOf.map(({ entity }) => entity.name)).not.toContain('Tindra Institute');
    // So within the team's name, "TI" names the team, not its host.
    expect(teams.mentionsIn(0).map((mention) => mention.key)).toEqual(['unbuilt:TI Applied AI Impact Consortium']);
  });

  it('does not take a team’s host, named inside the team’s name, for another team', () => {
    const body = [
      'The Tindra Institute of Technology (TIT) has set up a new industry-academic group, the TIT Applied AI Impact Consortium.',
      'It was announced this month and brings together TIT researchers and four founding corporate members.',
      'The members make an unusual group: Orvik Systems, the chip company; Brenna Foods; Marsk Telecom; and Kvarn Analytics.',
    ].join(' ');
    const found = relationsOf(facts('Inside TIT’s new applied AI club', body), 'MEMBER_OF');
    expect(found.filter((pair) => pair.endsWith('→ Tindra Institute of Technology consortium'))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Marsk Telecom → TIT Applied AI Impact Consortium', 'Orvik Systems → TIT Applied AI Impact Consortium']));
  });

  it('takes an accord’s quoted title, small words and all, for the article’s project', () => {
    const body = [
      'Delegates gathered in Halden for the annual security forum.',
      'The document is called the "Vardo Accord to Counter Deceptive Use of AI in 2026 Votes".',
      'Its signatories include Orvik Systems, Brenna Labs, Marsk Software and Kvarn Cloud.',
    ].join(' ');
    expect(projectOf('Tech firms sign deepfake accord in Halden', body)).toBe('Vardo Accord to Counter Deceptive Use of AI in 2026 Votes');
  });

  it('does not take the body that set a network up for a body with members', () => {
    const sentences = [
      'Two years ago the government launched a national Vardo Network.',
      'The Tindra AI Centre set up the network and invited organisations with credibility to act as partners.',
      'The centre says its partners meet twice a year, and the centre’s members pay no fee.',
    ];
    const entity = (name: string, at: number[]) => ({ id: name, label: 'Organization' as const, name, aliases: [], props: {}, sentences: at });
    const spoken = collectivesSpokenOf(sentences, 'Q&A: what the network does', [entity('Tindra AI Centre', [1]), entity('Vardo Network', [0])]).map(({ entity }) => entity.name);
    expect(spoken).not.toContain('Tindra AI Centre');
  });

  it('takes no team from a sentence opened by "One"', () => {
    const body = 'The two winners could hardly differ more. One is a university-led network based in Halden, which counts Orvik University, Brenna Labs and Marsk Data as members.';
    expect(teamsOf('Two consortia win compute money', body).filter((names) => names.startsWith('One'))).toEqual([]);
  });

  it('keeps names with "on" or a comma series whole, and stops an acronym at the next name', () => {
    const names = (text: string) => findNameSpans(text).map((span) => span.text);
    expect(names('The AI on Chip Vardo Alliance met in Halden.')).toContain('AI on Chip Vardo Alliance');
    expect(names('The Association signed the AI, Data and Robotics Partnership.')).toContain('AI, Data and Robotics Partnership');
    expect(names('You had the Orvik Industry Group, the Orvik Information Industry Association (OIIA) and others.')).toEqual(expect.arrayContaining(['Orvik Industry Group', 'Orvik Information Industry Association']));
  });

  it('does not take the languages a model speaks for the article’s project', () => {
    const body = 'Tindra Labs and Orvik University today published Vardo, an open Hindi-English model. Vardo is built mainly for Hindi. It is the main output of the Vardo project, a collaboration of the two.';
    expect(projectOf('Tindra Labs and Orvik University publish open Hindi-English model Vardo', body)).toBe('Vardo');
  });

  it('makes no team of a headline company the text never works with', () => {
    const body = 'Marsk Group is buying out Ostrel Ventures’ stake in Vardo AI. The 2023 funding round raised 500 million euros. Participants included Marsk Group, Ostrel Ventures, Kvarn Software and Lund Enterprise.';
    expect(relationsOf(facts('Analyst note: Marsk Group tightens grip on Vardo AI', body), 'MEMBER_OF')).toEqual([]);
  });

  it('does not make members of the companies a firm holds stakes in', () => {
    const body = [
      'Marsk Shipping signed a five-year contract with Vardo AI, which works with partners.',
      'The money has gone into deals with Kvarn and with the search start-up Lund Search, and into stakes in the coding-model developer Ostrel Labs and the data-science software company Brenna Systems.',
    ].join(' ');
    const found = relationsOf(facts('Marsk Shipping signs AI contract with Vardo AI', body), 'MEMBER_OF');
    expect(found.filter((pair) => /^(?:Ostrel Labs|Brenna Systems) /.test(pair))).toEqual([]);
  });

  it('names a joint venture by the name written before it', () => {
    const body = 'HALDEN, 6 July 2021 — Orvik Computational Chemistry, Inc. (OCC), the joint venture established by Orvik Networks and Brenna Energy, today launched a new service.';
    expect(teamsOf('Orvik joint venture launches service', body)).toEqual([expect.stringMatching(/^Orvik Computational Chemistry \/ OCC\b/)]);
    expect(relationsOf(facts('t', body), 'MEMBER_OF')).toEqual(['Brenna Energy → Orvik Computational Chemistry', 'Orvik Networks → Orvik Computational Chemistry']);
  });

  it('takes "The body, called X," as the name of the consortium the text describes', () => {
    const body = [
      'Orvik Systems and Brenna Cloud have joined forces with a group of research universities to create a new research consortium.',
      'The body, called the Orvik Digital Transformation Institute, was unveiled on Thursday.',
      'Its members include Tindra University, Marsk University and the Kvarn Institute of Technology.',
    ].join(' ');
    const teams = teamsOf('Orvik and Brenna launch AI research consortium', body);
    expect(teams.some((names) => names.includes('Orvik Digital Transformation Institute'))).toBe(true);
  });

  it('takes no adverb opening a sentence for a name', () => {
    expect(findNameSpans('Normally a consortium forms first. Currently Orvik Labs leads it.').map((span) => span.text)).toEqual(['Orvik Labs']);
  });

  it('takes no amount of money and no place a thing opens in for the article’s project', () => {
    expect(projectOf('Icelandic model project gets ISK 600 million as Vardo AI takes the lead', 'The government awarded ISK 600 million to the effort. Vardo AI leads it. The ISK 600 million grant runs for three years.')).not.toBe('ISK 600');
    expect(projectOf('Vardo Labs opens in Halden as pharma leaders pool forces', 'Vardo Labs opened in Halden today. Halden has long hosted biotech firms. The lab will run open calls from Halden.')).not.toBe('Halden');
  });

  it('reads the members of "an alliance of four companies — A, B, C and D"', () => {
    const body = 'The lab is backed by an alliance of four pharmaceutical companies — Orvik Pharma, Brenna Bio, Marsk Therapeutics and Kvarn Industries — together with Lund Cloud.';
    expect(readerRelationsOf(titledArticle('t', body), 'MEMBER_OF').map((pair) => pair.split(' → ')[0])).toEqual(['Brenna Bio', 'Kvarn Industries', 'Marsk Therapeutics', 'Orvik Pharma']);
  });

  it('takes a connective opening a sentence for no name, and keeps "+" in an acronym', () => {
    expect(findNameSpans('Instead, the academy leads the project.').map((span) => span.text)).toEqual([]);
    const [centre] = findNameSpans('The Vardo Centre for Automated Decision-Making and Society (VDM+S) is led by Orvik.');
    expect([centre.text, centre.acronym]).toEqual(['Vardo Centre for Automated Decision-Making and Society', 'VDM+S']);
  });

  it('takes an amount of money for no organisation', () => {
    const body = 'The launch is backed by an AED 1 billion (about US$272 million) package from the Vardo government, and the hub partners with Orvik Labs and Brenna Systems.';
    expect(namesOf(facts('Hub opens', body), 'Organization')).not.toContain('AED 1');
  });
});


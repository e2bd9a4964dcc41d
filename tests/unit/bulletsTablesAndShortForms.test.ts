import { extractFacts } from '../../src/ingest/extract';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { FactSink } from '../../src/ingest/extract/factSink';
import { mergeLeaderTeams } from '../../src/ingest/extract/mergeLeaderTeams';
import { markNonActors } from '../../src/ingest/extract/markNonActors';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { namesOf, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Shapes found in the sets written in the twenty-sixth session (s75 to s78),
 * rewritten with invented organisations: member bullets grouped by country,
 * tables with a column per side, short forms given before or after a name,
 * and deals or teams the text names itself.
 */
const facts = (body: string, title = 'Partners named') => extractFacts(titledArticle(title, body));
const aliasesOf = (body: string, name: string, title?: string): string[] => facts(body, title).entities.find((e) => e.name === name)?.aliases ?? [];

describe('member bullets grouped by where the members come from', () => {
  it('reads the members after "from <country>," in each bullet', () => {
    const article = titledArticle(
      'Kelvo University leads a project against fake news',
      [
        'Debunkr is a European project coordinated by Kelvo University.',
        'When it started, the consortium had six partners:',
        '',
        '- from Belgium, the media network Orvane Media and the consultancy Pellin Advisory;',
        '- from Greece, the software company Tessaly Soft;',
        '- from the Netherlands, Marrow University of Applied Sciences and Brenna Labs.',
      ].join('\n'),
    );
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual(expect.arrayContaining([
      'Orvane Media → Debunkr',
      'Pellin Advisory → Debunkr',
      'Tessaly Soft → Debunkr',
      'Marrow University of Applied Sciences → Debunkr',
      'Brenna Labs → Debunkr',
    ]));
  });

  it('does not skip a lead-in that names no country', () => {
    const article = titledArticle(
      'Kelvo University leads a project',
      ['Debunkr is a European project coordinated by Kelvo University.', 'The consortium has two partners:', '', '- from Orvane, the media network Pellin Media;', '- from Tessaly Soft, Marrow Labs.'].join('\n'),
    );
    expect(readerRelationsOf(article, 'MEMBER_OF').filter((r) => /Pellin|Marrow/.test(r))).toEqual([]);
  });
});

describe('a table with a column of organisations per side', () => {
  it('finds the names under "Israeli partner" and "U.S. partner" headings', () => {
    const body = [
      'The foundation approved three projects this round.',
      '',
      '| Israeli partner | U.S. partner | What they will build |',
      '|---|---|---|',
      '| Kelvo Bio (Haifa) | Orvane Foods (Chicago, IL) | Cocoa grown from cells |',
      '| Tessaly Optics (Israel) | Pellin Polymers (U.S.) | Coatings for headsets |',
    ].join('\n');
    expect(namesOf(facts(body), 'Organization')).toEqual(expect.arrayContaining(['Kelvo Bio', 'Orvane Foods', 'Tessaly Optics', 'Pellin Polymers']));
  });
});

describe('short forms', () => {
  it('reads "Full Name (ACR Head)" as one organisation answering to both', () => {
    const body = 'The Linux Foundation announced the Unified Kelvo Foundation (UKF Foundation), a group that will develop an open programming model. Orvane Systems said the UKF Foundation was overdue.';
    const names = namesOf(facts(body), 'Organization');
    expect(names).toContain('Unified Kelvo Foundation');
    expect(names).not.toContain('UKF Foundation');
  });

  it('does not take a bracketed pair as a short form when its last word is not the name’s', () => {
    expect(findNameSpans('The Unified Kelvo Foundation (UKF Alliance) met.')[0].acronym).toBeUndefined();
  });

  it('reads "ACR, the Full Name" as one organisation when the letters spell the name', () => {
    const body = 'Seventeen companies signed the founding documents of BKIC, the Basque Kelvo Intelligence Center, on Monday. BKIC will help local industry adopt AI.';
    expect(aliasesOf(body, 'Basque Kelvo Intelligence Center')).toContain('BKIC');
    const acronymOf = (sentence: string) => findNameSpans(sentence).find((span) => span.text.startsWith('Basque'))?.acronym;
    expect(acronymOf('It joined BXQ, the Basque Kelvo Intelligence Center, in May.')).toBeUndefined();
    expect(acronymOf('It joined KIC, the Basque Kelvo Intelligence Center, in May.')).toBeUndefined();
  });

  it('keeps "Next" and an abbreviated saint in a name after an article', () => {
    expect(findNameSpans('The Next Generation Kelvo Programs fund students.')[0].text).toBe('Next Generation Kelvo Programs');
    expect(findNameSpans('Next, Orvane Labs will join.')[0].text).toBe('Orvane Labs');
    expect(findNameSpans('Its partner is the St. Kelvo Global Observatory (SKGO) in Quebec.').map((span) => span.text)).toContain('St. Kelvo Global Observatory');
  });
});

describe('what a team is called', () => {
  it('names a deal by the name the text gives it, not by its sides', () => {
    const article = titledArticle('A partnership', 'The Kelvo Foundation and Orvane AI have announced a partnership called Horizon500, pairing the foundation’s money with Orvane’s models.');
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual(['Kelvo Foundation → Horizon500', 'Orvane AI → Horizon500']);
  });

  it('answers to its sides’ short forms when named by its sides', () => {
    const body = 'Kelvo University of Science and Technology (KUST) and Orvane Agricultural University (OAU) formed a partnership on clinical AI.';
    const team = facts(body).entities.find((e) => e.label === 'Consortium' && e.name.includes('–'));
    expect(team?.aliases).toEqual(expect.arrayContaining(['KUST–OAU partnership']));
  });

  it('takes no clause for a name with its team noun ("Vaani is a collaboration")', () => {
    const body = 'Project Kelvani is a collaboration between the Orvane Institute of Science and Pellin Cloud.';
    expect(aliasesOf(body, 'Project Kelvani')).not.toContain('Project Kelvani is a collaboration');
    expect(relationsOf(facts(body), 'MEMBER_OF')).toEqual(['Orvane Institute of Science → Project Kelvani', 'Pellin Cloud → Project Kelvani']);
  });

  it('takes no clause for a phrase the team goes by ("The coordinators said the group")', () => {
    const body = 'Debunkr is a European project coordinated by Kelvo University. The consortium has two partners, Orvane Media and Pellin Advisory. The coordinators said the group was deliberately mixed.';
    const team = facts(body).entities.find((e) => e.name === 'Debunkr');
    expect(team?.aliases.some((alias) => /said/.test(alias))).toBe(false);
  });
});

describe('organisations named once, by what the text says they do', () => {
  it('reads "X is the technology partner" and "X comes in as the academic partner"', () => {
    const names = namesOf(facts('Kelvotek is the technology partner. Orvane comes in as the academic partner, supplying researchers.'), 'Organization');
    expect(names).toEqual(expect.arrayContaining(['Kelvotek', 'Orvane']));
    expect(namesOf(facts('Mira Kelvo is the founding partner at Orvane Capital.'), 'Organization')).not.toContain('Mira Kelvo');
  });

  it('reads a name set off as "its … arm" or "its … business"', () => {
    const body = 'Kelvo Telecom holds 60 per cent, and Pellin Digital holds 35 per cent through Marrowline, its regional data-centre business.';
    expect(namesOf(facts(body), 'Organization')).toContain('Marrowline');
  });

  it('finds the names in a table’s "Applicant" column', () => {
    const body = ['Seven models were picked.', '', '| Applicant | Model submitted |', '|---|---|', '| Kelvodata | tsuzumi 2 |', '| Orvane Cloud | CC Gov-LLM |'].join('\n');
    expect(namesOf(facts(body), 'Organization')).toEqual(expect.arrayContaining(['Kelvodata', 'Orvane Cloud']));
  });

  it('keeps a company when the text speaks of "the Microsoft lab"; a known place, or any name after "a", before a role is still a place', () => {
    const known = 'Orvane Systems said Microsoft will provide experts. Officials hoped the Microsoft lab would help.';
    expect(namesOf(facts(known), 'Organization')).toContain('Microsoft');
    const unknown = 'Orvane Systems said Kelvotek will provide experts. Officials hoped the Kelvotek lab would help.';
    expect(namesOf(facts(unknown), 'Organization')).toContain('Kelvotek');
    const refused = (sentence: string, name: string): boolean => {
      const registry = new OrgRegistry();
      markNonActors(sentence, registry);
      return registry.refuses(name);
    };
    expect(refused('Kelvo Aviation, the California maker of aircraft, signed up.', 'California')).toBe(true);
    expect(refused('Officials hoped the Kelvotek lab would help.', 'Kelvotek')).toBe(false);
    expect(refused('Pellin Capital, a Kelvotek investor, signed up.', 'Kelvotek')).toBe(true);
  });

  it('takes "Dalhousie" for "Dalhousie University" in the same article', () => {
    const body = 'A project led by Kelvoshire University will clean ocean data. Kelvoshire said it would share the data with Orvane Institute.';
    const names = namesOf(facts(body), 'Organization');
    expect(names).toContain('Kelvoshire University');
    expect(names).not.toContain('Kelvoshire');
  });
});

describe('a team building a named thing', () => {
  it('answers to the name of what it builds ("X, the … model, is being developed by a consortium led by Y")', () => {
    const article = titledArticle(
      'Models to watch',
      ['- **KELM**, the government-backed Kelvish language model, is being developed by a consortium led by Orvane University of Technology.', 'Its members include Pellin National Research Institute and the Marrow Processing Institute.'].join('\n'),
    );
    const team = extractFacts(article).entities.find((e) => e.label === 'Consortium');
    expect([team?.name, ...(team?.aliases ?? [])]).toContain('KELM');
    expect(readerRelationsOf(article, 'LEADS')).toEqual([`Orvane University of Technology → ${team?.name}`]);
  });
});

describe('a venture’s shareholders listed as bullets', () => {
  it('are its members, and a hyphenated pair of peoples in their description names nobody', () => {
    const article = titledArticle(
      'Cloud venture opens',
      [
        'KCCC is a joint venture with registered capital of $238 million. Its shareholders are:',
        '',
        '- **Orvane Capital**, the Saudi-Chinese technology fund, which put the deal together;',
        '- **Pellin Cloud**, which brings the platform;',
        '- **the Marrow Information Technology Company (MITC)**, the state-linked IT house.',
      ].join('\n'),
    );
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual(['Marrow Information Technology Company → KCCC', 'Orvane Capital → KCCC', 'Pellin Cloud → KCCC']);
    expect(namesOf(extractFacts(article), 'Organization')).not.toContain('Saudi-Chinese');
  });
});

describe('an institute’s subject words after "and"', () => {
  it('keep "Control", "Space" or "Physics" in the name, and a second body still splits off', () => {
    expect(findNameSpans('It is coordinated by the Kelvo Institute for Computer Science and Control (KOZ) in Orvane.')[0].text).toBe('Kelvo Institute for Computer Science and Control');
    expect(findNameSpans('The Orvane Institute of Astronomy and Space signed.')[0].text).toBe('Orvane Institute of Astronomy and Space');
    expect(findNameSpans('Institute of Astronomy and Kelvo University signed.').map((span) => span.text)).toEqual(['Institute of Astronomy', 'Kelvo University']);
  });
});

describe('Spanish and Portuguese bodies’ names', () => {
  const names = (sentence: string) => findNameSpans(sentence).map((span) => span.text);

  it('keep their "y", "e" and "en" inside one name', () => {
    expect(names('It joined the Centro de Kelvación y de Estudios Avanzados in May.')).toEqual(['Centro de Kelvación y de Estudios Avanzados']);
    expect(names('The Centro de Gestão e Estudos Orvanos (CGEO) will study it.')).toEqual(['Centro de Gestão e Estudos Orvanos']);
    expect(names('The Centro de Investigación en Materiales Kelvos signed.')).toEqual(['Centro de Investigación en Materiales Kelvos']);
  });

  it('split at "y" before a second body’s head', () => {
    expect(names('Universidad de Kelvo y Universidad de Orvane signed.')).toEqual(['Universidad de Kelvo', 'Universidad de Orvane']);
    expect(names('Centro de Kelvación y Centro de Orvane signed.')).toEqual(['Centro de Kelvación', 'Centro de Orvane']);
  });
});

describe('mergeLeaderTeams', () => {
  const sinkWith = (teams: Array<[id: string, name: string, leaders: string[]]>): FactSink => {
    const sink = new FactSink();
    sink.addEntity({ id: 'org:k', label: 'Organization', name: 'Kelvoshire University', aliases: ['Kelvoshire'], props: {} });
    sink.addEntity({ id: 'org:o', label: 'Organization', name: 'Orvane Labs', props: {} });
    sink.addEntity({ id: 'org:p', label: 'Organization', name: 'Pellin Institute', props: {} });
    for (const [id, name, leaders] of teams) {
      sink.addEntity({ id, label: 'Consortium', name, props: {} });
      for (const leader of leaders) sink.addRelation('LEADS', leader, id, [0]);
    }
    sink.addRelation('MEMBER_OF', 'org:p', 'team:led', [1]);
    return sink;
  };
  const teamNames = (sink: FactSink) => sink.byLabel('Consortium').map((team) => team.name).sort();

  it('folds the team named after its leader’s short form into the one named team it leads', () => {
    const sink = sinkWith([['team:led', 'Kelvoshire consortium', ['org:k']], ['team:named', 'Tidebridge', ['org:k']]]);
    mergeLeaderTeams(sink);
    expect(teamNames(sink)).toEqual(['Tidebridge']);
    expect(sink.relationsOf('MEMBER_OF', 'team:named').map((r) => r.from)).toEqual(['org:p']);
  });

  it('leaves apart a team named after the leader’s full name: the readers kept it apart ("also leads a consortium of five ports")', () => {
    const full = sinkWith([['team:led', 'Kelvoshire University consortium', ['org:k']], ['team:named', 'Tidebridge', ['org:k']]]);
    mergeLeaderTeams(full);
    expect(teamNames(full)).toEqual(['Kelvoshire University consortium', 'Tidebridge']);
  });

  it('leaves them apart when the leader leads two named teams, or the team has two leaders', () => {
    const two = sinkWith([['team:led', 'Kelvoshire consortium', ['org:k']], ['team:named', 'Tidebridge', ['org:k']], ['team:other', 'Seawall', ['org:k']]]);
    mergeLeaderTeams(two);
    expect(teamNames(two)).toEqual(['Kelvoshire consortium', 'Seawall', 'Tidebridge']);
    const coLed = sinkWith([['team:led', 'Kelvoshire consortium', ['org:k', 'org:o']], ['team:named', 'Tidebridge', ['org:k']]]);
    mergeLeaderTeams(coLed);
    expect(teamNames(coLed)).toEqual(['Kelvoshire consortium', 'Tidebridge']);
  });
});

describe('what two organisations start together and name', () => {
  it('"A and B unveiled what they call Y" makes Y their team, past an appositive about B', () => {
    const article = titledArticle(
      'A computing centre',
      'In December, Kelvo University and Orvane National Laboratory (ONL), the lab run for the energy ministry, unveiled what they call Pellin SPARC.',
    );
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual(['Kelvo University → Pellin SPARC', 'Orvane National Laboratory → Pellin SPARC']);
  });

  it('needs the naming words: "unveiled Y" alone may be a product', () => {
    const article = titledArticle('A chip', 'Kelvo University and Orvane Labs unveiled Pellin Nine, a chip for phones.');
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual([]);
  });
});

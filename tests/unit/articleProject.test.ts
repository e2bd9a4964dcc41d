import { extractFacts } from '../../src/ingest/extract';
import { findArticleProject } from '../../src/ingest/extract/articleProject';
import { findOrgCandidates } from '../../src/ingest/extract/findOrgCandidates';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { relationsOf, titledArticle } from './support/articleOf';

/** Articles about one joint project, whose team the text calls "the project" or "the initiative"; every name is invented. */
const article = titledArticle;
const project = (title: string, body: string): string | undefined => {
  const parsed = article(title, body);
  const registry = new OrgRegistry();
  findOrgCandidates(parsed, registry);
  return findArticleProject(parsed, registry);
};
const consortia = (title: string, body: string) => extractFacts(article(title, body)).entities.filter((e) => e.label === 'Consortium');

describe('the project an article is about', () => {
  it('is a coined name the headline gives and the body repeats', () => {
    expect(project('The long road to Norda-LM', 'Norda-LM was released on Monday. Researchers say Norda-LM handles all five Nordic languages.')).toBe('Norda-LM');
  });

  it('is a name the text calls a model, even when the headline does not name it', () => {
    expect(project('A new model for Faroese', 'The Faroese government presented Vestri, an open large language model for the islands. Vestri will be free to use.')).toBe('Vestri');
  });

  it('is not a company named in the headline by its short form', () => {
    expect(project('Telemark and Nvidia bet on factories', 'Telemark Group chief executive Ola Berg said the company would build a cloud. Telemark will run it. Telemark said demand was high. Telemark plans more.')).toBeUndefined();
  });

  it('is not the city where the work happens', () => {
    const body = 'Tampere is getting an AI lab. Orvik Systems and Talla University will run the lab in Tampere. The partners said Tampere was chosen for its talent. Kestrel Labs will also join the lab in Tampere.';
    expect(project('A new AI lab for Tampere', body)).toBeUndefined();
  });

  it("is not a newsletter's issue number, and no team is named after one", () => {
    const title = 'Brenna Compute — Issue 12: a cluster and two grants';
    const body = '# Brenna Compute — Issue 12\n\nWelcome to Issue 12. Three universities and a start-up will share a new GPU cluster. Orvik University, Talla University and Kestrel Labs are the partners, the ministry said. Issue 12 also covers grants.';
    expect(project(title, body)).toBeUndefined();
    expect(consortia(title, body).map((team) => team.name)).not.toContain('Issue 12 consortium');
  });

  it('is not a funding programme', () => {
    expect(project('Vestri gets money under the Nordic AI Mission', 'The Nordic AI Mission funds four projects. The Nordic AI Mission is run by the ministry.')).toBeUndefined();
  });
});

describe('the team behind the article\'s project', () => {
  it('takes the members of "make up the project" and answers to the project\'s name', () => {
    const body = 'We spoke about Norda-LM, the Nordic model. Three organisations make up the project: Fjell Data, a cloud operator; Bryne University; and the Skagen Institute of Language. Norda-LM is due next year.';
    const [team] = consortia('A conversation about Norda-LM', body);
    expect(team.aliases).toContain('Norda-LM');
    expect(relationsOf(extractFacts(article('A conversation about Norda-LM', body)), 'MEMBER_OF')).toEqual([
      'Bryne University → Norda-LM consortium',
      'Fjell Data → Norda-LM consortium',
      'Skagen Institute of Language → Norda-LM consortium',
    ]);
  });

  it('makes "X leads the effort" the project\'s leader, and a later partner its member', () => {
    const body = 'Norda-LM took two years to build. Fjell Data leads the effort and hosts the engineers. Bryne University has been a Norda-LM partner from the start.';
    const facts = extractFacts(article('Inside Norda-LM', body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Fjell Data → Norda-LM consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Bryne University → Norda-LM consortium', 'Fjell Data → Norda-LM consortium']);
  });

  it('reads "the initiative is spearheaded jointly by A and B" as two leaders', () => {
    const body = 'Norda-LM launch today in Oslo. 10:15 — The initiative is spearheaded jointly by Fjell Data and Bryne Telecom. Fjell Data supplies the compute.';
    expect(relationsOf(extractFacts(article('LIVE: Norda-LM launch', body)), 'LEADS')).toEqual(['Bryne Telecom → Norda-LM consortium', 'Fjell Data → Norda-LM consortium']);
  });

  it('gives the only team, named after its leader, the project\'s name as well', () => {
    const body = 'The Vestri initiative is carried out by a consortium led by Bryne University. Partner institutions are Fjell Data and the Skagen Institute of Language. Vestri will be free to use.';
    const [team] = consortia('Vestri gets more money', body);
    expect(team.name).toBe('Bryne University consortium');
    expect(team.aliases).toContain('Vestri');
  });

  it('names no team when only a company leads its own project', () => {
    expect(consortia('Norda-LM released', 'Norda-LM is a new model. Fjell Data built Norda-LM alone. Norda-LM is open.')).toEqual([]);
  });
});

describe('named teams introduced in passing', () => {
  it('reads "the consortium, NAME, …" and its founding members after a colon', () => {
    const body = "Vestland's publicly funded computing consortium, Fjord AI, is set to grow. Seven founding members have governed Fjord AI since its launch: Bryne University, Skagen University, Fjell Data, Orvik Institute, Tarn College, Lysa University and the Hval Institute.";
    expect(relationsOf(extractFacts(article('Fjord AI grows', body)), 'MEMBER_OF')).toHaveLength(7);
  });

  it('reads "NAME, led by A and B" and "the third partner is C"', () => {
    const body = 'Vestri is the flagship output of the Nordic AI Initiative, led by Bryne University and Skagen University. The third partner is the Orvik Computing Centre in Tromsø.';
    const facts = extractFacts(article('Vestri arrives', body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Bryne University → Nordic AI Initiative', 'Skagen University → Nordic AI Initiative']);
    expect(relationsOf(facts, 'MEMBER_OF')).toContain('Orvik Computing Centre → Nordic AI Initiative');
  });

  it('reads "A, which co-developed the X models with researchers at B and C"', () => {
    const body = 'Among the most vocal has been the chief of Fjell Data, which co-developed the open Vestri models with researchers at Bryne University and Skagen University.';
    expect(relationsOf(extractFacts(article('Nordic digest', body)), 'MEMBER_OF')).toEqual(['Bryne University → Vestri', 'Fjell Data → Vestri', 'Skagen University → Vestri']);
  });

  it('reads the leader named in "The consortium leader is X"', () => {
    const body = 'Work on Vestri has been conducted since 2023 by a consortium of six institutes. The consortium leader is Bryne University of Science and Technology. Next to the leader, the consortium is formed by Fjell Data and the Skagen Institute.';
    const facts = extractFacts(article('Vestri released', body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Bryne University of Science and Technology → Vestri consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toContain('Fjell Data → Vestri consortium');
  });
});

describe('team tables and builders described in passing', () => {
  it('makes every row of a partners-only table a member of the team just named', () => {
    const body = [
      'The Fjord AI Consortium was set up in 2024. The consortium, as listed by its host, looks like this:',
      '',
      '| Partner | Type |',
      '|---|---|',
      '| Bryne University | University (host) |',
      '| Fjell Data | Company |',
      '| Skagen Institute | Research institute |',
    ].join('\n');
    const facts = extractFacts(article('Fjord AI grows', body));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Bryne University → Fjord AI Consortium', 'Fjell Data → Fjord AI Consortium', 'Skagen Institute → Fjord AI Consortium']);
    expect(relationsOf(facts, 'LEADS')).toEqual(['Bryne University → Fjord AI Consortium']);
  });

  it('reads "X was built by A, the national centre, together with B and C"', () => {
    const body = 'Vestland was one of the first regions to train its own language model. Vestri was built by Fjell Data, the regional centre for applied AI, together with the research institute Bryne Labs and the chipmaker Orvik Semiconductors.';
    expect(relationsOf(extractFacts(article('Vestri at two', body)), 'MEMBER_OF')).toEqual(['Bryne Labs → Vestri', 'Fjell Data → Vestri', 'Orvik Semiconductors → Vestri']);
  });
});

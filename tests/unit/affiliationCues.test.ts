import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/** Organisations named as a parent or employer, and people kept out; every name here is invented. */
const orgs = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'Organization');

describe('affiliation cues', () => {
  it('reads the parent in "X, a unit of Amsterdam-listed Y" as an organisation', () => {
    expect(orgs('Qarin Mobile, a unit of Amsterdam-listed Veltor, will run the cloud.')).toContain('Veltor');
  });

  it('reads the employer in "an analyst at Y" as an organisation and the analyst as a person', () => {
    const found = orgs('"Control matters," said Amna Rafiq, an analyst at Korvel Securities in Lahore.');
    expect(found).toContain('Korvel Securities');
    expect(found).not.toContain('Amna Rafiq');
  });

  it('reads every employer in "engineers who worked at A, B and C", but no person someone worked for', () => {
    expect(orgs('The founders previously worked at Veltor, Quorbel and Brask, then left to start their own lab.')).toEqual(['Brask', 'Quorbel', 'Veltor']);
    expect(orgs('He worked for Veltor for a decade and now works at Quorbel.')).toEqual(['Quorbel', 'Veltor']);
    expect(orgs('She worked for Amna Rafiq before joining the ministry.')).toEqual([]);
  });

  it('does not read "part of the government\'s Future Made agenda" as an organisation', () => {
    expect(orgs('The plan is part of the government\'s Future Made agenda.')).toEqual([]);
  });

  it('makes no member of "Neither is part of the group"', () => {
    const body = 'A consortium led by Jorvik Telecom will build the cloud. Brask Capital and Orrel Partners finance it. Neither is part of the Jorvik Telecom consortium.';
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual(['Jorvik Telecom → Jorvik Telecom consortium']);
  });
});

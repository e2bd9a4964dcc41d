import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

const organizations = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'Organization');

describe('people and venues are not organisations', () => {
  it('refuses a name followed by a bare job title', () => {
    const body = 'Quorbel Technologies joined the programme. Arno Velskin-tam, director general of the ministry’s AI bureau, announced the decision.';
    expect(organizations(body)).toEqual(['Quorbel Technologies']);
  });

  it('refuses a convention centre where a launch took place', () => {
    const body = 'Quorbel Technologies unveiled its model at the Lakeside International Convention Centre in Reykjavik.';
    expect(organizations(body)).toEqual(['Quorbel Technologies']);
  });
});

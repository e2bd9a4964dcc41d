import { extractFacts } from '../../src/ingest/extract';
import { articleOf, relationsOf } from './support/articleOf';

describe('who launched an initiative', () => {
  const body = [
    'Iceland is co-financing a new AI factory with the European Commission.',
    'The factory is counted among the projects announced under the Commission’s Glacier Compute Action Plan.',
  ].join(' ');
  const facts = extractFacts(articleOf(body));

  it('keeps a bloc body of the gazetteer with the bloc in an article about a member state', () => {
    expect(relationsOf(facts, 'PART_OF')).toContain('European Commission → European Union');
  });

  it('gives an initiative an agency owns ("the Commission’s … Plan") to that agency’s government', () => {
    expect(relationsOf(facts, 'LAUNCHED')).toEqual(['European Union → Glacier Compute Action Plan']);
  });
});

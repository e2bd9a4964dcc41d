import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

const organizations = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'Organization');

describe('short forms of institutions', () => {
  it('merges a one-word short form into its name with generic words and a head', () => {
    expect(organizations('Researchers at the Delphi Research and Innovation Center built the model. Delphi, the research company, also joined the Alliance for Greek Data.')).toEqual(['Delphi Research and Innovation Center']);
  });
});

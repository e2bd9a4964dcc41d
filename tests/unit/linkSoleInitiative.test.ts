import { extractFacts } from '../../src/ingest/extract';
import { articleOf, relationsOf } from './support/articleOf';

describe('consortia in an article about one programme', () => {
  it('are part of the one initiative a government launched, even when no sentence names both', () => {
    const facts = extractFacts(
      articleOf(
        'The Uruguayan government launched the National Language Model Programme on Monday. ' +
          'Three teams were picked. A consortium led by Velora Labs includes Quarn Systems and Tessal Data. ' +
          'A second consortium, led by Ombrix AI, includes Pellan Cloud.',
      ),
    );
    expect(relationsOf(facts, 'PART_OF').filter((r) => r.includes('consortium'))).toEqual([
      'Ombrix AI consortium → National Language Model Programme',
      'Velora Labs consortium → National Language Model Programme',
    ]);
  });

  it('are left unlinked when the article names two launched initiatives', () => {
    const facts = extractFacts(
      articleOf(
        'The Uruguayan government launched the National Language Model Programme and the Sovereign Compute Plan. ' +
          'A consortium led by Velora Labs includes Quarn Systems and Tessal Data.',
      ),
    );
    expect(relationsOf(facts, 'PART_OF').filter((r) => r.includes('consortium'))).toEqual([]);
  });
});

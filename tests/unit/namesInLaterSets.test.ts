import { findNameSpans } from '../../src/ingest/extract/nameSpans';

/**
 * Name shapes found in the sets written in the twenty-fourth session,
 * rewritten with invented organisations: a one-word brand dashed onto the
 * academic body it names, a company's name that runs on past "and" and a
 * chamber's trades.
 */
const spans = (sentence: string): string[] => findNameSpans(sentence).map((span) => span.text);

describe('names that run past a dash or an "and"', () => {
  it('joins a one-word brand to the university or institute dashed after it, but not a country, a city or a short name', () => {
    expect(spans('Partners include Kelvo – Orvane Artificial Intelligence Institute and Brenna Labs.')).toContain('Kelvo – Orvane Artificial Intelligence Institute');
    expect(spans('The network links BrennMet – Brenna Metropolitan University with Tessaly.')).toContain('BrennMet – Brenna Metropolitan University');
    expect(spans('It has sites in Norway – Brenna Metropolitan University hosts one.')).not.toContain('Norway – Brenna Metropolitan University');
    expect(spans('Kelvo – Orvane Robotics Labs will build it.')).not.toContain('Kelvo – Orvane Robotics Labs');
  });

  it('keeps a business adjective and a company head after "and" inside the name, but not a second company', () => {
    expect(spans('The backers include the Industrial and Commercial Bank of Orvika.')).toContain('Industrial and Commercial Bank of Orvika');
    expect(spans('Kelvo Power and Industrial Solutions will build the plant.')).toEqual(['Kelvo Power and Industrial Solutions']);
    expect(spans('Kelvo Power and Industrial Solutions Limited will build it.')).toContain('Kelvo Power and Industrial Solutions Limited');
    expect(spans('Orvika Development Bank and Industrial Bank of Orvika lend.')).not.toContain('Orvika Development Bank and Industrial Bank of Orvika');
    expect(spans('Kelvo Power and National Bank of Orvika lend.')).not.toContain('Kelvo Power and National Bank of Orvika');
    expect(spans('Kelvo Power and Pacific Holdings lend.')).not.toContain('Kelvo Power and Pacific Holdings');
  });

  it('keeps a chamber’s trades and the place it serves in its name, but not a company listed after a chamber', () => {
    expect(spans('Members include the Chamber of Commerce and Industry of Orvika (GZO).')).toContain('Chamber of Commerce and Industry of Orvika');
    expect(spans('It joined the Kelvo Chamber of Commerce and Brenna Labs.')).toEqual(['Kelvo Chamber of Commerce', 'Brenna Labs']);
  });
});

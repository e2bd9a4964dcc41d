import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ingest/extract';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { isPlaceName } from '../../src/ingest/resolve/places';
import { namesOf, titledArticle } from './support/articleOf';

/**
 * Name shapes found in the sets written in the twenty-fourth session,
 * rewritten with invented organisations: a one-word brand dashed onto the
 * academic body it names, a company's name that runs on past "and" and a
 * chamber's trades; states, provinces and districts named alone.
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

describe('an institution’s subject after "and"', () => {
  it('runs on through an abstract noun, but not into a second body, a university or a trust', () => {
    expect(spans('It created the Kelvo Institute for Artificial Intelligence and Energy Transition last year.')).toContain('Kelvo Institute for Artificial Intelligence and Energy Transition');
    expect(spans('The Ministry of Economy and Federation of Kelvo Industries met.')).not.toContain('Ministry of Economy and Federation of Kelvo Industries');
    expect(spans('Staff of the University of Oslo and Oslo Teaching Hospitals NHS Trust took part.')).toEqual(expect.arrayContaining(['University of Oslo', 'Oslo Teaching Hospitals NHS Trust']));
  });

  it('ends a ministry’s subject before the next ministry named with "and the"', () => {
    expect(spans('The Ministry of Digital Transition and Administrative Reform and the Ministry of Energy Transition signed.')).toEqual(['Ministry of Digital Transition and Administrative Reform', 'Ministry of Energy Transition']);
  });
});

describe('a date opening the sentence', () => {
  it('is no part of the name after it, whether the day comes before or after the month or a weekday stands alone', () => {
    expect(spans('On 24 September Kelvo SE and Brenna announced a service.')).toEqual(['Kelvo SE', 'Brenna']);
    expect(spans('- On 11 November Orvane said it would invest.')).toEqual(['Orvane']);
    expect(spans('On May 5, 2025 Kelvo Labs said it would invest.')).toContain('Kelvo Labs');
    expect(spans('On Monday KT Orvane said it would build.')).toEqual(['KT Orvane']);
  });
});

describe('regions', () => {
  it('ships seeds/regions.json as scripts/buildRegions.js writes it from the package (run `npm run build:regions` after an upgrade)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { regionsFile } = require('../../scripts/buildRegions.js') as { regionsFile: () => unknown };
    expect(JSON.parse(readFileSync(join(__dirname, '../../seeds/regions.json'), 'utf8'))).toEqual(regionsFile());
  });

  it('takes a state, a province, a district or part of a state named alone for a place, not an organisation', () => {
    const body = [
      'Kelvo Semiconductor signed a memorandum with Karnataka for a fab.',
      'The design units sit in Guadalajara, Jalisco; and in Hermosillo, Sonora.',
      'The consortium works with three colleges: Brenna, Lakeland and Lorain County.',
      'Orvane Labs opened an office in Western New York, and Tessaly Robotics one in Minhang District.',
      'Kelvo Semiconductor, Brenna Systems, Orvane Labs and Tessaly Robotics are members of the consortium.',
    ].join(' ');
    const orgs = namesOf(extractFacts(titledArticle('A new plant', body)), 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['Kelvo Semiconductor', 'Brenna Systems', 'Orvane Labs', 'Tessaly Robotics']));
    for (const place of ['Karnataka', 'Jalisco', 'Sonora', 'Lorain County', 'Western New York', 'Minhang District']) expect(orgs).not.toContain(place);
  });

  it('reads an administrative area or part of a region as a place, but not a body named after one', () => {
    expect(['Minhang District', 'Gansu Province', 'Western New York', 'Northern California'].filter(isPlaceName)).toHaveLength(4);
    expect(['Lorain County Community College', 'Western Digital', 'North Kelvo', 'Kelvo Labs'].filter(isPlaceName)).toEqual([]);
  });

  it('keeps an organisation the gazetteer knows by a region’s name', () => {
    const orgs = namesOf(extractFacts(titledArticle('A model', 'Researchers at Mila said the model was trained on Kelvo hardware in Montreal.')), 'Organization');
    expect(orgs).toContain('Mila');
  });
});

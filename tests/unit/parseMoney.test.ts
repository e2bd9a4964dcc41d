import { parseMoney } from '../../src/ingest/extract/parseMoney';

const amounts = (text: string): Array<[number, string]> => parseMoney(text).map((m) => [m.amount, m.currency]);

describe('parseMoney', () => {
  it.each([
    ['up to 1 trillion yen', 1e12, 'JPY'],
    ['KRW 1.4 trillion', 1.4e12, 'KRW'],
    ['200 billion won', 2e11, 'KRW'],
    ['$6.2 billion', 6.2e9, 'USD'],
    ['€109bn', 1.09e11, 'EUR'],
    ['₹10,372 crore', 1.0372e11, 'INR'],
    ['Rs 2,000 crore', 2e10, 'INR'],
    ['S$70 million', 7e7, 'SGD'],
    ['£2 billion', 2e9, 'GBP'],
    ['CHF 20 million', 2e7, 'CHF'],
    ['AED 1 billion', 1e9, 'AED'],
    ['SAR 37.5 billion', 3.75e10, 'SAR'],
    ['C$240 million', 2.4e8, 'CAD'],
    ['NT$7.4 billion', 7.4e9, 'TWD'],
    ['¥10 trillion', 1e13, 'JPY'],
    ['$500m', 5e8, 'USD'],
    ['1.2 lakh crore rupees', 1.2e12, 'INR'],
    ['10 million Swiss francs', 1e7, 'CHF'],
    ['5 billion Canadian dollars', 5e9, 'CAD'],
  ])('reads "%s" as %d %s', (text, amount, currency) => {
    expect(amounts(`They pledged ${text} for AI.`)).toEqual([[amount, currency]]);
  });

  it('keeps the span as written', () => {
    expect(parseMoney('a budget of ₹10,372 crore over five years')[0]).toMatchObject({ text: '₹10,372 crore', amount: 103720000000 });
  });

  it('reads both amounts when a USD equivalent follows in brackets', () => {
    expect(amounts('up to 1 trillion yen (approximately $6.2 billion)')).toEqual([
      [1e12, 'JPY'],
      [6.2e9, 'USD'],
    ]);
  });

  it('ignores numbers that carry no currency', () => {
    expect(amounts('4,000 GPUs, 120 billion parameters and 22 languages in 2024')).toEqual([]);
  });
});

describe('parseMoney in funding sentences', () => {
  it('gives a range’s first end the scale written after its second', () => {
    expect(amounts('hopes to raise $150–200 million, or $3-4bn')).toEqual([
      [1.5e8, 'USD'],
      [3e9, 'USD'],
    ]);
  });

  it('reads "2 billion US dollars" as USD and "€1.2bn" with its scale', () => {
    expect(amounts('2 billion US dollars and €1.2bn')).toEqual([
      [2e9, 'USD'],
      [1.2e9, 'EUR'],
    ]);
  });
});

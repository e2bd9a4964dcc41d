import { extractFacts } from '../../src/ingest/extract';
import { articleOf } from './support/articleOf';

const fundings = (body: string) =>
  extractFacts(articleOf(body, '2026-05-01'))
    .entities.filter((e) => e.label === 'Funding')
    .map((e) => [e.props.amount, e.props.currency, e.props.amountUsd, e.props.usdSource])
    .sort((a, b) => Number(a[0]) - Number(b[0]));

describe('funding with an equivalent in another currency', () => {
  it('takes a USD equivalent in brackets as amountUsd, not as a second funding', () => {
    expect(fundings('The ministry awarded COP 120 billion (about US$29 million) to the alliance.')).toEqual([[1.2e11, 'COP', 2.9e7, 'article']]);
  });

  it('takes a EUR equivalent as the same funding and converts with the fx table', () => {
    const found = fundings('The government raised the budget from CZK 600 million to CZK 950 million (roughly €38 million).');
    expect(found.map(([amount, currency]) => [amount, currency])).toEqual([[6e8, 'CZK'], [9.5e8, 'CZK']]);
    expect(found.every(([, , , source]) => String(source).startsWith('fx:'))).toBe(true);
  });

  it('reads the local-currency amounts of a deal written with "Tk" and "crore"', () => {
    expect(fundings('The ICT Division will fund Tk 210 crore of the cost, while Padmo Telecom Group will invest the remaining Tk 140 crore.').map(([a, c]) => [a, c])).toEqual([
      [1.4e9, 'BDT'],
      [2.1e9, 'BDT'],
    ]);
  });

  it('takes an equivalent after "which is roughly", one bracketed "at that moment", and one "at the official exchange"', () => {
    expect(fundings('The agency committed R$25 million over five years, which is roughly US$5 million.')).toEqual([[2.5e7, 'BRL', 5e6, 'article']]);
    expect(fundings('The project started with a budget of 7.9 million euro (at that moment about 9.4 million dollar), paid by the state.')).toEqual([[7.9e6, 'EUR', 9.4e6, 'article']]);
    expect(fundings('The state paid 1,740 million pesos for the machine, some 5 million dollars at the official exchange.').map(([a, c]) => [a, c])).toEqual([[1.74e9, 'MXN']]);
  });

  it('takes an equivalent after a comma and a word of approximation, or in brackets after the noun the amount measures', () => {
    expect(fundings('The three consortia were allocated NIS 150 million, about $43 million, over three years.')).toEqual([[1.5e8, 'ILS', 4.3e7, 'article']]);
    expect(fundings('The contract is part of a 250 million euro package (about $263 million) for the machine.')).toEqual([[2.5e8, 'EUR', 2.63e8, 'article']]);
  });

  it('keeps two amounts a comma merely lists as two fundings', () => {
    expect(fundings('The agency granted €5 million, $3 million came from a bank.').map(([a, c]) => [a, c])).toEqual([[3e6, 'USD'], [5e6, 'EUR']]);
  });
});

describe('amounts that are no funding', () => {
  it('skips a valuation of a described company and an effect on GDP', () => {
    expect(fundings('Orvik raised $400 million in a round that valued the Beijing company at about $3 billion.')).toEqual([[4e8, 'USD', 4e8, 'article']]);
    expect(fundings('The fund said the hub would add about $71 billion to Varnish gross domestic product.')).toEqual([]);
  });

  it('takes an equivalent after "≈" as the same funding, and an amount converted "at current exchange rates" as none', () => {
    expect(fundings('The foundation committed DKK 600 million (≈ $87.5 million) to the centre.')).toEqual([[6e8, 'DKK', 8.75e7, 'article']]);
    expect(fundings('The ministry granted €12 million to the lab. The grant is worth about $13 million at current exchange rates.').map(([a, c]) => [a, c])).toEqual([[1.2e7, 'EUR']]);
    expect(fundings('The fund gave SEK 300 million to the lab, roughly EUR 26 million at the time.').map(([a, c]) => [a, c])).toEqual([[3e8, 'SEK']]);
  });

  it('reads a bare "$" as the article\'s own dollar when the only US dollars are its bracketed equivalent', () => {
    const body = 'The Australian government will commit around $700 million (US$434 million) to the Kestrel network.';
    expect(fundings(body)).toEqual([[7e8, 'AUD', 4.34e8, 'article']]);
  });

  it('takes an amount bracketed alone some words after another, or after a dash and a word of approximation, as its equivalent', () => {
    const bracketed = 'The lab gets EUR 7 million from the EU\'s Horizon Europe research programme (just over ISK 1 billion) for the model.';
    expect(fundings(bracketed).map(([a, c]) => [a, c])).toEqual([[7e6, 'EUR']]);
    const dashed = 'The machine was paid for by a SEK 300 million donation from the Kestrel Foundation, announced last October - roughly USD 34 million.';
    expect(fundings(dashed)).toEqual([[3e8, 'SEK', 3.4e7, 'article']]);
    // (A bracket that says more than an amount is no equivalent.)
    expect(fundings('The lab gets EUR 7 million from the programme (and USD 2 million from Vardo).').map(([a, c]) => [a, c])).toEqual([[2e6, 'USD'], [7e6, 'EUR']]);
    expect(fundings('The lab gets EUR 7 million from the programme (about USD 2 million of which comes from Vardo).').map(([a, c]) => [a, c])).toEqual([[2e6, 'USD'], [7e6, 'EUR']]);
  });
});


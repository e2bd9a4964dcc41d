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
});

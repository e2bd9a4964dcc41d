import { parseMoney } from '../../src/ingest/extract/parseMoney';

const amounts = (text: string, country?: string): Array<[number, string]> => parseMoney(text, { country }).map((m) => [m.amount, m.currency]);

describe('parseMoney with currencies from the currency table', () => {
  it.each([
    ['Tk 350 crore', 3.5e9, 'BDT'],
    ['350 crore taka', 3.5e9, 'BDT'],
    ['BDT 350 crore', 3.5e9, 'BDT'],
    ['COP 120 billion', 1.2e11, 'COP'],
    ['CZK 600 million', 6e8, 'CZK'],
    ['600 million koruna', 6e8, 'CZK'],
    ['MAD 250 million', 2.5e8, 'MAD'],
    ['KZT 45 billion', 4.5e10, 'KZT'],
    ['45 billion tenge', 4.5e10, 'KZT'],
    ['GHS 200 million', 2e8, 'GHS'],
    ['PEN 90 million', 9e7, 'PEN'],
    ['RON 300 million', 3e8, 'RON'],
    ['HRK 50 million', 5e7, 'HRK'],
    ['80 million kuna', 8e7, 'HRK'],
    ['ETB 2 billion', 2e9, 'ETB'],
    ['RWF 10 billion', 1e10, 'RWF'],
    ['JOD 15 million', 1.5e7, 'JOD'],
    ['OMR 30 million', 3e7, 'OMR'],
    ['LKR 5 billion', 5e9, 'LKR'],
    ['UZS 100 billion', 1e11, 'UZS'],
    ['VND 600 billion', 6e11, 'VND'],
    ['THB 5 billion', 5e9, 'THB'],
    ['Rp 2 trillion', 2e12, 'IDR'],
    ['RM 1.2 billion', 1.2e9, 'MYR'],
    ['ARS 40 billion', 4e10, 'ARS'],
    ['CLP 25 billion', 2.5e10, 'CLP'],
    ['PLN 100 million', 1e8, 'PLN'],
    ['100 million zł', 1e8, 'PLN'],
    ['₸45 billion', 4.5e10, 'KZT'],
  ])('reads "%s" as %d %s', (text, amount, currency) => {
    expect(amounts(`The state pledged ${text} for AI.`)).toEqual([[amount, currency]]);
  });

  it('reads a shared unit word as the currency of the article\'s country', () => {
    expect(amounts('The ministry adds 60 million dirhams.', 'MA')).toEqual([[6e7, 'MAD']]);
    expect(amounts('The ministry adds 30 million dinars.', 'TN')).toEqual([[3e7, 'TND']]);
    expect(amounts('The state adds 120 billion pesos.', 'CO')).toEqual([[1.2e11, 'COP']]);
  });

  it('reads a country word before a shared unit word as that country\'s currency', () => {
    expect(amounts('It adds 30 million Tunisian dinars.')).toEqual([[3e7, 'TND']]);
  });

  it('reads "Rs" as the rupee of the country the article is about', () => {
    expect(amounts('a Rs 5 billion fund', 'LK')).toEqual([[5e9, 'LKR']]);
    expect(amounts('a Rs 5 billion fund')).toEqual([[5e9, 'INR']]);
  });

  it('reads a scale capitalised in a headline or a table, and never a number cut short before a letter', () => {
    expect(amounts('Kestrel and Vardo Detail Five-Year, KRW 2.4 Trillion Partnership')).toEqual([[2.4e12, 'KRW']]);
    expect(amounts('| Compute Challenge | C$700M | C$1B | $250K |')).toEqual([[7e8, 'CAD'], [1e9, 'CAD'], [2.5e5, 'USD']]);
    expect(amounts('The $2.5 BILLION plan')).toEqual([[2.5e9, 'USD']]);
    expect(amounts('Model C$70X ships next year.')).toEqual([]);
  });

  it('reads "crowns" as the currency of the country written before them, else the koruna', () => {
    expect(amounts('DTU receives about 20 million Danish crowns.')).toEqual([[2e7, 'DKK']]);
    expect(amounts('It costs 300 million Swedish crowns.')).toEqual([[3e8, 'SEK']]);
    expect(amounts('It adds 50 million crowns.')).toEqual([[5e7, 'CZK']]);
  });

  it('never reads an English word in capitals as a currency code', () => {
    expect(amounts('ALL 5 TEAMS advanced; TOP 3 won.')).toEqual([]);
  });
});

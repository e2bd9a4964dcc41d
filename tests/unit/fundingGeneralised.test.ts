import { extractFacts } from '../../src/ingest/extract';
import { parseMoney } from '../../src/ingest/extract/parseMoney';
import { articleOf } from './support/articleOf';

const fundings = (body: string) =>
  extractFacts(articleOf(body, '2026-05-01'))
    .entities.filter((e) => e.label === 'Funding')
    .map((e) => [e.props.amount, e.props.currency])
    .sort((a, b) => Number(a[0]) - Number(b[0]));

describe('money written the way regional news writes it', () => {
  it('reads a one-letter peso mark before a scaled amount', () => {
    expect(parseMoney('The agency set aside P480 million for the hub and P2.3bn for the grid.').map((m) => [m.amount, m.currency])).toEqual([
      [4.8e8, 'PHP'],
      [2.3e9, 'PHP'],
    ]);
  });

  it('does not read a one-letter mark before a bare number as money', () => {
    expect(parseMoney('The lab bought P100 cards and ran them on node P4.')).toEqual([]);
  });

  it('reads a currency code followed by a product name as a company, not money', () => {
    expect(parseMoney('The cluster has 512 AMD Instinct GPUs and 64 AMD MI300A nodes.')).toEqual([]);
    expect(parseMoney('The state paid 900 million AMD for the cluster.').map((m) => [m.amount, m.currency])).toEqual([[9e8, 'AMD']]);
  });
});

describe('amounts that are not commitments', () => {
  it('skips a company\'s revenue or sales moving to an amount, however far back the word stands', () => {
    for (const moved of ['Revenue roughly doubled in both 2021 and 2022, reaching about', 'Its annual sales in the domestic market rose last year to', 'Revenue at the robotics unit has doubled since 2020 to', 'Turnover at the Oslo unit grew sharply to', 'Group revenues in the first half fell by a third to', 'Revenue from the cloud business in 2024 reached']) {
      expect(fundings(`The ministry granted €12 million to the lab. ${moved} €55 million.`)).toEqual([[1.2e7, 'EUR']]);
    }
  });

  it('keeps money raised in a sentence that speaks of revenue growth first', () => {
    expect(fundings('Revenue growth has been strong, and the startup raised €55 million.')).toEqual([[5.5e7, 'EUR']]);
  });

  it('skips both sides of an exchange-rate note', () => {
    expect(fundings('The ministry committed 40 billion tenge to the cluster.\n\n($1 = 512 tenge)')).toEqual([[4e10, 'KZT']]);
  });

  it('skips the size of a market and a sector\'s exports', () => {
    expect(fundings('The plan targets a $2.4 billion regional market for AI services. The sector had exports of more than €3 billion last year. The ministry granted €12 million to the lab.')).toEqual([[1.2e7, 'EUR']]);
  });

  it('keeps the value of a project but not the valuation of a company', () => {
    expect(fundings('The data centre, a public-private project valued at about €300 million, will open in 2027. The startup is valued at €2 billion after the round.')).toEqual([[3e8, 'EUR']]);
  });

  it('skips a company last valued at an amount, and an amount that is its price tag or valuation', () => {
    expect(fundings('Vardo raised $300 million, with a $2 billion price tag. It was last valued at around $1 billion. Ostrel closed a round at a €6 billion valuation.')).toEqual([[3e8, 'USD']]);
  });

  it('skips an economic effect, a total of spending, a unit price and a selling or trading price', () => {
    const body = [
      'The ministry granted €12 million to the lab.',
      'The alliance claims its projects will create more than 100 trillion won in added value.',
      'Its members account for more than $80 billion in annual R&D spending.',
      'Vardo will pay A$1.15 for each Kestrel share, and farmers pay $100 per collar.',
      'On a fighter selling for roughly 100 billion won, the loss is large. The stock traded as high as A$2 in 2019.',
    ].join(' ');
    expect(fundings(body)).toEqual([[1.2e7, 'EUR']]);
  });

  it('skips a unit price stated at length and a fund\'s reserves', () => {
    const body = [
      'The ministry granted €12 million to the lab.',
      'A single data-centre GPU of the type being installed costs an estimated US$45,000 to US$60,000.',
      'The new sovereign wealth fund, with about $1.4 billion in reserves, has talked about data centres.',
    ].join(' ');
    expect(fundings(body)).toEqual([[1.2e7, 'EUR']]);
  });

  it('skips both ends of a range when its first end is no commitment, and keeps both when it is', () => {
    const body = [
      'The plan hopes to create chip firms, each with annual revenue of $1.5 billion to $2 billion.',
      'Ostrel boards are priced at between €2.5 million and €4 million.',
      'The ministry put $300 million to $450 million into the lab.',
      'Vardo reported annual revenue of ¥1.5 billion and ¥40 million in grants from the state.',
    ].join(' ');
    expect(fundings(body)).toEqual([
      [4e7, 'JPY'],
      [3e8, 'USD'],
      [4.5e8, 'USD'],
    ]);
  });

  it('skips a market\'s forecast size, a company\'s current value, a share price and a contribution to the economy, but keeps money for an economy ministry', () => {
    const body = [
      'The global AI market is expected to be worth $1.8 trillion by 2030, and the chip sector is projected to reach $90 billion.',
      'Vardo, now valued at more than $3 trillion, supplies the chips; its shares rose 5% to $120.',
      'AI could contribute $15.7 trillion to the global economy by 2030.',
      'The government allocated $500 million to the economy ministry.',
    ].join(' ');
    expect(fundings(body)).toEqual([[5e8, 'USD']]);
  });

  it('skips what a company is worth, however the sentence says it, and what something can cost in general, but keeps an investment in a company and a fund for companies', () => {
    const body = [
      'Vardo, the $3 trillion chipmaker, supplies the chips, and Ostrel is a $4 billion company.',
      'Kestrel Labs, now worth $2 billion, was last valued at $1.5 billion; the company is worth $10 billion after the round.',
      'Its founder has a net worth of $5 billion, and training a frontier model can cost more than $100 million.',
      'Halvern put a $20 million investment in the company, and the ministry set up a $50 million fund for companies.',
    ].join(' ');
    expect(fundings(body)).toEqual([
      [2e7, 'USD'],
      [5e7, 'USD'],
    ]);
  });

  it('skips a loss, a profit, a fine, salaries, an hourly rate and an estimate of a market, but keeps a yearly budget and a profit-sharing grant', () => {
    const body = [
      'Vardo reported a $40 million net loss and earned $2 billion in profit a year later.',
      'Ostrel was fined €5 million by the regulator and paid $3 million in fines.',
      'Engineers earn salaries of up to $300,000, and renting a GPU costs about $2 per hour.',
      'Analysts estimate the chip market at $500 billion by 2030.',
      'The ministry will spend $20 million a year on the lab, and the state gave a $45 million profit-sharing grant.',
    ].join(' ');
    expect(fundings(body)).toEqual([
      [2e7, 'USD'],
      [4.5e7, 'USD'],
    ]);
  });

  it('skips the size of a fund its manager runs, and a company\'s value at a round, but keeps what the fund invests and a managed programme', () => {
    const body = [
      'The Halvern Fund Corporation, the body that manages the Commonwealth\'s $15 billion industry fund, made a $32 million investment in Vardo.',
      'Its sister agency, set up to manage a A$2 billion fund for ports, will also manage a $40 million programme for harbours.',
      'Ostrel was valued at $8.1 billion in a private round in 2022.',
    ].join(' ');
    expect(fundings(body)).toEqual([
      [3.2e7, 'USD'],
      [4e7, 'USD'],
    ]);
  });

  it('skips a running cost by the month, a forecast of a field\'s spending, an added value and a price after a round, but keeps a yearly budget', () => {
    const body = [
      'The Halvern data centre will burn through about £1 million a month in electricity, or $90,000 per day in cooling, and pays €20,000 each week in rent.',
      'Analysts expect AI spending to reach $1.5 trillion in 2027.',
      'The ministry says the plan will add 50 trillion won in value to the economy.',
      'Ostrel was valued at €11.7 billion after the round, and Vardo was valued at $2 billion following its latest raise.',
      'The ministry will give the lab £3 million a year.',
    ].join(' ');
    expect(fundings(body)).toEqual([[3e6, 'GBP']]);
  });
});

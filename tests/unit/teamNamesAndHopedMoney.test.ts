import { extractFacts } from '../../src/ingest/extract';
import { FactSink } from '../../src/ingest/extract/factSink';
import { projectTeam } from '../../src/ingest/extract/membershipModel/articleTeam';
import { parseMoney } from '../../src/ingest/extract/parseMoney';
import { articleOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Teams the text states without naming them in the same sentence, local
 * currency marks of letters, and money hoped for rather than committed.
 * Every organisation and team name is invented.
 */
const facts = (title: string, body: string) => extractFacts(titledArticle(title, body));
/** Each team's name with its aliases, so a test can ask what a team answers to. */
const teams = (title: string, body: string) =>
  facts(title, body)
    .entities.filter((e) => e.label === 'Consortium')
    .map((e) => [e.name, ...e.aliases]);
const fundings = (body: string) =>
  extractFacts(articleOf(body, '2026-05-01'))
    .entities.filter((e) => e.label === 'Funding')
    .map((e) => [e.props.amount, e.props.currency]);

describe('teams stated apart from their names', () => {
  it('takes "Its consortium is led by X" as the team of the project named just before', () => {
    const body =
      'A follow-on project, Tarnbridge2, was agreed last spring to extend the route. Its consortium is again led by Velquist Motion and includes Harrowgate Coaches and Brenmoor University.';
    const found = relationsOf(facts('Driverless buses', body), 'LEADS');
    expect(found).toEqual(['Velquist Motion → Tarnbridge2']);
  });

  it("gives the article's project to its one unnamed team, stated twice by the same leader beside an older named project", () => {
    const body = [
      'This week the Orvale project, which ran the car, formally wrapped up.',
      'Quandt Motors led the consortium, drawing on lessons from Brightpath, an earlier project led by Quandt Motors.',
      'Joining the carmaker from the start were Feldane Systems and the University of Carrow.',
      'The government put £7 million into Orvale.',
      'Partners: Quandt Motors (lead), Feldane Systems, University of Carrow, Pellham Labs.',
    ].join(' ');
    const team = teams('Orvale robotaxi trial ends', body).find(([name]) => name === 'Quandt Motors consortium');
    expect(team).toContain('Orvale');
  });

  it('names a team after the body its sentences refer to by head noun ("the academy")', () => {
    const body = [
      'The Brenford Teachers Union (BTU) on Tuesday launched a National Academy for Classroom Computing with two software firms.',
      'The academy is a joint initiative led by the BTU, with Quillon Software and Daverly Systems as founding partners.',
    ].join(' ');
    const found = relationsOf(facts('Teachers open an academy', body), 'MEMBER_OF');
    expect(found).toContain('Quillon Software → National Academy for Classroom Computing consortium');
    expect(teams('Teachers open an academy', body).find((names) => names.includes('National Academy for Classroom Computing'))).toContain('BTU consortium');
  });

  it('gives no team the name of a body two teams both speak of', () => {
    const body = [
      'Brask Holdings set up the Orrin Data Hub initiative in March.',
      'A consortium led by Kestrane Labs, with Morvel Analytics, says the initiative will open in May.',
      'A second consortium led by Halvard Compute, with Teskel Networks, says the initiative needs more power.',
    ].join(' ');
    const names = teams('Hub bids', body).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Halvard Compute consortium', 'Kestrane Labs consortium']));
  });
});

describe('members the model finds', () => {
  it('lets a word against membership count only in the clause naming the organisation ("…, the state-backed investor")', () => {
    const body = [
      'The Arvella consortium, which builds fairness checks for banks, said on Monday that it has grown to 25 members.',
      'Arvella is led by Kestrel Bank.',
      'Velmar Systems and Orrin Cloud have joined, as have consulting firm Tessaly and Brightwater Ventures, the state-backed deep-tech investor.',
      'The members will publish their methods next year.',
    ].join(' ');
    const joined = relationsOf(facts('Fairness consortium widens', body), 'MEMBER_OF');
    expect(joined).toEqual(expect.arrayContaining(['Velmar Systems → Arvella', 'Orrin Cloud → Arvella', 'Tessaly → Arvella']));
  });

  it('finds the team a body is about among the teams already built, by any of its names', () => {
    const sink = new FactSink();
    const built = sink.addEntity({ id: 'consortium:ncc', label: 'Consortium', name: 'NCC', aliases: [], props: {} });
    const cloud = sink.get(sink.addEntity({ id: 'org:ncc', label: 'Organization', name: 'Norwegian Compute Cloud', aliases: ['NCC'], props: {} }))!;
    expect(projectTeam(sink, cloud.name, cloud, [])).toBe(built);
    expect(sink.byLabel('Consortium')).toHaveLength(1);
  });
});

describe('organisations a plural role names through a verb', () => {
  it('takes the names listed after "The carmakers were" and "Suppliers included" as organisations', () => {
    const body = 'The carmakers were Velmor Motors, Brandt and Kesselwerk, with Orvane Engineering alongside. Suppliers included Halden, Tarrow and Quist.';
    const found = extractFacts(articleOf(body))
      .entities.filter((e) => e.label === 'Organization')
      .map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Velmor Motors', 'Brandt', 'Kesselwerk', 'Halden', 'Tarrow', 'Quist']));
  });
});

describe('local currency marks of letters', () => {
  it('reads "Sh", "QR" and "SR" before an amount as shillings and riyals', () => {
    expect(parseMoney('It received Sh176 million (about $1.2 million).', { country: 'KE' }).map((m) => [m.amount, m.currency])).toEqual([
      [1.76e8, 'KES'],
      [1.2e6, 'USD'],
    ]);
    expect(parseMoney('A package worth QR9 billion.', { country: 'QA' }).map((m) => [m.amount, m.currency])).toEqual([[9e9, 'QAR']]);
    expect(parseMoney('SR 5 billion for the fund.', { country: 'SA' }).map((m) => [m.amount, m.currency])).toEqual([[5e9, 'SAR']]);
  });

  it('takes "Sh" as the shilling of the country written about', () => {
    expect(parseMoney('It received Sh176 million.', { country: 'UG' }).map((m) => m.currency)).toEqual(['UGX']);
  });

  it('reads a mark of letters before a small number with no scale as no money ("the SR 71")', () => {
    expect(parseMoney('The SR 71 flew faster than any jet.', { country: 'US' })).toEqual([]);
    expect(parseMoney('It cost EUR 7100000 in all.', { country: 'DE' }).map((m) => m.amount)).toEqual([7.1e6]);
  });
});

describe('money hoped for, not committed', () => {
  it('reads no funding in savings a buyer expects', () => {
    expect(fundings('The university estimates owning the hardware will save more than US$60 million over five years. It paid US$10 million for it.')).toEqual([[1e7, 'USD']]);
    expect(fundings('Officials talk about savings of up to £100 billion in costs.')).toEqual([]);
  });

  it('reads no funding in a revenue target', () => {
    expect(fundings('Ostrel Telecom has said it wants revenue from AI transformation work to reach $1 billion by 2029.')).toEqual([]);
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { articleOf, relationsOf, titledArticle } from './support/articleOf';

/**
 * Membership stated in the many ways articles word it, each read to the same
 * team. Every name is invented; the team is "Halden" whenever the text gives
 * it a name, else it is named after its leader or first member.
 */
const ORVIK = 'Orvik Systems';
const TALLA = 'Talla University';
const BRENNA = 'Brenna Labs';

const cases: Array<[text: string, team: string, members: string[], leaders: string[]]> = [
  ['The Halden project brings together Orvik Systems, Talla University and Brenna Labs to build a Norse-language model.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden consortium was announced on Monday. Partners: Orvik Systems, Talla University, Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden Alliance was set up in March. Its founding members are Orvik Systems, Talla University and Brenna Labs.', 'Halden Alliance', [ORVIK, TALLA, BRENNA], []],
  ['The Halden project is coordinated by Talla University. Orvik Systems and Brenna Labs are also partners.', 'Halden', [ORVIK, TALLA, BRENNA], [TALLA]],
  ['Orvik Systems is the lead partner in the Halden consortium, which also includes Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['Members of the Halden consortium are Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems, Talla University and Brenna Labs formed the Halden consortium in 2024.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems, Talla University, and Brenna Labs are the three members of the Halden consortium.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Participants in the Halden project include Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden Hub counts Orvik Systems, Talla University and Brenna Labs among its founding partners.', 'Halden Hub', [ORVIK, TALLA, BRENNA], []],
  ['Talla University is joined by Orvik Systems and Brenna Labs in the Halden consortium.', 'Halden', [ORVIK, TALLA, BRENNA], [TALLA]],
  ['The ministry launched the Halden consortium last year. Brenna Labs has now signed on, joining Orvik Systems and Talla University.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden project started in May. Its partners are Orvik Systems (Finland), Talla University (Sweden) and Brenna Labs (Norway).', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden consortium was chosen on Friday. The partners — Orvik Systems, Talla University and Brenna Labs — will share 10 million euros.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems and Talla University co-lead the Halden project, which also involves Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK, TALLA]],
  ['The Halden alliance was launched in May. Among its members are Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden project has twelve partners. Orvik Systems, Talla University and Brenna Labs are among them.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden consortium unites Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden project was launched in June. Participating institutions are Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Halden is a joint effort of Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden project is a collaboration between Orvik Systems, Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The Halden consortium received its licence. Orvik Systems leads it; Talla University and Brenna Labs are the other members.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['The winning bid, fronted by Orvik Systems, includes Talla University and Brenna Labs.', 'Orvik Systems consortium', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['Kesh Cloud withdrew from the Halden consortium in May, leaving Orvik Systems and Talla University as its only members.', 'Halden', [ORVIK, TALLA], []],
  ['A rival bid by Orvik Systems and Talla University was rejected.', 'Orvik Systems consortium', [ORVIK, TALLA], []],
  ['The Halden consortium (Orvik Systems, Talla University, Brenna Labs) won the tender.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems, Talla University and Brenna Labs have signed a memorandum to form the Halden alliance.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems teamed up with Talla University and Brenna Labs to form Halden, a consortium for Norse AI.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems, Talla University and Brenna Labs formed Halden last year.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems and Talla University have jointly set up Halden, which will train a Norse model.', 'Halden', [ORVIK, TALLA], []],
  ['Kesh Cloud said Orvik Systems and Talla University quietly formed Halden in May.', 'Halden', [ORVIK, TALLA], []],
  ['Halden, led by Orvik Systems, includes Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['Halden is coordinated by Orvik Systems and includes Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['Orvik Systems, Talla University and Brenna Labs are among the 12 companies taking part in the Halden consortium.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['Orvik Systems, which is part of the Halden consortium, said it was ready.', 'Halden', [ORVIK], []],
  ['The Halden alliance was set up in May. Halden members Orvik Systems and Talla University will share compute.', 'Halden', [ORVIK, TALLA], []],
  ['The Halden consortium won the tender. Joining Orvik Systems in the consortium are Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], []],
  ['The ministry picked Halden, a group of five companies led by Orvik Systems and including Talla University.', 'Halden', [ORVIK, TALLA], [ORVIK]],
  ['Led by Orvik Systems, the Halden consortium includes Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['The Orvik Systems-led Halden consortium includes Talla University and Brenna Labs.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['The Orvik Systems-led Norwegian consortium includes Talla University and Brenna Labs.', 'Orvik Systems consortium', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['Talla University, a member of the Halden consortium, said the model would be open.', 'Halden', [TALLA], []],
  ['Talla University, a partner in the Halden consortium, will host the servers.', 'Halden', [TALLA], []],
  ['Orvik Systems, one of the founding partners of Halden, said the model would be open.', 'Halden', [ORVIK], []],
  ['Talla University, a member of the Halden project, will host the servers.', 'Halden', [TALLA], []],
  ['Talla University, a partner in the Halden alliance, said it would grow.', 'Halden', [TALLA], []],
  ['Orvik Systems is a partner in the Halden project.', 'Halden', [ORVIK], []],
  ['Orvik Systems led the Halden project through its research institute. Talla University and Brenna Labs were partners.', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  // (The leader by its short form: "led the Halden project" is read once, by the reader of leaders' verbs.)
  ['The Talla University (TU) has released Halden-8B ("Halden"). It is an open model built for Norse. TU led the Halden project through its foundation-models institute. Orvik Systems, the Kesh company that co-developed the Skarn models, and the chip maker Brenna Labs were partners.', 'Halden', [ORVIK, TALLA, BRENNA], [TALLA]],
  ['Brenna Labs is a founding member of Halden.', 'Halden', [BRENNA], []],
  ['The Halden consortium will build a Norse model. Orvik Systems is one of eight members of the Halden consortium.', 'Halden', [ORVIK], []],
  ['Shortlist.\n\n| Consortium | Coordinator | Members |\n|---|---|---|\n| Halden | Orvik Systems | Talla University; Brenna Labs |', 'Halden', [ORVIK, TALLA, BRENNA], [ORVIK]],
  ['Shortlist.\n\n| Country | Model | Developer | Partners |\n|---|---|---|---|\n| Norway | Halden-7B | Orvik Systems | Talla University, Brenna Labs |', 'Orvik Systems consortium', [ORVIK, TALLA, BRENNA], [ORVIK]],
];

describe('membership sentences', () => {
  it.each(cases)('%s', (text, team, members, leaders) => {
    const facts = extractFacts(articleOf(text));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(members.map((m) => `${m} → ${team}`).sort());
    expect(relationsOf(facts, 'LEADS')).toEqual(leaders.map((m) => `${m} → ${team}`).sort());
  });

  it('lets an organisation that is part of a group lead the work ("QCRI, which is part of HBKU, leads the work")', () => {
    const body = 'Halden, the Norse language model developed at Orvik Systems, was raised to a national project in May. Orvik Systems, which is part of Kesh University under the Vemork Foundation, leads the work.';
    expect(relationsOf(extractFacts(titledArticle('Halden goes national', body)), 'LEADS')).toEqual(['Orvik Systems → Halden consortium']);
  });

  it('names no team after a country "formed" by organisations', () => {
    const facts = extractFacts(articleOf('Orvik Systems teamed up with Talla University and Brenna Labs to form Norway, a new start-up. Orvik Systems and Talla University established Sweden in May.'));
    expect(facts.entities.filter((e) => e.label === 'Consortium').map((e) => e.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Norway|Sweden/)]));
  });

  it('keeps a corporate group a company, and the team of the bid an organisation says is its own', () => {
    const group = extractFacts(articleOf('Kesh Cloud, a group of companies owned by the Vemork family, bought Orvik Systems and Talla University.'));
    expect(group.entities.filter((e) => e.label === 'Organization').map((e) => e.name)).toContain('Kesh Cloud');
    const own = extractFacts(articleOf('The Halden consortium won the tender. Joining Kesh Cloud in its bid are Talla University and Brenna Labs.'));
    expect(relationsOf(own, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Talla University → Kesh Cloud consortium', 'Brenna Labs → Kesh Cloud consortium']));
  });

  it('keeps a company led by a person a company, whatever titles the person has', () => {
    const facts = extractFacts(articleOf('Kesh Cloud, led by Crown Prince Arvid bin Holm, will develop Halden-7B with Orvik Systems.'));
    expect(facts.entities.filter((e) => e.label === 'Organization').map((e) => e.name)).toContain('Kesh Cloud');
    expect(facts.entities.filter((e) => e.label === 'Consortium')).toEqual([]);
  });

  it('names a team by its long name when the text gives its short form in brackets', () => {
    const facts = extractFacts(articleOf('Open Halden Compute (OHC) is a plan to pool GPUs. OHC is being spearheaded by Orvik Systems, with Talla University.'));
    expect(facts.entities.filter((e) => e.label === 'Consortium').map((e) => e.name)).toEqual(['Open Halden Compute consortium']);
  });

  it('keeps a team a second one in the same sentence does not join', () => {
    const facts = extractFacts(articleOf('Two consortia were shortlisted. The first is led by Orvik Systems with Talla University; the second, fronted by Brenna Labs, includes Kesh Cloud and Mira AI.'));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Brenna Labs → Brenna Labs consortium', 'Orvik Systems → Orvik Systems consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toContain('Mira AI → Brenna Labs consortium');
    expect(relationsOf(facts, 'MEMBER_OF')).not.toContain('Mira AI → Orvik Systems consortium');
  });

  it.each([
    ['a sentence about money', 'The Halden consortium is funded by Orvik Systems, Talla University and Brenna Labs.'],
    ['a negated membership', 'The Halden consortium will work with Orvik Systems and Talla University, which are not formal partners.'],
    ['suppliers', 'The Halden project buys chips from suppliers including Orvik Systems and Talla University.'],
    ['a solo bid', 'A rival bid by Orvik Systems was rejected.'],
    ['a name inside the sentence, led by someone', 'The deal with Kesh Grid, led by Orvik Systems, includes Talla University.'],
    ['a company\'s business partner', 'Kesh Cloud partner Orvik Systems will host the cluster.'],
    ['a group one organisation is part of', 'Orvik Systems, which is part of Kesh Group, said it was ready.'],
    ['what one organisation formed', 'Orvik Systems formed Halden last year. Talla University backed the plan after Brenna Labs formed Skarn. Orvik Systems and Talla University signed a deal that formed Vemork.'],
    ['a company led by its chief executive', 'Orvik Systems, led by chief executive Jane Roe, grew this year. Kesh Cloud, led by Mira Holm, did too.'],
    ['a body one organisation belongs to', 'Talla University, a member of Orvik Systems, said it would grow. Brenna Labs is a member of Orvik Systems.'],
    ['a table of models and their developers alone', 'Models.\n\n| Model | Developer |\n|---|---|\n| Halden-7B | Orvik Systems |\n| Skarn-2 | Talla University |'],
  ])('makes nobody a member in %s', (_what, text) => {
    expect(relationsOf(extractFacts(articleOf(text)), 'MEMBER_OF')).toEqual([]);
  });
});

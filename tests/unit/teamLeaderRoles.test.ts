import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/** Who leads a named team, in the many ways news and press releases say it; every name here is invented. */
const facts = (body: string) => extractFacts(articleOf(body));
const members = (body: string): string[] => relationsOf(facts(body), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(facts(body), 'LEADS');
const TEAM = 'Helios brings together Tarsin Group, Brask Systems and Orvane Labs.';

describe('a team described, then led', () => {
  it.each([
    ['Helios, a research project led by Orvane Labs, includes Tarsin Group and Brask Systems.'],
    ['Helios, an EU-funded project coordinated by Orvane Labs, brings together Tarsin Group and Brask Systems.'],
    ['Helios is a joint project led by Orvane Labs. Tarsin Group and Brask Systems are partners.'],
  ])('reads the leader of the team the name is described as: %s', (body) => {
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
    expect(members(body)).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Tarsin Group → Helios']);
  });

  it('adds no team for a described project nobody else takes part in', () => {
    expect(namesOf(facts('Helios, a research project led by Orvane Labs, will start in May.'), 'Consortium')).toEqual([]);
  });

  it.each([
    [`${TEAM.replace(', Brask Systems and Orvane Labs', ' and Brask Systems')} It's a joint project led by Orvane Labs.`],
    [`${TEAM.replace(', Brask Systems and Orvane Labs', ' and Brask Systems')} It is a three-year project coordinated by Orvane Labs.`],
    [`${TEAM.replace(', Brask Systems and Orvane Labs', ' and Brask Systems')} It is led from Athens by Orvane Labs.`],
    [`${TEAM.replace(', Brask Systems and Orvane Labs', ' and Brask Systems')} The project is steered by Orvane Labs.`],
  ])('reads a leader the pronoun\'s sentence names: %s', (body) => {
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
  });
});

describe('a leader stated before its team', () => {
  it('reads "Led by X, it …" and a line that only says "Coordinated by X."', () => {
    expect(leaders('Helios is a new research network of Tarsin Group and Brask Systems. Led by Orvane Labs, it aims to build a Greek model.')).toEqual(['Orvane Labs → Helios']);
    expect(leaders(`## Helios\n\n${TEAM.replace(', Brask Systems and Orvane Labs', ' and Brask Systems')}\n\nCoordinated by Orvane Labs.`)).toEqual(['Orvane Labs → Helios']);
  });

  it('takes neither a person nor the subject of a fronted phrase about a company for a team\'s leader', () => {
    expect(leaders(`${TEAM.replace(', Brask Systems and Orvane Labs', ' and Brask Systems')} Led by Anna Berg, it funds open datasets.`)).toEqual([]);
    expect(leaders('Brask Systems and Tarsin Group joined Helios, a research project. Led by Orvane Labs, Kesh grew fast.')).toEqual([]);
  });

  it('reads the members of "the Orvane Labs-led project"', () => {
    expect(members('The Orvane Labs-led project includes Brask Systems and Tarsin Group.')).toEqual([
      'Brask Systems → Orvane Labs consortium',
      'Orvane Labs → Orvane Labs consortium',
      'Tarsin Group → Orvane Labs consortium',
    ]);
  });

  it('reads "Helios, the Orvane Labs-led initiative"', () => {
    const body = 'Tarsin Group and Brask Systems joined Helios, the Orvane Labs-led initiative.';
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
    expect(members(body)).toContain('Tarsin Group → Helios');
  });
});

describe('a lead role held in the team', () => {
  it.each([
    [`${TEAM} Orvane Labs, the project coordinator, said the model is ready.`],
    [`${TEAM} Orvane Labs is the project's coordinator.`],
    [`${TEAM.replace('.', ', which acts as coordinator.')}`],
    [`${TEAM} "We are proud," said Anna Berg of project coordinator Orvane Labs.`],
    ['Helios brings together Tarsin Group and Brask Systems. It works under the coordination of Orvane Labs.'],
  ])('makes the role holder the leader: %s', (body) => {
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
    expect(namesOf(facts(body), 'Organization')).toContain('Orvane Labs');
  });

  it('reads "Helios brings together A and B under the coordination of X" as X leading Helios', () => {
    const body = 'Helios brings together Tarsin Group and Brask Systems under the coordination of Orvane Labs.';
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
    expect(members(body)).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Tarsin Group → Helios']);
  });

  it('names no leader for a person holding the role', () => {
    expect(leaders(`${TEAM} Anna Berg, the project coordinator, said it works.`)).toEqual([]);
  });

  it.each([
    ['Orvane Labs coordinates Helios, which brings together Tarsin Group and Brask Systems.'],
    ['Orvane Labs is the coordinator of Helios, which also includes Tarsin Group and Brask Systems.'],
  ])('reads the team the leader coordinates, and its members after: %s', (body) => {
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
    expect(members(body)).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Tarsin Group → Helios']);
  });
});

describe('a team described by what organisations did to it', () => {
  it('reads "the collaboration that A and B have jointly led"', () => {
    expect(leaders('Helion comes from Brellm, the open scientific collaboration that Orvane Labs and Tarsin Group have jointly led since 2022.')).toEqual([
      'Orvane Labs → Brellm',
      'Tarsin Group → Brellm',
    ]);
  });

  it('makes one founder the leader and a longer list of founders members', () => {
    expect(leaders('Brellm, an alliance which Orvane Labs founded in 2023, now has 40 members.')).toEqual(['Orvane Labs → Brellm']);
    const three = 'The Helios Consortium, which Orvane Labs, Tarsin Group and Brask Systems launched in May, will train a model.';
    expect(leaders(three)).toEqual([]);
    expect(members(three)).toEqual(['Brask Systems → Helios Consortium', 'Orvane Labs → Helios Consortium', 'Tarsin Group → Helios Consortium']);
  });

  it('reads no membership from what organisations did to a team other than lead or found it', () => {
    expect(members('Brellm, the alliance that Orvane Labs and Tarsin Group criticised last year, has a new chief.')).toEqual([]);
  });

  it('makes the one who launched a named alliance with others its leader', () => {
    expect(leaders('Brask Systems launched the Helios alliance with Orvane Labs and Tarsin Group.')).toEqual(['Brask Systems → Helios']);
  });

  it('leaves a company its founders set up alone', () => {
    expect(namesOf(facts('Kesh, which Orvane Labs and Tarsin Group founded in 2020, raised money.'), 'Consortium')).toEqual([]);
  });
});

describe('a team stated around its leader', () => {
  it('reads "X, which will lead a consortium of eight companies, including A and B"', () => {
    const body = 'Orvane Labs, which will lead a consortium of eight companies, including Tarsin Group and Brask Systems, won the tender.';
    expect(leaders(body)).toEqual(['Orvane Labs → Orvane Labs consortium']);
    expect(members(body)).toContain('Tarsin Group → Orvane Labs consortium');
  });

  it.each([
    ['Orvane Labs won the tender together with Tarsin Group and Brask Systems.'],
    ['Orvane Labs, together with Tarsin Group and Brask Systems, won the tender for the national model.'],
  ])('makes the winner of a tender "together with" others the leader of their team: %s', (body) => {
    expect(leaders(body)).toEqual(['Orvane Labs → Orvane Labs consortium']);
    expect(members(body)).toEqual(['Brask Systems → Orvane Labs consortium', 'Orvane Labs → Orvane Labs consortium', 'Tarsin Group → Orvane Labs consortium']);
  });

  it('reads no team from a contract won with a customer', () => {
    expect(members('Orvane Labs won a contract with Tarsin Group to supply its chips.')).toEqual([]);
  });
});


describe('joint leaders and networks', () => {
  it.each([
    [`${TEAM} Ledra Labs and the University of Marsk are jointly leading it.`],
    [`${TEAM} Ledra Labs and the University of Marsk co-lead the consortium.`],
  ])('reads both subjects of a joint lead as leaders: %s', (body) => {
    expect(leaders(body)).toEqual(['Ledra Labs → Helios', 'University of Marsk → Helios']);
  });

  it('takes no leader of the article\'s team from "lead the project NAME", which names another', () => {
    expect(leaders(`${TEAM} Elsewhere, Ledra Labs and the University of Marsk lead the project Kesh 2.0, which digitises clinical data.`)).toEqual([]);
  });

  it('reads the members of "Helios, a network of A, B and C"', () => {
    expect(members('Helios, a network of Tarsin Group, Brask Systems and Orvane Labs, was launched on Monday.')).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Tarsin Group → Helios']);
  });
});

describe('a lead role said in other words', () => {
  it.each([
    [`${TEAM} The kick-off was held at Orvane Labs, which is the coordinator of the whole partnership.`],
    [`${TEAM} Coordination falls to Orvane Labs.`],
    [`${TEAM} The consortium leadership lies with Orvane Labs.`],
    [`${TEAM} Orvane Labs coordinates, and the Swedish side is led by Anna Berg.`],
    [`${TEAM} The coordinating institution is Orvane Labs.`],
    [`${TEAM} Orvane Labs takes the lead.`],
    [`${TEAM} The project's coordinator, Orvane Labs, said the work starts in May.`],
    [`${TEAM} Orvane Labs (coordinator) hosts the kick-off.`],
    [`${TEAM} At the helm is Orvane Labs.`],
    [`${TEAM} Orvane Labs serves as the consortium's lead.`],
    ['Helios, an EU project, is led by Orvane Labs and includes Tarsin Group and Brask Systems.'],
    ['Helios, a three-year research effort, is coordinated by Orvane Labs. Tarsin Group and Brask Systems are partners.'],
  ])('reads the role holder as the team\'s leader: %s', (body) => {
    expect(leaders(body)).toEqual(['Orvane Labs → Helios']);
  });

  it.each([
    [`${TEAM} Orvane Labs took the lead in chip design.`],
    [`${TEAM} Coordination falls to Anna Berg.`],
    [`${TEAM} Orvane Labs coordinates research on chips at its Kesh site.`],
    [`${TEAM} Orvane Labs is the project's lead investor.`],
    ['Kesh, a Paris start-up, is led by Orvane Labs, with Tarsin Group and Brask Systems as partners.'],
  ])('reads no leader from a lead in something else, or a person\'s role: %s', (body) => {
    expect(leaders(body)).toEqual([]);
  });
});

describe('organisations behind a work, or brought together by it', () => {
  it.each([
    ['Tarsin Group, Brask Systems and Orvane Labs are behind Helios, a new open model for Greek.'],
    ['Behind Helios are Tarsin Group, Brask Systems and Orvane Labs.'],
    ['Helios brings Tarsin Group, Brask Systems and Orvane Labs together.'],
  ])('reads them as the named team\'s members: %s', (body) => {
    expect(members(body)).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Tarsin Group → Helios']);
  });

  it.each([['Orvane Labs and Mara Velden are behind Helios, a new open model.'], ['Mara Velden and Tomas Brandt are behind Helios.']])('makes no team of one maker, or of people: %s', (body) => {
    expect(namesOf(facts(body), 'Consortium')).toEqual([]);
    expect(namesOf(facts(body), 'Organization')).not.toContain('Mara Velden');
  });
});

describe('what several organisations are partners in', () => {
  it('reads a bare name several organisations are partners or members of as their team', () => {
    expect(members('Tarsin Group, Brask Systems and Orvane Labs are partners in Helios.')).toEqual(['Brask Systems → Helios', 'Orvane Labs → Helios', 'Tarsin Group → Helios']);
    expect(members('Tarsin Group and Brask Systems are members of Helios.')).toEqual(['Brask Systems → Helios', 'Tarsin Group → Helios']);
  });

  it('makes no team of what one organisation is a partner in, or of what several are part of', () => {
    expect(members('Orvane Labs is a partner in Helios.')).toEqual([]);
    expect(members('Orvane Labs are partners in Helios, the company said.')).toEqual([]);
    expect(members('Tarsin Group and Brask Systems are part of Helios.')).toEqual([]);
  });
});

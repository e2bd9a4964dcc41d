import { extractFacts } from '../../src/ingest/extract';
import { articleOf, readerRelationsOf, relationsOf } from './support/articleOf';

/** Members and leaders of a team that has its own name, in phrasings news uses; every name here is invented. */
const facts = (body: string) => extractFacts(articleOf(body));
const members = (body: string): string[] => relationsOf(facts(body), 'MEMBER_OF');
const leaders = (body: string): string[] => relationsOf(facts(body), 'LEADS');
const ALL = ['Kelvo → Helios Alliance', 'Ruta AI → Helios Alliance', 'Tamsin Systems → Helios Alliance', 'Varda Labs → Helios Alliance'];
const BOTH = ['Orbis Cloud → Helios Alliance', 'Varda Labs → Helios Alliance'];

describe('a named team, its leader and its members in one sentence', () => {
  it.each([
    ['The Helios Alliance, led by Varda Labs, includes Kelvo, Tamsin Systems and Ruta AI.'],
    ['The Helios Alliance, which is coordinated by Varda Labs, brings together Kelvo, Tamsin Systems and Ruta AI.'],
  ])('reads every member after the leader: %s', (body) => {
    expect(members(body)).toEqual(ALL);
    expect(leaders(body)).toEqual(['Varda Labs → Helios Alliance']);
  });

  it('reads the members after a leader stated for the team the sentence named before its clause (the readers alone, without the membership model)', () => {
    const body = 'The Helios Alliance, which includes Kelvo and Tamsin Systems, is led by Varda Labs, together with Ruta AI.';
    expect(readerRelationsOf(articleOf(body), 'MEMBER_OF')).toEqual(ALL);
  });

  it.each([
    ['Varda Labs and Orbis Cloud jointly initiated the Helios Alliance, alongside Kelvo, Tamsin Systems and Ruta AI.'],
    ['Varda Labs and Orbis Cloud launched the Helios Alliance with Kelvo, Tamsin Systems and Ruta AI.'],
    ['Varda Labs and Orbis Cloud founded the Helios Alliance together with Kelvo, Tamsin Systems and Ruta AI.'],
  ])('makes the two who began the team its leaders and the ones they began it with its members: %s', (body) => {
    expect(leaders(body)).toEqual(BOTH);
    expect(members(body)).toEqual([...ALL, 'Orbis Cloud → Helios Alliance'].sort());
  });

  it('makes a long list of founders members, not leaders', () => {
    expect(leaders('Varda Labs, Orbis Cloud, Kelvo and Ruta AI founded the Helios Alliance in March.')).toEqual([]);
  });
});

describe('members named around a membership statement', () => {
  it.each([
    ['Kelvo is one of the founding members of the Helios Alliance, along with Tamsin Systems and Ruta AI.'],
    ['Kelvo is a member of the Helios Alliance, alongside Tamsin Systems and Ruta AI.'],
    ['Kelvo and Tamsin Systems are members of the Helios Alliance, together with Ruta AI.'],
  ])('reads the members named after the team too: %s', (body) => {
    expect(members(body)).toEqual(ALL.slice(0, 3));
  });

  it('puts partners who work together "as part of" a named team in that team, not in one of their own', () => {
    expect(members('Kelvo will work with Tamsin Systems and Ruta AI as part of the Helios Alliance.')).toEqual(ALL.slice(0, 3));
    expect(members('Kelvo has teamed up with Tamsin Systems and Ruta AI within the Helios Alliance.')).toEqual(ALL.slice(0, 3));
  });

  it('gives "its members" to the team a pronoun\'s sentence is about, not to the founder named last', () => {
    const body = 'The Helios Alliance was announced on Monday. It was co-founded by Varda Labs, Orbis Cloud and Kelvo, and its members include Tamsin Systems and Ruta AI.';
    expect(members(body)).toEqual([...ALL, 'Orbis Cloud → Helios Alliance'].sort());
  });
});

describe('leaders stated apart from the members', () => {
  const TEAM = 'The Helios Alliance brings together Kelvo, Tamsin Systems and Ruta AI.';

  it.each([
    [`${TEAM} It will be run jointly by Varda Labs and Orbis Cloud.`, BOTH],
    [`${TEAM} The alliance will be run by Varda Labs.`, ['Varda Labs → Helios Alliance']],
    ['The Helios Coalition brings together Kelvo and Ruta AI. The coalition will be run by Varda Labs.', ['Varda Labs → Helios Coalition']],
  ])('reads who runs a team of several members as its leader: %s', (body, expected) => {
    expect(leaders(body)).toEqual(expected);
  });

  it('reads two organisations running a team jointly as its leaders, however few members it has yet', () => {
    expect(leaders('Kelvo joined the Helios Alliance. It will be run jointly by Varda Labs and Orbis Cloud.')).toEqual(BOTH);
    expect(leaders('Kelvo joined the Helios Alliance. It is jointly run by Varda Labs and Orbis Cloud.')).toEqual(BOTH);
  });

  it('takes no operator of a machine, nor one organisation running a thing with one member, for a team\'s leader', () => {
    expect(leaders('The Helios supercomputer will be built in Oslo. It will be run by Varda Labs.')).toEqual([]);
    expect(leaders('Kelvo joined the Helios Alliance. It will be run by Varda Labs, a Kelvo subsidiary.')).toEqual([]);
  });

  it('reads "with X as its leader" before or after the members', () => {
    const team = ['Cyfra → Nask consortium', 'Nask → Nask consortium', 'Opix → Nask consortium', 'Pelta Institute → Nask consortium'];
    expect(members('Poland picked three consortia. The consortium, with Nask as its leader, includes Opix, Pelta Institute and Cyfra.')).toEqual(team);
    expect(leaders('Poland picked three consortia. The consortium includes Opix, Pelta Institute and Cyfra, with Nask as its leader.')).toEqual(['Nask → Nask consortium']);
  });

  it('reads "will spearhead the effort together with A, B and C" as a team its subject leads', () => {
    const body = 'Canada announced the Helios initiative. Kelvo will spearhead the effort together with Tamsin Systems, Ruta AI and the University of Orvane.';
    expect(leaders(body)).toEqual(['Kelvo → Kelvo consortium']);
  });
});

describe('a team an organisation assembles or takes others into', () => {
  const VARDA = ['Kelvo → Varda Labs consortium', 'Ruta AI → Varda Labs consortium', 'Tamsin Systems → Varda Labs consortium', 'Varda Labs → Varda Labs consortium'];

  it('reads "X leads a group of 14 partners, among them A, B and C" as the team X leads', () => {
    const body = 'Varda Labs leads a group of 14 partners, among them Kelvo, Tamsin Systems and Ruta AI.';
    expect(members(body)).toEqual(VARDA);
    expect(leaders(body)).toEqual(['Varda Labs → Varda Labs consortium']);
  });

  it('takes a group no named organisation leads for no team', () => {
    expect(members('Her company heads a group of 14 partners, among them Kelvo, Tamsin Systems and Ruta AI.')).toEqual([]);
  });

  it.each([
    ['The consortium led by Varda Labs has signed up Kelvo, Tamsin Systems and Ruta AI as partners.'],
    ['Varda Labs has enlisted Kelvo, Tamsin Systems and Ruta AI for its bid.'],
    ['Varda Labs recruited Kelvo, Tamsin Systems and Ruta AI to its consortium.'],
    ['Varda Labs has also roped in Kelvo, Tamsin Systems and Ruta AI for its consortium bid.'],
    ['Varda Labs has brought in Kelvo, Tamsin Systems and Ruta AI for its bid.'],
  ])('puts the organisations a team takes in among its members: %s', (body) => {
    expect(members(body)).toEqual(VARDA);
    expect(leaders(body)).toEqual(['Varda Labs → Varda Labs consortium']);
  });

  it('takes no one brought in as an investor or recruited to a board for a team member', () => {
    expect(members('Varda Labs brought in Kelvo and Tamsin Systems as investors.')).toEqual([]);
    expect(members('Varda Labs recruited Kelvo and Tamsin Systems to its board.')).toEqual([]);
  });

  it('reads "X\'s bid includes A and B" as X\'s team, but not a bid nobody else is named in', () => {
    expect(members("Varda Labs's bid includes Kelvo, Tamsin Systems and Ruta AI.")).toEqual(VARDA);
    expect(members("Varda Labs's bid failed after Kelvo and Tamsin Systems withdrew.")).toEqual([]);
    const rejected = "Varda Labs's bid was rejected. It was joined by Kelvo and Tamsin Systems in the Helios Alliance.";
    expect(leaders(rejected)).toEqual([]);
    expect(members(rejected)).toEqual(['Kelvo → Helios Alliance', 'Tamsin Systems → Helios Alliance']);
  });
});

describe('members written around the list in other ways', () => {
  const readers = (body: string): string[] => readerRelationsOf(articleOf(body), 'MEMBER_OF');
  const TWO = ['Kelvo → Helios Alliance', 'Tamsin Systems → Helios Alliance'];

  it.each([
    ['The Helios Alliance brings together companies such as Kelvo and Tamsin Systems with universities including the University of Orvane.'],
    ['The Helios Alliance includes Kelvo and Tamsin Systems, together with several research institutes such as the University of Orvane.'],
  ])('goes on reading after "with" when a kind of member follows: %s', (body) => {
    expect(readers(body)).toEqual(['Kelvo → Helios Alliance', 'Tamsin Systems → Helios Alliance', 'University of Orvane → Helios Alliance']);
  });

  it('stops at "with" when no kind of member follows', () => {
    expect(readers('The Helios Alliance includes Kelvo and Tamsin Systems, with investors such as Ruta Capital.')).toEqual(TWO);
  });

  it.each([
    ['The Helios Alliance, whose members range from Kelvo to Tamsin Systems and Ruta AI, was launched on Monday.'],
    ['The Helios Alliance was launched on Monday. Its members range from start-ups such as Kelvo to Tamsin Systems and Ruta AI.'],
  ])('reads members that "range from A to B and C": %s', (body) => {
    expect(readers(body)).toEqual(ALL.slice(0, 3));
  });

  it('reads the organisations acting in a team the sentence opens with as its members', () => {
    expect(readers('In the Helios Alliance, Kelvo, Tamsin Systems and Ruta AI will pool their data.')).toEqual(ALL.slice(0, 3));
    expect(readers('The Helios Alliance was launched in May. Within the Helios Alliance, Kelvo and Tamsin Systems share compute.')).toEqual(TWO);
  });

  it('takes a place a sentence opens with for no team', () => {
    expect(readers('In the Helios region, Kelvo and Tamsin Systems will build data centres.')).toEqual([]);
    expect(readers('In the Helios Valley, Kelvo and Tamsin Systems will build data centres.')).toEqual([]);
  });

  it.each([
    ['The Helios Alliance was formed in March. Kelvo and Tamsin Systems will also take part.'],
    ['The Helios Alliance was formed in March. Kelvo and Tamsin Systems will also participate.'],
    ['The Helios Alliance was formed in March. The startup Kelvo and Tamsin Systems have joined as partners too.'],
    ['The Helios Alliance was formed in March. Kelvo and Tamsin Systems will come on board as founding members.'],
  ])('puts organisations that join with nothing named in the team just spoken of: %s', (body) => {
    expect(readers(body)).toEqual(TWO);
  });

  it('puts joiners in no team the article left three sentences back, nor in one when they join something named', () => {
    expect(readers('The Helios Alliance was formed in March. Chip prices rose in April. Demand for power fell in May. Kelvo and Tamsin Systems will also take part.')).toEqual([]);
    expect(readers('The Helios Alliance was formed in March. Kelvo and Tamsin Systems will also take part in the Orion Challenge next year.')).toEqual([]);
  });
});

describe('a team someone put together', () => {
  it.each([
    ['The bid was put together by Varda Labs, with Kelvo, Tamsin Systems and Ruta AI as partners.', 'Varda Labs consortium'],
    ['The Helios Alliance was launched in May. The alliance was assembled by Varda Labs, alongside Kelvo, Tamsin Systems and Ruta AI.', 'Helios Alliance'],
  ])('makes the assembler its leader and the partners after it members: %s', (body, team) => {
    expect(leaders(body)).toEqual([`Varda Labs → ${team}`]);
    expect(members(body)).toEqual(['Kelvo', 'Ruta AI', 'Tamsin Systems', 'Varda Labs'].map((org) => `${org} → ${team}`));
  });

  it('takes no organiser of an event for a team\'s leader', () => {
    expect(leaders('The conference was organised by Varda Labs, with Kelvo as a sponsor.')).toEqual([]);
  });

  it('names a team written "The X Alliance, a grouping of …" without the article', () => {
    expect(members('The Helios Alliance, a grouping of Kelvo, Tamsin Systems and Ruta AI, was launched in May.')).toEqual(ALL.slice(0, 3));
  });
});

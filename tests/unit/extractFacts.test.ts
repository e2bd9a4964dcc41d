import { extractFacts } from '../../src/ingest/extract';
import { entityId, fundingId, governmentId } from '../../src/ingest/resolve/ids';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

/** A seed-like report in our own words: a state-funded, unnamed, SoftBank-led consortium. */
const SEED_LIKE = [
  '🗞️ Summary',
  '',
  'The Japanese government said it will provide up to 1 trillion yen (about $6.2 billion) to a nine-company consortium led by Softbank to build a home-grown AI foundation model.',
  '',
  'Members of the group include telecom operator Softbank, carmaker Honda, IT company NEC and electronics maker Sony — nine firms in total. The new joint venture will concentrate on “Physical AI” for factories and robots.',
  '',
  '💬 Our Take',
  '',
  'Japan is betting that industrial data gives it an edge.',
].join('\n');

describe('extractFacts on a seed-like consortium report', () => {
  const facts = extractFacts(articleOf(SEED_LIKE, '2025-12-20'));
  const consortiumId = entityId('Consortium', 'SoftBank consortium');

  it('finds the government, the four named companies and nothing from the headers', () => {
    expect(namesOf(facts, 'Government')).toEqual(['Japan']);
    expect(namesOf(facts, 'Organization')).toEqual(['Honda', 'NEC', 'SoftBank', 'Sony']);
  });

  it('names the unnamed consortium after its leader and keeps the text’s phrase as an alias', () => {
    const consortium = facts.entities.find((e) => e.id === consortiumId);
    expect(consortium).toMatchObject({ name: 'SoftBank consortium', props: { statedMemberCount: 9 } });
    expect(consortium?.aliases).toContain('nine-company consortium led by Softbank');
  });

  it('makes the leader LEADS and MEMBER_OF, and every named company a member', () => {
    expect(relationsOf(facts, 'LEADS')).toEqual(['SoftBank → SoftBank consortium']);
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual([
      'Honda → SoftBank consortium',
      'NEC → SoftBank consortium',
      'SoftBank → SoftBank consortium',
      'Sony → SoftBank consortium',
    ]);
  });

  it('records one funding from Japan to the consortium with the article’s own USD figure', () => {
    const fundings = facts.entities.filter((e) => e.label === 'Funding');
    expect(fundings).toHaveLength(1);
    expect(fundings[0]).toMatchObject({
      id: fundingId(governmentId('JP'), consortiumId, 1e12, 'JPY'),
      props: { amount: 1e12, currency: 'JPY', amountUsd: 6.2e9, usdSource: 'article', upTo: true, text: '1 trillion yen', announced: '2025-12-20' },
    });
    expect(relationsOf(facts, 'PROVIDED')).toEqual(['Japan → 1 trillion yen']);
    expect(relationsOf(facts, 'TO')).toEqual(['1 trillion yen → SoftBank consortium']);
  });

  it('ties the focus on Physical AI to the consortium through "the new joint venture"', () => {
    expect(relationsOf(facts, 'FOCUSES_ON')).toContain('SoftBank consortium → Physical AI');
  });

  it('gives every entity and relation the sentences that state it, between known ids', () => {
    const ids = new Set(facts.entities.map((e) => e.id));
    for (const entity of facts.entities) expect(entity.sentences.length).toBeGreaterThan(0);
    for (const relation of facts.relations) {
      expect(relation.sentences.length).toBeGreaterThan(0);
      expect(ids.has(relation.from) && ids.has(relation.to)).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(extractFacts(articleOf(SEED_LIKE, '2025-12-20'))).toEqual(facts);
  });
});

describe('extractFacts on organisations', () => {
  it('keeps organisations whose names overlap apart', () => {
    const facts = extractFacts(articleOf('The consortium led by Naver Cloud includes Twelve Labs. Its parent company Naver backed the bid.'));
    expect(namesOf(facts, 'Organization')).toEqual(['Naver', 'Naver Cloud', 'Twelve Labs']);
  });

  it('finds organisations in no list from how the text introduces them', () => {
    const facts = extractFacts(articleOf('Pune-based startup Kavach Systems and telecom firm Zentel signed deals with Orbitra Labs.'));
    expect(namesOf(facts, 'Organization')).toEqual(['Kavach Systems', 'Orbitra Labs', 'Zentel']);
  });

  it('does not take people, countries or generic words for organisations', () => {
    const facts = extractFacts(articleOf('IT minister Ravi Kumar said India wants Sovereign AI. Key Takeaways follow.'));
    expect(namesOf(facts, 'Organization')).toEqual([]);
  });

  it('records an organisation as BASED_IN the country its descriptor gives', () => {
    const facts = extractFacts(articleOf('Japanese automaker Honda joined the project.'));
    expect(relationsOf(facts, 'BASED_IN')).toEqual(['Honda → Japan']);
  });

  it('makes each leader of "teams led by A, B and C" head its own consortium, with a status', () => {
    const facts = extractFacts(articleOf('The selected teams are led by Orbis, Kelvo and Tamsin AI.'));
    expect(namesOf(facts, 'Consortium')).toEqual(['Kelvo consortium', 'Orbis consortium', 'Tamsin AI consortium']);
    expect(facts.entities.filter((e) => e.label === 'Consortium').every((e) => e.props.status === 'selected')).toBe(true);
  });

  it('names a joint venture by the name the text gives it later', () => {
    const facts = extractFacts(articleOf('A joint venture formed by Orbis, Kelvo and Tamsin will build a campus. The joint venture, called Campus Nord, opens in 2028.'));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Kelvo → Campus Nord', 'Orbis → Campus Nord', 'Tamsin → Campus Nord']);
  });
});

describe('extractFacts on consortium coreference', () => {
  it('gives "Its consortium includes …" to the team of the company named just before', () => {
    const facts = extractFacts(
      articleOf('The teams led by Orbis and Kelvo were selected.\n\n- **Orbis** is building a speech model.\nIts consortium includes Tamsin and Varda.\n- **Kelvo** focuses on robotics.\nIts partners are Quill and Moro.'),
    );
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual([
      'Kelvo → Kelvo consortium',
      'Moro → Kelvo consortium',
      'Orbis → Orbis consortium',
      'Quill → Kelvo consortium',
      'Tamsin → Orbis consortium',
      'Varda → Orbis consortium',
    ]);
  });

  it('does not give a loose "another team including …" to the consortium mentioned before', () => {
    const facts = extractFacts(articleOf('A group led by Orbis with Kelvo will bid. Another team including Tamsin and Varda is also preparing a bid.'));
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Kelvo → Orbis consortium', 'Orbis → Orbis consortium']);
  });

  it('reads "Those led by A and B were dropped" as teams of their own, eliminated', () => {
    const facts = extractFacts(articleOf('The teams led by Orbis and Kelvo passed the evaluation. Those led by Tamsin Labs and Varda Soft were dropped. The ones led by Pell Cloud and Ruta AI were eliminated.'));
    const status = Object.fromEntries(facts.entities.filter((e) => e.label === 'Consortium').map((e) => [e.name, e.props.status]));
    expect(status).toMatchObject({ 'Tamsin Labs consortium': 'eliminated', 'Varda Soft consortium': 'eliminated', 'Pell Cloud consortium': 'eliminated', 'Ruta AI consortium': 'eliminated' });
  });

  it('records an eliminated team’s status', () => {
    const facts = extractFacts(articleOf('The consortium led by Orbis and the Kelvo consortium failed to advance, while teams headed by Tamsin and Varda moved on.'));
    const status = Object.fromEntries(facts.entities.filter((e) => e.label === 'Consortium').map((e) => [e.name, e.props.status]));
    expect(status).toEqual({ 'Orbis consortium': 'eliminated', 'Kelvo consortium': 'eliminated', 'Tamsin consortium': 'advanced', 'Varda consortium': 'advanced' });
  });
});

describe('extractFacts on money', () => {
  it('reads a bare "$" as the local dollar in an article about an English-speaking dollar country', () => {
    const facts = extractFacts(articleOf('Canada will invest up to $2 billion in sovereign compute, Ottawa said.'));
    expect(facts.entities.find((e) => e.label === 'Funding')?.props).toMatchObject({ amount: 2e9, currency: 'CAD', usdSource: 'fx:2025-06-30' });
  });

  it('reads "$" as US dollars in a roundup item about other countries, and as the local dollar in the item about its main country', () => {
    const body = [
      "**1. Canada's compute push**",
      'Canada will invest up to $2 billion in sovereign compute. Ottawa said Canada would pick sites by March, and Canada hopes to finish by 2027.',
      '---',
      '**2. Kenya opens a call**',
      'A Nairobi hub opened a call for African-language projects in Kenya, with grants of up to $250,000 each.',
    ].join('\n');
    const money = extractFacts(articleOf(body)).entities.filter((e) => e.label === 'Funding').map((e) => [e.props.amount, e.props.currency]);
    expect(money).toEqual([[2e9, 'CAD'], [250000, 'USD']]);
  });

  it('reads "$" as US dollars in a sentence that names other countries only, even in a section that mentions the main one', () => {
    const body = [
      '**1. Harlow raises a record round**',
      'Harlow Compute, headquartered in the UK, announced a $1.1 billion round. Harlow was spun out of an Australian miner in 2024.',
      '---',
      '**2. Canberra backs a lab**',
      'The Australian government gave $32 million to a Sydney lab, and Australia will add more next year.',
    ].join('\n');
    const money = extractFacts(articleOf(body)).entities.filter((e) => e.label === 'Funding').map((e) => [e.props.amount, e.props.currency]);
    expect(money).toEqual([[1.1e9, 'USD'], [32e6, 'AUD']]);
  });

  it('keeps "$" as US dollars elsewhere and never counts a bracketed equivalent twice', () => {
    const facts = extractFacts(articleOf('The Korean government will spend 530 billion won ($380 million) on the project.'));
    const fundings = facts.entities.filter((e) => e.label === 'Funding');
    expect(fundings.map((f) => [f.props.amount, f.props.currency, f.props.amountUsd, f.props.usdSource])).toEqual([[530e9, 'KRW', 380e6, 'article']]);
  });
});

describe('extractFacts on agencies, initiatives and models', () => {
  it('makes a ministry an Agency PART_OF its government', () => {
    const facts = extractFacts(articleOf("Korea's Ministry of Science and ICT selected five teams."));
    expect(relationsOf(facts, 'PART_OF')).toEqual(['Ministry of Science and ICT → South Korea']);
  });

  it('makes a named mission an Initiative LAUNCHED by the government', () => {
    const facts = extractFacts(articleOf('India approved the IndiaAI Mission with an outlay of ₹10,372 crore.'));
    expect(relationsOf(facts, 'LAUNCHED')).toEqual(['India → IndiaAI Mission']);
    expect(relationsOf(facts, 'TO')).toEqual(['₹10,372 crore → IndiaAI Mission']);
  });

  it('finds a named model and its developer', () => {
    const facts = extractFacts(articleOf('Orbis Labs released an upgraded version of its Helion large language model.'));
    expect(relationsOf(facts, 'DEVELOPS')).toEqual(['Orbis Labs → Helion']);
  });
});

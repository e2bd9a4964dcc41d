import { extractGovernments } from '../../src/ingest/extract/extractGovernments';
import { FactSink } from '../../src/ingest/extract/factSink';
import { articleOf } from './support/articleOf';

const governments = (body: string): string[] => {
  const sink = new FactSink();
  extractGovernments(articleOf(body), sink);
  return sink.byLabel('Government').map((g) => String(g.props.country)).sort();
};

describe('extractGovernments', () => {
  it('finds countries by name', () => {
    expect(governments('India and Saudi Arabia signed a pact.')).toEqual(['IN', 'SA']);
  });

  it('finds countries by demonym', () => {
    expect(governments('The Japanese government and a Korean ministry agreed.')).toEqual(['JP', 'KR']);
  });

  it('counts a capital only when it acts as its government', () => {
    expect(governments('Seoul said it would fund the plan.')).toEqual(['KR']);
    expect(governments('The data centre will be built near Paris.')).toEqual([]);
  });

  it('treats the EU as a bloc government', () => {
    expect(governments('The EU will fund AI gigafactories.')).toEqual(['EU']);
  });

  it('adds no government for "US-China" competition or the pronoun "us" when another country acts', () => {
    expect(governments('Japan launched a plan. Japan said the US-China race reminds us of the stakes.')).toEqual(['JP']);
  });

  it('adds no government for an adjective of origin ("a Finnish lab", "Spanish-language")', () => {
    expect(governments('Belgium picked two teams. One is led by a Finnish lab, the other by a Spanish firm building a Spanish-language model.')).toEqual(['BE']);
  });

  it('adds a second government that acts, owns a programme or hosts the work', () => {
    expect(governments('Belgium picked two teams. The French government will co-fund them.')).toEqual(['BE', 'FR']);
    expect(governments('Manila picked a team. It builds on Singapore\'s National Multimodal LLM Programme.')).toEqual(['SG']);
    expect(governments('Belgium picked two teams. Training will run on servers in Finland.')).toEqual(['BE', 'FI']);
  });

  it('does not read the "US" in "US$" as the United States', () => {
    expect(governments('Mexico will spend MXN 800 million (about US$46 million) on tutors.')).toEqual(['MX']);
  });

  it('names the government with its common English name and gov:XX id', () => {
    const sink = new FactSink();
    extractGovernments(articleOf('Korea picked five teams.'), sink);
    expect(sink.byLabel('Government')[0]).toMatchObject({ id: 'gov:KR', name: 'South Korea', props: { country: 'KR' }, sentences: [0] });
  });

  it('does not read languages in a list of languages as countries', () => {
    expect(governments('It speaks languages such as Thai and Vietnamese.')).toEqual([]);
  });
});

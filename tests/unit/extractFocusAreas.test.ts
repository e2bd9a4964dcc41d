import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

const focus = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'FocusArea');

describe('focus areas', () => {
  it('keeps an area the lede names', () => {
    expect(focus('Orvane Cloud will build a sovereign cloud for public bodies. More details later.')).toContain('Sovereign cloud');
  });

  it('drops a keyword seen once in passing, deep in the article', () => {
    const body = ['Kestra AI will build a Czech-language model.', 'The team has 40 people.', 'Funding comes from the state.', 'Officials spoke of national security in a quote.'].join(' ');
    expect(focus(body)).not.toContain('Defence and security');
  });

  it('keeps an area a sentence states as the purpose', () => {
    const body = ['Kestra AI raised money.', 'The team has 40 people.', 'Funding comes from the state.', 'The model is designed for hospitals and medical imaging.'].join(' ');
    expect(focus(body)).toContain('Healthcare');
  });
});

describe('focus area phrasings', () => {
  it('reads "a Serbian model" as a language-specific foundation model', () => {
    const areas = focus('Brask Labs will train a Serbian model for the state. The team has 40 people.');
    expect(areas).toEqual(expect.arrayContaining(['LLM / foundation model', 'Language-specific models']));
  });

  it('reads citizens\' questions and civil servants as public services', () => {
    expect(focus('Kestra AI is building Kasa, an assistant to answer citizens’ questions about birth certificates.')).toContain('Public services');
  });

  it('reads data kept under national jurisdiction as sovereign cloud', () => {
    expect(focus('Orvane Cloud will host the model so that the data remain under Irish jurisdiction.')).toContain('Sovereign cloud');
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

describe('unnamed national programme', () => {
  const body = [
    'Iceland will tender a supercomputer for its AI researchers.',
    'The machine is part of a national AI programme with a budget of about $90 million.',
    'The programme is due to be completed by 2027.',
  ].join(' ');
  const facts = extractFacts(articleOf(body));

  it('adds the programme the lede describes but never names, launched by the main government', () => {
    expect(namesOf(facts, 'Initiative')).toEqual(['Iceland national AI programme']);
    expect(relationsOf(facts, 'LAUNCHED')).toEqual(['Iceland → Iceland national AI programme']);
  });

  it('sends the budget stated for it to it', () => {
    expect(relationsOf(facts, 'TO')).toEqual(['$90 million → Iceland national AI programme']);
    expect(relationsOf(facts, 'PROVIDED')).toEqual(['Iceland → $90 million']);
  });

  it('adds nothing when the article names its initiative', () => {
    const named = extractFacts(articleOf('Iceland launched the Glacier AI Programme, a national AI programme. The Glacier AI Programme runs to 2027.'));
    expect(namesOf(named, 'Initiative')).toEqual(['Glacier AI Programme']);
  });
});

describe('focus keyword inside a body name', () => {
  it('does not read a focus from "the Defence Ministry\'s directorate"', () => {
    const body = 'Iceland has a national AI programme. The project was first run by the Defence Ministry’s research directorate. The project is now run by others.';
    expect(namesOf(extractFacts(articleOf(body)), 'FocusArea')).not.toContain('Defence and security');
  });
});

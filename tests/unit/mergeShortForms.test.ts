import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

describe('short forms of one name', () => {
  it('folds a company short form into the full name that adds only a legal word', () => {
    const facts = extractFacts(articleOf('The startup Quorbel Technologies joined the programme. Quorbel has built models for text and images. Quorbel said more would follow.'));
    expect(namesOf(facts, 'Organization')).toEqual(['Quorbel Technologies']);
    expect(facts.entities.find((e) => e.name === 'Quorbel Technologies')?.aliases).toContain('Quorbel');
  });

  it.each(['Industries', 'Systems', 'Group', 'Holdings', 'Semiconductors'])('folds a short form into the full name that adds "%s"', (word) => {
    const facts = extractFacts(articleOf(`The defence firm Quorbel ${word} joined the programme. Quorbel has built drones for the army. Quorbel said more would follow.`));
    expect(namesOf(facts, 'Organization')).toEqual([`Quorbel ${word}`]);
  });

  it('keeps a unit whose extra word is not a legal word apart', () => {
    const facts = extractFacts(articleOf('The startup Quorbel Cloud joined the programme. The company Quorbel has built models. Quorbel said more would follow.'));
    expect(namesOf(facts, 'Organization')).toEqual(['Quorbel', 'Quorbel Cloud']);
  });

  it('folds an agency named without its country into the full name', () => {
    const facts = extractFacts(articleOf('Iceland will tender a supercomputer, the Iceland Widget Authority said. It is now managed by the Widget Authority.'));
    expect(namesOf(facts, 'Agency')).toEqual(['Iceland Widget Authority']);
  });
});

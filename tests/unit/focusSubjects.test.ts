import { extractFacts } from '../../src/ingest/extract';
import { articleOf, relationsOf } from './support/articleOf';

const focusOf = (body: string): string[] => relationsOf(extractFacts(articleOf(body)), 'FOCUSES_ON');

describe('focus subjects', () => {
  it('keeps sectors a programme lists as its priorities, for the programme', () => {
    const body = [
      'Iceland has launched its National Glacier AI Programme.',
      'The team has 40 people.',
      'Funding comes from the state.',
      'Priority sectors include agriculture, education and fisheries.',
    ].join(' ');
    expect(focusOf(body)).toEqual(expect.arrayContaining(['National Glacier AI Programme → Agriculture', 'National Glacier AI Programme → Education']));
  });

  it('gives bullets under "Its plans include:" to the company named before the heading', () => {
    const body = [
      'Quorbel Technologies is a new AI company.',
      '',
      'It is owned by the Zentrix Fund.',
      '',
      'Quorbel Technologies will work across the value chain.',
      '',
      'Its plans include:',
      '',
      '- cloud services',
      '- AI products for hospitals and farming',
    ].join('\n');
    expect(focusOf(body)).toEqual(expect.arrayContaining(['Quorbel Technologies → Healthcare', 'Quorbel Technologies → Agriculture']));
  });
});

describe('focus keywords inside names', () => {
  it('does not read a focus from a word inside an organisation name', () => {
    const body = [
      'Iceland has released the Q-ORCA model.',
      'It was built by the Quorbel Centre for Artificial Intelligence and Robotics (QCAIR).',
      'It is free for research.',
    ].join(' ');
    expect(relationsOf(extractFacts(articleOf(body)), 'FOCUSES_ON').filter((r) => r.endsWith('Robotics'))).toEqual([]);
  });

  it('does not make a sponsor named after the keyword the subject of the focus', () => {
    const body = [
      'Iceland has released the Q-ORCA model.',
      'The team has 40 people.',
      'It is free for research.',
      'Plans for a multilingual model came with seed funding from Zentrix Corp.',
    ].join(' ');
    expect(relationsOf(extractFacts(articleOf(body)), 'FOCUSES_ON')).not.toContain('Zentrix → Language-specific models');
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { articleOf, relationsOf } from './support/articleOf';

describe('member lists', () => {
  it('does not make sponsors named after "funding from partners including" members of a partnership', () => {
    const facts = extractFacts(
      articleOf(
        'The project is a partnership between Quorbel Labs and the startup Zentrix. It started with $2 million of seed funding from partners including Vandelay Industries and Kramerica Corp.',
      ),
    );
    expect(relationsOf(facts, 'MEMBER_OF')).not.toContain('Vandelay Industries → Quorbel Labs consortium');
    expect(relationsOf(facts, 'MEMBER_OF').filter((r) => r.startsWith('Vandelay') || r.startsWith('Kramerica'))).toEqual([]);
  });

  it('makes the bullets under "The national side includes:" members of the venture named just before', () => {
    const facts = extractFacts(
      articleOf(
        [
          'ZEPHYRA is an AI factory selected last year.',
          '',
          'ZEPHYRA is co-financed by the regional bank and by national partners.',
          '',
          'The national side includes:',
          '',
          '- the Institute for Quantum Widgets (IQW);',
          '- Fondazione Lumina;',
          '- Corvex Labs, which hosts the machine.',
        ].join('\n'),
      ),
    );
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Corvex Labs → ZEPHYRA', 'Fondazione Lumina → ZEPHYRA', 'Institute for Quantum Widgets → ZEPHYRA']);
  });
});

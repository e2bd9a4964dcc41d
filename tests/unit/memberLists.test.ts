import { extractFacts } from '../../src/ingest/extract';
import { findBulletNames } from '../../src/ingest/extract/findBulletNames';
import { listRuns } from '../../src/ingest/extract/listRuns';
import { articleOf, namesOf, relationsOf } from './support/articleOf';

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
  it('reads every name of a bullet that lists organisations comma by comma under a heading about them', () => {
    const body = [
      'The ministry signed agreements with eight organisations for the Tarn Mission, in alphabetical order:',
      '',
      '- Altavec, Brisko, Corvane, Dunlith',
      '- Folvane, Eskara Systems (ESK), Grendt, Hollox',
    ].join('\n');
    expect(namesOf(extractFacts(articleOf(body)), 'Organization')).toEqual(['Altavec', 'Brisko', 'Corvane', 'Dunlith', 'Eskara Systems', 'Folvane', 'Grendt', 'Hollox']);
  });

  it('reads no list from a bullet with more than names on it, nor under a heading about something else', () => {
    const sentence = ['The organisations that signed:', '', '- Altavec, Brisko and Corvane agreed to share data'].join('\n');
    expect(namesOf(extractFacts(articleOf(sentence)), 'Organization')).not.toContain('Corvane');
    const withPlace = ['The organisations that signed:', '', '- Altavec, Brisko, London, Corvane'].join('\n');
    expect(namesOf(extractFacts(articleOf(withPlace)), 'Organization')).not.toContain('Corvane');
    const elsewhere = ['Our favourite hiking spots this year:', '', '- Altavec, Brisko, Corvane, Dunlith'].join('\n');
    expect(namesOf(extractFacts(articleOf(elsewhere)), 'Organization')).toEqual([]);
  });

  it('takes "and" between the names of such a bullet as a comma, and a short form in brackets as part of a name', () => {
    const lines = ['Partners:', '- Grendt and Hollox', '- Altavec, Brisko, and Corvane', '- Dunlith, Eskara Systems (ESK), Folvane'];
    const found: string[] = [];
    for (const index of [1, 2, 3]) findBulletNames(lines, index, (span) => found.push(span.text));
    expect(found).toEqual(['Grendt', 'Hollox', 'Altavec', 'Brisko', 'Corvane', 'Dunlith', 'Eskara Systems', 'Folvane']);
  });

  it('takes a name listed with known companies in a table cell as an organisation, not one listed so in running prose', () => {
    const table = ['| Round | Developers | Compute |', '|---|---|---|', '| Second | Google, Microsoft, Zorvane | Cloud credits |'].join('\n');
    expect(namesOf(extractFacts(articleOf(table)), 'Organization')).toEqual(['Google', 'Microsoft', 'Zorvane']);
    expect(namesOf(extractFacts(articleOf('In the demo, Google, Microsoft, Zorvane appeared on screen.')), 'Organization')).toEqual(['Google', 'Microsoft']);
  });

  it('counts a list as closed by "and", or by the edges of a table cell or bullet holding nothing else', () => {
    const closed = (sentence: string) => listRuns(sentence).map((run) => `${run.spans.length}:${run.closed}`);
    expect(closed('Teams from Altavec, Brisko and Corvane met.')).toEqual(['3:true']);
    expect(closed('| Second | Altavec, Brisko, Corvane | none |')).toEqual(['1:false', '3:true']);
    expect(closed('- Altavec, Brisko, Corvane')).toEqual(['3:true']);
    expect(closed('- Altavec, Brisko, Corvane met')).toEqual(['3:false']);
    expect(closed('Yesterday Altavec, Brisko, Corvane met.')).toEqual(['3:false']);
  });

  it('takes names listed beside an institution in a table cell as institutions, not ones listed so in running prose', () => {
    const table = ['| Site | Hosts |', '|---|---|', '| Arequipa | Orvane University, Senbrook, Kessa |'].join('\n');
    expect(namesOf(extractFacts(articleOf(table)), 'Organization')).toEqual(['Kessa', 'Orvane University', 'Senbrook']);
    expect(namesOf(extractFacts(articleOf('The sites were chosen with Orvane University, Senbrook, Kessa in mind.')), 'Organization')).toEqual(['Orvane University']);
  });
});

describe('bullets whose label is a team', () => {
  const body = [
    'The Commission has selected four consortia to host AI gigafactories.',
    '**Who won**',
    '- **Helvia Gigafactory** (Spain): led by the Orvik Supercomputing Center with Telvia and Iberon.',
    '- **NordCompute** (Finland/Sweden): a joint bid by Kesh Computing, Varna Research and Fortel Energy.',
    '- **Rhine AI Factory**: coordinated by Brask Telekom, whose partners include Selm Software and Tavon Systems.',
    '- **Alder Compute** (Poland): headed by Ulmen University, with Pella Networks.',
  ].join('\n');
  const found = extractFacts(articleOf(body));

  it('makes each label a team with the leader and partners its bullet names', () => {
    expect(relationsOf(found, 'LEADS')).toEqual([
      'Brask Telekom → Rhine AI Factory',
      'Orvik Supercomputing Center → Helvia Gigafactory',
      'Ulmen University → Alder Compute',
    ]);
    expect(relationsOf(found, 'MEMBER_OF').filter((pair) => !/Brask|Orvik Super|Ulmen/.test(pair))).toEqual([
      'Fortel Energy → NordCompute',
      'Iberon → Helvia Gigafactory',
      'Kesh Computing → NordCompute',
      'Pella Networks → Alder Compute',
      'Selm Software → Rhine AI Factory',
      'Tavon Systems → Rhine AI Factory',
      'Telvia → Helvia Gigafactory',
      'Varna Research → NordCompute',
    ]);
  });

  it('starts no team after a bullet’s leader or first bidder besides the labelled one', () => {
    expect(namesOf(found, 'Consortium')).toEqual(['Alder Compute', 'Helvia Gigafactory', 'NordCompute', 'Rhine AI Factory']);
  });
});

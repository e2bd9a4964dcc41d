import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

const organizations = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'Organization');

describe('people and venues are not organisations', () => {
  it('refuses a name followed by a bare job title', () => {
    const body = 'Quorbel Technologies joined the programme. Arno Velskin-tam, director general of the ministry’s AI bureau, announced the decision.';
    expect(organizations(body)).toEqual(['Quorbel Technologies']);
  });

  it('refuses a convention centre where a launch took place', () => {
    const body = 'Quorbel Technologies unveiled its model at the Lakeside International Convention Centre in Reykjavik.';
    expect(organizations(body)).toEqual(['Quorbel Technologies']);
  });

  it('refuses a name described as a veteran, a professor or a chief scientist, even where a cue would make it a member', () => {
    const bodies = [
      'Franklin is a joint venture of Kesh Labs and Brenn Systems. It will be led by Arno Velskin, a medical-device industry veteran who joined Kesh Labs in 2019.',
      "Mira Tollan, the UvA law professor who is one of the lab's initiators, joined the Dutch AI Coalition alongside Kesh Labs.",
      'The board includes heavyweights, including Jon Brekke, chief AI scientist at Kesh Labs.',
    ];
    for (const body of bodies) expect(organizations(body).filter((name) => !/Kesh|Brenn/.test(name))).toEqual([]);
  });
});

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

  it.each([
    ['the title of an organisation before the name', 'On 24 September in Brussels, the director of Orvane Labs, Ondra Velkan, and Jean Pakett signed the agreement with Tarsin Group.'],
    ['a title of "the institute" with no comma', 'Director of the institute Xu Bonan went on stage to introduce the model, and Orvane Labs and Tarsin Group were named as partners.'],
    ['"The chairman is"', 'The chairman is Tetsu Higamura, a former president of the chip-equipment maker Tokyo Lens; Orvane Labs and Tarsin Group are shareholders.'],
    ['a plural occupation before a list of names', 'Partners include Orvane Labs, Tarsin Group and the former Google researchers Daniel Hanna and Lion Jonas.'],
    ['"who" after the name', 'The Jalisco hub is led by Enrique Dortes, who has argued that academia and industry must work together with Orvane Labs and Tarsin Group.'],
    ['a double surname and "who leads the work at"', 'DFM brings together Orrin University and Aarhus University. Peter Schneider-Kamp, who leads the work at Orrin University, said more compute is needed.'],
    ['"of" and an organisation after the name', 'The project is headed by Mara Velden of Orvane Labs, with Tarsin Group and Brask Systems as partners.'],
  ])('refuses a person named with %s', (_, body) => {
    expect(organizations(body).filter((name) => !/Orvane|Tarsin|Brask|Tokyo Lens|Google|Orrin|Aarhus/.test(name))).toEqual([]);
  });

  it('keeps an organisation whose people a "who" clause speaks of, and one a person heads', () => {
    expect(organizations('Engineers at the startup Kesh Face, who contributed training infrastructure, joined Tarsin Group and Orvane Labs.')).toContain('Kesh Face');
    expect(organizations('Mads Thomsen, head of the Novo Nordisk Foundation, has said the aim is to speed up research with Orvane Labs and Tarsin Group.')).toContain('Novo Nordisk Foundation');
    expect(organizations('Anna Berg, president of the chip-equipment maker Tokyo Lens, said Tarsin Group will join.')).toContain('Tokyo Lens');
    expect(organizations('The director of Tarsin Group, Ondra Velkan, and Novo Nordisk Foundation backed the plan with Orvane Labs.')).toContain('Novo Nordisk Foundation');
    // ("of Liège": a place, not an employer.)
    expect(organizations('Two teams were shortlisted. The second is led by Tarsin Automation of Liège, working alongside the Liège Robotics Institute and steelmaker Brask Steel.')).toContain('Tarsin Automation');
  });

  it('makes no team of the people who founded a company', () => {
    expect(namesOf(extractFacts(articleOf('Mara Velden and Tomas Brandt founded Orvane Labs in 2020.')), 'Consortium')).toEqual([]);
  });
});

import { extractFacts } from '../../src/ingest/extract';
import { withTeamNoun } from '../../src/ingest/extract/teamLongForms';
import { articleOf, readerRelationsOf, relationsOf } from './support/articleOf';

/** Teams whose members a live blog, roundup or explainer states apart from the team's name; every name here is invented. */
const readers = (body: string): string[] => readerRelationsOf(articleOf(body), 'MEMBER_OF');
const teams = (body: string): string[] => extractFacts(articleOf(body)).entities.filter((e) => e.label === 'Consortium').map((e) => e.name);
const THREE = ['Kelvo → Helios Alliance', 'Ruta AI → Helios Alliance', 'Tamsin Systems → Helios Alliance'];

describe('a member list after a colon', () => {
  const LAUNCH = [
    '**10:25** — Confirmed: the announcement is a new Helios Alliance. It is spearheaded by France.',
    '**10:48** — First numbers: 91 partners at launch. The structure matters: companies join as members; governments sign up as supporters. Several delegates asked how much of it is new money.',
  ].join('\n\n');

  it('puts the names after "the member list …:" in the team named a few entries before', () => {
    expect(readers(`${LAUNCH}\n\n**11:15** — Who is in? From the member list circulating in the press room: chipmakers Kelvo and Ruta AI; and Tamsin Systems.`)).toEqual(THREE);
  });

  it('puts them in no team when none was named in the last ten sentences', () => {
    const filler = Array.from({ length: 11 }, (_, i) => `Item ${i + 1} of the agenda was about power prices.`).join(' ');
    expect(readers(`The Helios Alliance was named on Monday. ${filler} From the member list circulating in the press room: Kelvo, Ruta AI and Tamsin Systems.`)).toEqual([]);
  });
});

describe('one team under its everyday name and its formal title', () => {
  it('folds the formal title into the team named first', () => {
    const body = 'France launched a new Helios Alliance, formally titled the Helios Alliance for Sustainable Computing. Kelvo and Ruta AI have joined the Helios Alliance for Sustainable Computing.';
    expect(teams(body)).toEqual(['Helios Alliance']);
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual(['Kelvo → Helios Alliance', 'Ruta AI → Helios Alliance']);
  });

  it('folds nothing when the formal title names no team', () => {
    expect(teams('Kelvo joined the Orion Coalition last year. France launched the Helios Alliance, formally called Sustainable Compute France in the decree, with Ruta AI and Tamsin Systems.').sort()).toEqual(['Helios Alliance', 'Orion Coalition']);
  });

  it('keeps two teams the text names apart', () => {
    expect(teams('Kelvo joined the Helios Alliance. Ruta AI joined the Orion Coalition, which Tamsin Systems also joined.').sort()).toEqual(['Helios Alliance', 'Orion Coalition']);
  });
});

describe('organisations that came in on a date', () => {
  it('puts organisations that "came in on 1 April, and …" in the team just spoken of', () => {
    expect(readers('The Helios Alliance grew by three this year. Kelvo and Ruta AI came in on 1 April, and Tamsin Systems followed in July.')).toEqual(['Kelvo → Helios Alliance', 'Ruta AI → Helios Alliance']);
  });
});

describe('people of a team and the body that starts one are no team', () => {
  it('takes "Representatives of the alliance\'s member institutions" for people of the alliance, not a team of their own', () => {
    const body = 'The Helios Alliance (HA) met in Oslo on Monday. Representatives of the alliance\'s member institutions attended, including Kelvo, Ruta AI and Tamsin Systems.';
    expect(teams(body)).toEqual(['Helios Alliance']);
    expect(readers(body)).toEqual(THREE);
  });

  it('takes an association that initiated a group for an organisation, not a team', () => {
    const body = 'The Helios Alliance was unveiled on Monday. The group was initiated by Orvane, the international chip industry association that organises the show, and will be led by Kelvo and Ruta AI.';
    expect(teams(body)).toEqual(['Helios Alliance']);
  });
});

describe('a team answers to its name with a capitalised team noun', () => {
  it('finds "the Cumulus Project" as a form of the team "Cumulus"', () => {
    expect(withTeamNoun('Cumulus', ['The effort, called the Cumulus Project, is run out of Varda University.'])).toEqual(['Cumulus Project']);
    expect(withTeamNoun('Cumulus', ['The Cumulus project started in May.'])).toEqual(['Cumulus project']);
    expect(withTeamNoun('Cumulus', ['Cumulus Projects Ltd builds houses.'])).toEqual([]);
  });
});

describe('a team\'s leaders named after an appositive about who began it', () => {
  const leaders = (body: string): string[] => relationsOf(extractFacts(articleOf(body)), 'LEADS');

  it.each([
    ['The Helios Alliance was unveiled in Taipei. The group was initiated by Orvane, the international chip industry association that organises the show, and will be led by Kelvo and Ruta AI.'],
    ['The Helios Alliance was unveiled in Taipei. The group was initiated by Orvane, a chip body, and will be led by Kelvo and Ruta AI.'],
  ])('reads past the appositive to the team noun: %s', (body) => {
    expect(leaders(body)).toEqual(['Kelvo → Helios Alliance', 'Ruta AI → Helios Alliance']);
  });
});

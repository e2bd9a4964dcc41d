import { goldKeys, organisationKey } from '../../training/annotatedArticles';

/** How an annotator's name is compared with an extracted one: the scorer and the trainers use the same keys. */
describe('keys of a gold name', () => {
  it('answers to the whole, the long form and the short form of "Long Name (SHORT)"', () => {
    expect(goldKeys('Netherlands Forensic Institute (NFI)')).toEqual(expect.arrayContaining([organisationKey('Netherlands Forensic Institute'), organisationKey('NFI')]));
  });

  it('answers to a name opening with "The" without it, as names are extracted', () => {
    expect(goldKeys('The Chinese University of Hong Kong')).toContain(organisationKey('Chinese University of Hong Kong'));
    expect(goldKeys('The White Communication (TWC)')).toEqual(expect.arrayContaining([organisationKey('White Communication'), organisationKey('TWC')]));
  });

  it('keeps a name that only contains "the" whole', () => {
    expect(goldKeys('University of the Philippines')).toEqual([organisationKey('University of the Philippines')]);
  });
});

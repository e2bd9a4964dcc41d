import { canonicalOrganizationName, nameKey, stripLegalSuffix } from '../../src/ingest/resolve/resolveNames';

describe('resolveNames', () => {
  it('strips legal-form suffixes only', () => {
    expect(stripLegalSuffix('SoftBank Corp.')).toBe('SoftBank');
    expect(stripLegalSuffix('Samsung Electronics Co. Ltd.')).toBe('Samsung Electronics');
    expect(stripLegalSuffix('LG Group')).toBe('LG Group');
  });

  it('gives the same key to spellings of one name and different keys to overlapping names', () => {
    expect(nameKey('Softbank')).toBe(nameKey('SoftBank Corp.'));
    expect(nameKey('Naver')).not.toBe(nameKey('Naver Cloud'));
    expect(nameKey('LG')).not.toBe(nameKey('LG AI Research'));
  });

  it('maps gazetteer aliases to the canonical name and leaves unknown names as written', () => {
    expect(canonicalOrganizationName('SoftBank Group')).toBe('SoftBank');
    expect(canonicalOrganizationName('Softbank')).toBe('SoftBank');
    expect(canonicalOrganizationName('Orbitra Labs Inc.')).toBe('Orbitra Labs');
  });
});

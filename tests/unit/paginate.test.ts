import { paginate } from '../../src/api/common/paginate';

describe('paginate', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('returns the first page with a cursor to continue from', () => {
    const page = paginate(items, 2);
    expect(page.items.map((i) => i.item)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(5);
  });

  it('continues after the end cursor of the previous page', () => {
    const first = paginate(items, 2);
    const second = paginate(items, 2, first.pageInfo.endCursor);
    expect(second.items.map((i) => i.item)).toEqual(['c', 'd']);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });

  it('refuses a page larger than 100', () => {
    expect(() => paginate(items, 101)).toThrow(/first must be between 0 and 100/);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => paginate(items, 2, 'bogus')).toThrow(/invalid cursor/);
  });
});

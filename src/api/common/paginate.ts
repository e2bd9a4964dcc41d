import { ApiError, ErrorCode } from '../errors';
import type { PageInfo } from './PageInfo.type';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Opaque cursor of an offset: base64 so clients don't build them by hand. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new ApiError(ErrorCode.BAD_USER_INPUT, `invalid cursor "${cursor}": pass an endCursor from a previous page`);
  return Number(match[1]);
}

/** A page of items plus what Relay connections report about it. */
export interface Page<T> {
  items: { item: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Checks `first` and decodes `after` into an offset window. */
export function pageWindow(first: number | undefined | null, after: string | undefined | null): { offset: number; limit: number } {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `first must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** Slices an in-memory list (already bounded by the parent) into a Relay page. */
export function paginate<T>(all: T[], first?: number | null, after?: string | null): Page<T> {
  const { offset, limit } = pageWindow(first, after);
  const { edges, pageInfo, totalCount } = connectionOf(all.slice(offset, offset + limit), offset, limit, all.length, (item, cursor) => ({ item, cursor }));
  return { items: edges, pageInfo, totalCount };
}

/** Relay edges and page info for one page fetched at `offset` out of `total`. */
export function connectionOf<T, E>(
  rows: T[],
  offset: number,
  limit: number,
  total: number,
  toEdge: (row: T, cursor: string) => E,
): { edges: E[]; pageInfo: PageInfo; totalCount: number } {
  return {
    edges: rows.map((row, i) => toEdge(row, encodeCursor(offset + i))),
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + limit < total,
      hasPreviousPage: offset > 0,
      startCursor: rows.length > 0 ? encodeCursor(offset) : null,
      endCursor: rows.length > 0 ? encodeCursor(offset + rows.length - 1) : null,
    },
  };
}

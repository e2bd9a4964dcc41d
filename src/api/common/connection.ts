import type { PageInfo } from './PageInfo.type';
import { encodeCursor } from './paginate';

/** Relay edges and page info for one page fetched at `offset` out of `total`. */
export function connectionOf<T, E>(rows: T[], offset: number, limit: number, total: number, toEdge: (row: T, cursor: string) => E): { edges: E[]; pageInfo: PageInfo; totalCount: number } {
  const edges = rows.map((row, i) => toEdge(row, encodeCursor(offset + i)));
  const first = rows.length > 0 ? encodeCursor(offset) : null;
  const last = rows.length > 0 ? encodeCursor(offset + rows.length - 1) : null;
  return {
    edges,
    totalCount: total,
    pageInfo: { hasNextPage: offset + limit < total, hasPreviousPage: offset > 0, startCursor: first, endCursor: last },
  };
}

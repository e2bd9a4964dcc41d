import { GraphQLError } from 'graphql';
import { GraphError } from '../graph';

/** Codes clients can branch on, in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** HTTP status for errors raised before execution (Apollo reads and strips `extensions.http`). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
};

/** The one base class of client-facing errors: its message says how to fix the request. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: status ? { code, http: { status } } : { code } });
  }
}

/** Turns a database failure into a client error without leaking driver internals. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof GraphError)) return error;
  switch (error.code) {
    case 'DATABASE_UNAVAILABLE':
      return new ApiError(ErrorCode.DATABASE_UNAVAILABLE, 'the graph database is unavailable; try again shortly');
    case 'QUERY_TIMEOUT':
      return new ApiError(ErrorCode.QUERY_TIMEOUT, 'the query took too long; ask for fewer results or less depth');
    default: {
      const masked = new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, 'the graph database failed to answer');
      // Kept off the wire (Apollo sends message + extensions only), logged by the server.
      (masked as { cause?: unknown }).cause = error;
      return masked;
    }
  }
}

/** Awaits a database read, turning a database failure into a client error. */
export async function orApiError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw toApiError(error);
  }
}

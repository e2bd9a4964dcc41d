import { Neo4jError } from 'neo4j-driver';

/** Kinds of database failure the rest of the code reacts to. */
export type GraphErrorCode = 'DATABASE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'CONSTRAINT_VIOLATION' | 'DATABASE_ERROR';

/** A database failure translated from the driver (the one place that knows Neo4j codes). */
export class GraphError extends Error {
  override name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly neo4jCode?: string,
  ) {
    super(message);
  }
}

/** Maps a driver error to a GraphError by its Neo4j status code; other errors pass through. */
export function translateDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new GraphError('DATABASE_UNAVAILABLE', `Neo4j is unavailable: ${error.message}`, code);
  }
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new GraphError('QUERY_TIMEOUT', 'the query took longer than the configured timeout', code);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphError('CONSTRAINT_VIOLATION', error.message, code);
  }
  return new GraphError('DATABASE_ERROR', `Neo4j error ${code}: ${error.message}`, code);
}

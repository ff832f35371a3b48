import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** The database could not be opened or brought up to date; the message names which one (no password) and why. */
export class DatabaseUnavailableError extends Error {}

/**
 * The driver's reason for a failure, in one line. Connecting to a name that resolves to several
 * addresses ("localhost": ::1 and 127.0.0.1) fails with an AggregateError whose own message is
 * empty: its inner errors say what happened. When a PostgreSQL connection is cut inside a
 * transaction, TypeORM releases the query runner as soon as the client reports the error, so the
 * transaction's next statement may fail first, with a message that says nothing of the cut.
 */
export function failureReason(error: unknown): string {
  if (error instanceof QueryRunnerAlreadyReleasedError) {
    return `the database connection closed in the middle of a transaction (${error.message})`;
  }
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map((inner) => failureReason(inner)).join('; ');
  }
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code)
    ? `${error.message} (${code})`
    : error.message;
}

import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

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
  // When PostgreSQL cuts the connection, TypeORM releases the transaction's query runner; the next
  // statement then fails with one of these two, depending on whether it went through the runner
  // or through the transaction's EntityManager (a repository call).
  if (
    error instanceof QueryRunnerAlreadyReleasedError ||
    error instanceof QueryRunnerProviderAlreadyReleasedError
  ) {
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

/** The driver's error code: a SQLSTATE on PostgreSQL, `SQLITE_…` on SQLite (TypeORM copies it onto QueryFailedError). */
function driverCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * SQLSTATE classes in which PostgreSQL refuses the data of a statement, not the statement or the
 * session: 22 data exception, 23 integrity constraint violation, 54 program limit exceeded (a
 * tsvector or an index row too large), P0 raised by a trigger.
 */
const POSTGRES_REFUSALS = /^(22|23|54|P0)/;
/** SQLite's codes for the same: a constraint or a trigger's RAISE(ABORT), a value too big, a datatype mismatch. */
const SQLITE_REFUSALS = new Set(['SQLITE_CONSTRAINT', 'SQLITE_TOOBIG', 'SQLITE_MISMATCH']);

/**
 * The database refused one record's data and is otherwise fine: writing the other records goes on.
 * Anything else (a lost connection, a full disk, a lock that did not come) is a failure of the
 * database, after which a bulk ingest stops and is resumed by running it again.
 */
export function isRecordRefusal(error: unknown): boolean {
  const code = driverCode(error);
  if (code === null) return false;
  return POSTGRES_REFUSALS.test(code) || SQLITE_REFUSALS.has(code);
}

/** Another process holds SQLite's write lock beyond busy_timeout (SQLITE_BUSY, or SQLITE_LOCKED). */
export function isDatabaseBusy(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

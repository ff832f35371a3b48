import type { DataSource } from 'typeorm';
import { describeDatabase, type DatabaseConfig } from '../config';
import { createSqliteDataSource } from './data-source';
import { DatabaseUnavailableError, failureReason } from './database-errors';
import type { SqlStatementCounter } from './sql-statement-counter';

/**
 * The connection the API's reads use. TypeORM's SQLite driver has one connection, so every read ran
 * on the connection that also carries the write transaction: the statements of an ingest queued
 * behind the read statements of every concurrent request (node-sqlite3 runs one statement at a time
 * per connection), which held the write lock for tens of milliseconds per article, and the reads
 * saw the writer's uncommitted rows. Under `npm run loadtest` writes alone ran at 347 per second and
 * mixed with reads at 42, and the connections queued on the write lock made the p99 (figures in
 * docs/hardening.md, "Load test").
 *
 * A file database gets a second, read-only connection (`query_only`): in WAL mode it reads the last
 * committed snapshot while the writer works, and the two connections run in parallel. Each read
 * statement outside a transaction starts a fresh snapshot, so a read that follows a committed
 * mutation sees it. An in-memory database is private to its connection, and PostgreSQL pools its
 * connections already: both read through the one data source.
 */
export async function openReadConnection(
  config: DatabaseConfig,
  writer: DataSource,
  statements: SqlStatementCounter,
): Promise<DataSource> {
  if (config.type !== 'sqlite' || config.path === ':memory:') return writer;
  const reader = createSqliteDataSource(config, statements);
  try {
    await reader.initialize();
    await reader.query('PRAGMA query_only = 1');
  } catch (error) {
    await reader.destroy().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `cannot open a read connection to ${describeDatabase(config)}: ${failureReason(error)}`,
    );
  }
  return reader;
}

import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { describeDatabase, type DatabaseConfig, type SqliteDatabaseConfig } from '../config';
import { ENTITIES } from './entity-classes';
import { InitialSchema1764489600000 } from './migrations/sqlite/1764489600000-initial-schema';
import { LoadCountries1764489600001 } from './migrations/sqlite/1764489600001-load-countries';
import { PostingListSizes1764489600002 } from './migrations/sqlite/1764489600002-posting-list-sizes';
import { EntityLinkKeys1764489600003 } from './migrations/sqlite/1764489600003-entity-link-keys';
import { CountryPairSizes1764489600004 } from './migrations/sqlite/1764489600004-country-pair-sizes';
import { BoundedSearchVector1764489600005 } from './migrations/sqlite/1764489600005-bounded-search-vector';
import { CaseInsensitiveSource1764489600006 } from './migrations/sqlite/1764489600006-case-insensitive-source';
import { DatabaseUnavailableError, failureReason } from './database-errors';
import { createPostgresDataSource, migratePostgres } from './postgres-data-source';
import { SqlStatementCounter, type SlowQuery } from './sql-statement-counter';

const SQLITE_MIGRATIONS = [
  InitialSchema1764489600000,
  LoadCountries1764489600001,
  PostingListSizes1764489600002,
  EntityLinkKeys1764489600003,
  CountryPairSizes1764489600004,
  BoundedSearchVector1764489600005,
  CaseInsensitiveSource1764489600006,
];

export interface OpenedDatabase {
  dataSource: DataSource;
  statements: SqlStatementCounter;
}

/**
 * Opens the database and brings its schema up to date (migrations, never `synchronize`).
 * SQLite ":memory:" gives a private in-memory database (tests). A failure is a
 * DatabaseUnavailableError naming the database (password redacted), the step and the driver's reason.
 */
export async function openDatabase(
  config: DatabaseConfig,
  onSlowQuery?: (slow: SlowQuery) => void,
): Promise<OpenedDatabase> {
  const statements = new SqlStatementCounter(onSlowQuery);
  const where = describeDatabase(config);
  const dataSource =
    config.type === 'postgres'
      ? createPostgresDataSource(config, statements)
      : createSqliteDataSource(config, statements);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot connect to ${where}: ${failureReason(error)}`);
  }
  try {
    if (config.type === 'postgres') await migratePostgres(dataSource, config.schema);
    else await prepareSqlite(dataSource, config);
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new DatabaseUnavailableError(`cannot migrate ${where}: ${failureReason(error)}`);
  }
  return { dataSource, statements };
}

export function createSqliteDataSource(
  config: SqliteDatabaseConfig,
  statements: SqlStatementCounter,
): DataSource {
  if (config.path !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(config.path)), { recursive: true });
  return new DataSource({
    type: 'sqlite',
    database: config.path,
    // TypeORM calls sqlite3.verbose(), which wraps every call process-wide to capture a stack and
    // util.inspect its arguments; the measured cost is in docs/performance.md. Errors still name
    // the failing SQL through TypeORM's QueryFailedError.
    driver: { ...sqlite3, verbose: () => sqlite3 },
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logger: statements,
    logging: true,
    maxQueryExecutionTime: config.slowQueryMs,
    // busy_timeout waits instead of failing on a lock. WAL (lets readers go on while one writer
    // commits) is switched on below, not through `enableWAL`: TypeORM would set it before the busy
    // timeout, and switching a fresh file to WAL needs a lock another process may hold.
    busyTimeout: 5000,
  });
}

async function prepareSqlite(dataSource: DataSource, config: SqliteDatabaseConfig): Promise<void> {
  if (config.path !== ':memory:') await dataSource.query('PRAGMA journal_mode = WAL');
  await dataSource.query('PRAGMA foreign_keys = ON');
  // In WAL mode NORMAL still survives a process crash and never corrupts the file; a power loss may
  // roll back the last commits, which re-running an (idempotent) ingest restores. It lowers the
  // cost of an ingest (28.7 -> 22.2 ms per demo article when measured; see docs/performance.md).
  await dataSource.query('PRAGMA synchronous = NORMAL');
  await migrateSqlite(dataSource);
}

/**
 * Runs the pending migrations under the write lock. Several processes can open a fresh file at once
 * (parallel `content-graph ingest`s): TypeORM reads the migrations table outside any transaction,
 * so two of them would both run the same migration ("table already exists", "UNIQUE constraint
 * failed"). BEGIN IMMEDIATE takes the write lock first (waiting up to busy_timeout), so one process
 * migrates and the others then find nothing pending. SQLite DDL is transactional, so a failure
 * leaves the schema as it was.
 */
async function migrateSqlite(dataSource: DataSource): Promise<void> {
  await dataSource.query('BEGIN IMMEDIATE');
  try {
    await dataSource.runMigrations({ transaction: 'none' });
    await dataSource.query('COMMIT');
  } catch (error) {
    await dataSource.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

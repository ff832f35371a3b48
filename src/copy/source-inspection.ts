import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { describeDatabase, type DatabaseConfig } from '../config';
import { failureReason } from '../db/database-errors';
import { createPostgresDataSource, POSTGRES_MIGRATIONS } from '../db/postgres-data-source';
import { SqlStatementCounter } from '../db/sql-statement-counter';
import { CopyError } from './copy-endpoints';
import { DatabaseCatalog } from './database-catalog';
import { COPIED_TABLES } from './graph-tables';

/** The migrations every graph database has applied (SQLite and PostgreSQL sets carry the same names). */
const MIGRATION_NAMES = POSTGRES_MIGRATIONS.map((migration) => new migration().name);

/** The source opened as it is: read-only on SQLite, and without running migrations on either backend. */
function openAsIs(config: DatabaseConfig): DataSource {
  return config.type === 'postgres'
    ? createPostgresDataSource({ ...config, poolSize: 1, statementTimeoutMs: 0 }, new SqlStatementCounter())
    : new DataSource({ type: 'sqlite', database: config.path, flags: sqlite3.OPEN_READONLY });
}

/**
 * Checks, before anything opens the source the usual way (which would migrate it), that it holds a
 * content graph at the current schema version: a copy must never create or alter its source.
 */
export async function inspectSource(config: DatabaseConfig): Promise<void> {
  const where = describeDatabase(config);
  const dataSource = openAsIs(config);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new CopyError(`--from: cannot connect to ${where}: ${failureReason(error)}`);
  }
  try {
    const catalog = await DatabaseCatalog.read(dataSource, config).catch((error: unknown) => {
      throw new CopyError(`--from: cannot read ${where}: ${failureReason(error)}`);
    });
    const missing = COPIED_TABLES.map((table) => table.name).filter((name) => !catalog.tables.has(name));
    if (missing.length === COPIED_TABLES.length) {
      throw new CopyError(`--from: ${where} holds no content graph (no ${missing.join(', ')} tables)`);
    }
    if (missing.length) {
      throw new CopyError(`--from: ${where} lacks the graph table(s) ${missing.join(', ')}`);
    }
    const applied = new Set(await catalog.appliedMigrations());
    const pending = MIGRATION_NAMES.filter((name) => !applied.has(name));
    if (pending.length) {
      throw new CopyError(
        `--from: ${where} is not at the current schema (pending: ${pending.join(', ')}); ` +
          'bring it up to date with `content-graph migrate` (DATABASE_URL set to it) first',
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

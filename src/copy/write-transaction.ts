import type { DataSource, QueryRunner } from 'typeorm';
import { COPIED_TABLES } from './graph-tables';
import { columnList } from './sql-text';

/**
 * Runs `work` on one connection that sees the source as it was when the first read ran, so rows
 * written meanwhile (an ingest into the source) cannot leave a mention without its article.
 * SQLite in WAL mode gives a read transaction that snapshot; PostgreSQL a REPEATABLE READ one.
 */
export async function inReadSnapshot<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const postgres = dataSource.options.type === 'postgres';
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.query(postgres ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
    try {
      return await work(runner);
    } finally {
      await runner.query('COMMIT').catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` in one transaction on the target, so a copy that fails half-way leaves the target as
 * it was. SQLite: BEGIN IMMEDIATE takes the file's write lock first (readers go on and see the old
 * graph until the commit). PostgreSQL: the graph tables are locked first in ACCESS EXCLUSIVE mode,
 * the lock that dropping their secondary indexes (deferred-indexes.ts) takes anyway, so other
 * sessions, readers included, wait for the commit: copy into a database nobody serves yet, or
 * with --replace in a maintenance window.
 */
export async function inWriteTransaction<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const postgres = dataSource.options.type === 'postgres';
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.query(postgres ? 'BEGIN' : 'BEGIN IMMEDIATE');
    try {
      if (postgres) {
        await runner.query(
          `LOCK TABLE ${columnList(COPIED_TABLES.map((table) => table.name))} IN ACCESS EXCLUSIVE MODE`,
        );
      }
      const result = await work(runner);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}

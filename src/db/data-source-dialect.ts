import type { DataSource } from 'typeorm';
import { PostgresDialect } from './postgres-dialect';
import type { SqlDialect } from './sql-dialect';
import { SqliteDialect } from './sqlite-dialect';

const SQLITE = new SqliteDialect();
const POSTGRES = new PostgresDialect();

/** The dialect of a data source's backend. */
export function sqlDialect(dataSource: DataSource): SqlDialect {
  switch (dataSource.options.type) {
    case 'sqlite':
      return SQLITE;
    case 'postgres':
      return POSTGRES;
    default:
      throw new Error(`no SQL dialect for database type "${dataSource.options.type}"`);
  }
}

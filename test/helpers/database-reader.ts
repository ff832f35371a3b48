import { Client } from 'pg';
import { SqliteFile } from './sqlite-file';
import type { TestDatabase } from './test-database';

/** A plain connection beside the app's own, to read what other processes write (SQL with quoted identifiers runs on both). */
export interface DatabaseReader {
  all<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  hasTable(name: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Opens `database` (a SQLite file URL or a PostgreSQL test schema) for reading. */
export async function openReader(database: TestDatabase): Promise<DatabaseReader> {
  if (database.backend === 'sqlite') {
    const file = await SqliteFile.open(database.url.slice('sqlite:'.length));
    await file.all('PRAGMA busy_timeout = 5000');
    return {
      all: (sql) => file.all(sql),
      hasTable: async (name) =>
        (await file.all(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '${name}'`)).length >
        0,
      close: () => file.close(),
    };
  }
  const url = new URL(database.url);
  url.searchParams.delete('schema');
  const client = new Client({
    connectionString: url.toString(),
    options: `-c search_path=${database.schema}`,
  });
  await client.connect();
  // Counts come back as numbers, as sqlite3 returns them.
  client.setTypeParser(20, Number);
  return {
    all: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    hasTable: async (name) =>
      (
        await client.query('SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1', [
          name,
        ])
      ).rowCount === 1,
    close: () => client.end(),
  };
}

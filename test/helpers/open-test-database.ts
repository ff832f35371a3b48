import { loadConfig } from '../../src/config';
import { openDatabase, type OpenedDatabase } from '../../src/db/data-source';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface OpenTestDatabase extends OpenedDatabase {
  database: TestDatabase;
  close(): Promise<void>;
}

/** A migrated database of the test backend, without the app around it; close() also drops it. */
export async function openTestDatabase(env: NodeJS.ProcessEnv = {}): Promise<OpenTestDatabase> {
  const database = await createTestDatabase();
  try {
    const opened = await openDatabase(loadConfig({ DATABASE_URL: database.url, ...env }).database);
    return {
      ...opened,
      database,
      close: async () => {
        try {
          if (opened.dataSource.isInitialized) await opened.dataSource.destroy();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

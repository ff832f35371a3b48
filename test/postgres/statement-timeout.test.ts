import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Extractor } from '../../src/extraction/types';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const noEntities: Extractor = { extract: () => ({ entities: [] }) };
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
});

/** statement_timeout as each connection of the app's pool reports it (the pool fully checked out). */
async function statementTimeouts(app: App): Promise<string[]> {
  const size = 3;
  const runners = Array.from({ length: size }, () => app.dataSource.createQueryRunner());
  try {
    const answers = await Promise.all(runners.map((runner) => runner.query('SHOW statement_timeout')));
    return answers.map(([row]: { statement_timeout: string }[]) => row.statement_timeout);
  } finally {
    await Promise.all(runners.map((runner) => runner.release()));
  }
}

async function openApp(serving: boolean): Promise<App> {
  const database = await createTestDatabase();
  databases.push(database);
  const config = loadConfig({
    DATABASE_URL: database.url,
    NODE_ENV: 'test',
    CONTENT_GRAPH_LOG_LEVEL: 'silent',
    CONTENT_GRAPH_STATEMENT_TIMEOUT_MS: '4321',
    DATABASE_POOL_SIZE: '3',
  });
  return createApp(config, noEntities, { serving });
}

describe('statement_timeout (CONTENT_GRAPH_STATEMENT_TIMEOUT_MS) on the API only', () => {
  it('the serving app (serve, query) has it on every connection, reads and writes alike', async () => {
    const app = await openApp(true);
    try {
      expect(await statementTimeouts(app)).toEqual(['4321ms', '4321ms', '4321ms']);
      expect(app.reader).toBe(app.dataSource);
    } finally {
      await app.close();
    }
  });

  it('a command (copy, ingest, migrate, eval) keeps the database default: its long statements run to the end', async () => {
    const app = await openApp(false);
    try {
      expect(await statementTimeouts(app)).toEqual(['0', '0', '0']);
    } finally {
      await app.close();
    }
  });
});

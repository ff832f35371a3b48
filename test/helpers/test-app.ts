import { createApp, type App, type AppOptions } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Extractor } from '../../src/extraction/types';
import { createServer, type ContentGraphServer, type ServerOptions } from '../../src/http/server';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export interface TestGraph {
  app: App;
  server: ContentGraphServer;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * A private graph with migrations applied, the real server around it, and one API key: an
 * in-memory SQLite database, or with TEST_BACKEND=postgres a fresh schema on the test server that
 * close() drops.
 */
export async function createTestGraph(
  extractor: Extractor,
  env: NodeJS.ProcessEnv = {},
  options: AppOptions = {},
  serverOptions: ServerOptions = {},
): Promise<TestGraph> {
  const database = await createTestDatabase();
  try {
    const config = loadConfig({
      DATABASE_URL: database.url,
      CONTENT_GRAPH_API_KEYS: TEST_API_KEY,
      NODE_ENV: 'test',
      CONTENT_GRAPH_LOG_LEVEL: 'silent',
      ...env,
    });
    const app = await createApp(config, extractor, { serving: true, ...options });
    const server = await createServer(app, serverOptions);
    return {
      app,
      server,
      database,
      close: async () => {
        try {
          await server.stop();
          if (app.dataSource.isInitialized) await app.close();
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

import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Extractor } from '../../src/extraction/types';
import { createServer, type ContentGraphServer } from '../../src/server';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export interface TestGraph {
  app: App;
  server: ContentGraphServer;
  close(): Promise<void>;
}

/** A private in-memory graph with migrations applied, the real server around it, and one API key. */
export async function createTestGraph(extractor: Extractor, env: NodeJS.ProcessEnv = {}): Promise<TestGraph> {
  const config = loadConfig({
    DATABASE_URL: 'sqlite::memory:',
    CONTENT_GRAPH_API_KEYS: TEST_API_KEY,
    NODE_ENV: 'test',
    CONTENT_GRAPH_LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config, extractor);
  const server = await createServer(app);
  return {
    app,
    server,
    close: async () => {
      await server.stop();
      await app.close();
    },
  };
}

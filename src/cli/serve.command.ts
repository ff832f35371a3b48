import { createApp } from '../app';
import type { AppConfig } from '../config';
import type { Extractor } from '../extraction/types';
import { loadDemoCorpusIfEmpty } from '../ingest/demo-corpus';
import { createServer, GRAPHQL_PATH } from '../server';

/** Opens (and migrates) the database, loads the demo corpus when empty, and listens until stopped. */
export async function runServeCommand(
  config: AppConfig,
  extractor: Extractor,
  options: { loadDemo: boolean },
): Promise<void> {
  const app = await createApp(config, extractor);
  if (options.loadDemo) {
    const summary = await loadDemoCorpusIfEmpty(
      app.dataSource,
      app.services.ingest,
      config.maxArticleChars * 4,
    );
    if (summary) process.stderr.write(`loaded demo corpus: ${summary.created} articles\n`);
  }
  const server = await createServer(app);
  const listener = server.http.listen(config.port, () => {
    process.stderr.write(
      `content-graph serving http://localhost:${config.port}${GRAPHQL_PATH} (${config.database.path})\n`,
    );
  });
  const shutdown = () => {
    listener.close(() => {
      void server.stop().then(() => app.close());
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

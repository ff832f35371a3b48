import { createApp } from '../app';
import type { AppConfig } from '../config';
import type { Extractor } from '../extraction/types';
import { loadDemoCorpusIfEmpty } from '../ingest/demo-corpus';
import { gracefulShutdown } from '../ops/graceful-shutdown';
import { createServer, GRAPHQL_PATH } from '../server';

/**
 * Opens (and migrates) the database, loads the demo corpus when empty, and listens until SIGTERM
 * or SIGINT; then stops accepting, lets in-flight requests finish and closes the database.
 */
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
    if (summary) app.logger.info({ articles: summary.created }, 'loaded demo corpus');
  }
  const server = await createServer(app);
  const listener = server.http.listen(config.port, () => {
    app.logger.info(
      { url: `http://localhost:${config.port}${GRAPHQL_PATH}`, database: config.database.path },
      'listening',
    );
  });
  const shutdown = gracefulShutdown(listener, {
    timeoutMs: config.shutdownTimeoutMs,
    onClosed: async () => {
      await server.stop();
      await app.close();
    },
  });
  const onSignal = (signal: NodeJS.Signals) => {
    app.logger.info({ signal }, 'shutting down');
    shutdown().then(
      () => app.logger.info('shutdown complete'),
      (error: unknown) => {
        app.logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

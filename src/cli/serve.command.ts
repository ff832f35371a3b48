import cluster from 'node:cluster';
import { InvalidArgumentError } from 'commander';
import { createApp } from '../app';
import type { AppConfig } from '../config';
import type { Extractor } from '../extraction/types';
import { loadDemoCorpusIfEmpty } from '../ingest/demo-corpus';
import { gracefulShutdown } from '../ops/graceful-shutdown';
import { createLogger } from '../ops/logger';
import { createServer, GRAPHQL_PATH } from '../server';
import { runWorkerCluster } from '../server/worker-cluster';

/** --workers: a whole number of processes, at least 1. */
export function parseWorkerCount(raw: string): number {
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1) {
    throw new InvalidArgumentError(`expected a whole number of processes, at least 1, got "${raw}"`);
  }
  return count;
}

/** --worker-heap-mb: a whole number of megabytes, at least 64 (a worker's live data is about 50). */
export function parseWorkerHeapMb(raw: string): number {
  const megabytes = Number(raw);
  if (!Number.isInteger(megabytes) || megabytes < 64) {
    throw new InvalidArgumentError(`expected a whole number of megabytes, at least 64, got "${raw}"`);
  }
  return megabytes;
}

/**
 * The primary process of `serve --workers N`: it opens no database and loads no extractor, only
 * starts and supervises the workers (each of which runs runServeCommand). Returns the exit code.
 */
export async function runServeWorkers(config: AppConfig, workers: number, heapMb: number): Promise<number> {
  const logger = createLogger(config.logLevel);
  if (config.database.path === ':memory:') {
    logger.error('--workers needs a database file: each worker would get its own empty in-memory database');
    return 2;
  }
  try {
    await runWorkerCluster({ workers, heapMb, logger });
    return 0;
  } catch (error) {
    logger.error({ err: error }, 'workers failed to start');
    return 1;
  }
}

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
    shutdown()
      .then(
        () => app.logger.info('shutdown complete'),
        (error: unknown) => {
          app.logger.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        },
      )
      // A cluster worker's channel to the primary would keep it alive; a lone server has none.
      .finally(() => cluster.worker?.disconnect());
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

import cluster from 'node:cluster';
import http, { type RequestListener } from 'node:http';
import { InvalidArgumentError } from 'commander';
import { createApp, type App } from '../app';
import { describeDatabase, type AppConfig } from '../config';
import { failureReason } from '../db/database-errors';
import type { Extractor } from '../extraction/types';
import { loadDemoCorpusIfEmpty } from '../ingest/demo-corpus';
import { gracefulShutdown } from '../ops/graceful-shutdown';
import { createLogger } from '../ops/logger';
import { retryWithBackoff } from '../ops/retry-with-backoff';
import { createServer, GRAPHQL_PATH, type ContentGraphServer } from '../http/server';
import { createStartingHttp } from '../http/starting-http';
import { announcePrepared, runWorkerCluster } from '../http/worker-cluster';

const FIRST_RETRY_MS = 500;

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
  const logger = createLogger(config.logLevel, config.logFormat);
  if (config.database.type === 'sqlite' && config.database.path === ':memory:') {
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
 * Listens at once, then opens (and migrates) the database, loads the demo corpus when empty, and
 * serves until SIGTERM or SIGINT; then stops accepting, lets in-flight requests finish and closes
 * the database. While the database cannot be opened (down, unreachable, refusing the credentials,
 * missing), the port answers not-ready and the open is retried with backoff, each failure logged
 * with the database's URL (password redacted) and the reason.
 */
export async function runServeCommand(
  config: AppConfig,
  extractor: Extractor,
  options: { loadDemo: boolean },
): Promise<void> {
  const logger = createLogger(config.logLevel, config.logFormat);
  const database = describeDatabase(config.database);
  let handle: RequestListener = createStartingHttp(Math.ceil(config.databaseRetryMaxMs / 1000));
  const listener = http.createServer((req, res) => handle(req, res));
  const starting = new AbortController();
  let app: App | null = null;
  let server: ContentGraphServer | null = null;
  const shutdown = gracefulShutdown(listener, {
    timeoutMs: config.shutdownTimeoutMs,
    onClosed: async () => {
      await server?.stop();
      await app?.close();
    },
  });
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    starting.abort();
    shutdown()
      .then(
        () => logger.info('shutdown complete'),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        },
      )
      // A cluster worker's channel to the primary would keep it alive; a lone server has none.
      .finally(() => cluster.worker?.disconnect());
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await new Promise<void>((resolve) => listener.listen(config.port, resolve));
  logger.info({ port: config.port, database }, 'starting: not ready until the database is open');

  app = await retryWithBackoff(() => createApp(config, extractor, { serving: true }), {
    initialDelayMs: FIRST_RETRY_MS,
    maxDelayMs: config.databaseRetryMaxMs,
    signal: starting.signal,
    onFailure: (error, attempt, retryInMs) =>
      logger.error({ database, attempt, retryInMs, reason: failureReason(error) }, 'database unavailable'),
  });
  if (!app) return;
  if (starting.signal.aborted) {
    // The signal came while the last attempt was opening the database: shutdown found no app to close.
    await app.close();
    return;
  }
  if (options.loadDemo) {
    const summary = await loadDemoCorpusIfEmpty(
      app.dataSource,
      app.services.ingest,
      config.maxArticleChars * 4,
    );
    if (summary) app.logger.info({ articles: summary.created }, 'loaded demo corpus');
  }
  server = await createServer(app);
  handle = server.http;
  app.logger.info({ url: `http://localhost:${config.port}${GRAPHQL_PATH}`, database }, 'listening');
  announcePrepared();
}

import cluster, { type Address, type Worker } from 'node:cluster';
import type { Logger } from '../ops/logger';

/** Set in the environment of the first worker: it migrates and seeds before the others start. */
export const PREPARING_WORKER_ENV = 'CONTENT_GRAPH_PREPARING_WORKER';

/** True in the process that should prepare the database: a lone server, or the first worker. */
export function isPreparingProcess(): boolean {
  return cluster.isPrimary || process.env[PREPARING_WORKER_ENV] === '1';
}

/** What the first worker sends the primary once the database is migrated and seeded and it serves. */
const PREPARED_MESSAGE = 'content-graph:prepared';

/**
 * Tells the cluster's primary that this worker has prepared the database and serves, so the other
 * workers may start (a lone server has no primary to tell). The port alone says too little: a
 * server listens before its database is open, to answer health checks while it waits.
 */
export function announcePrepared(): void {
  if (cluster.isWorker) process.send?.(PREPARED_MESSAGE);
}

/** Default old-space limit per worker, in MB (see runWorkerCluster). */
export const DEFAULT_WORKER_HEAP_MB = 160;

export interface WorkerClusterOptions {
  workers: number;
  /**
   * V8 old-space limit of each worker (--max-old-space-size). V8 grows the heap with the
   * allocation rate up to its limit; measured under the 100k-article headline load at 20
   * connections, a worker held 182–196 MB RSS afterwards with Node's default and 141–149 MB at
   * 160, with no change in throughput. A worker's live data stays well below it (about 50 MB, plus
   * 45 MB once it has ingested an article and loaded the gazetteers).
   */
  heapMb: number;
  logger: Logger;
  /** Called once, when the first worker has prepared the database and listens (the port is known even when 0 was asked for). */
  onReady?: (address: Address) => void;
}

/**
 * Runs `workers` copies of this script as cluster workers sharing one listening port. SQLite
 * gives each process one connection that runs one statement at a time; separate processes each
 * get their own, and WAL lets their reads run beside one writer. The first worker starts alone
 * (it runs the migrations and may load the demo corpus), the rest once it announces it has. A worker that
 * dies is replaced; SIGTERM or SIGINT is passed on to every worker, and the returned promise
 * settles when all of them have exited.
 */
export function runWorkerCluster(options: WorkerClusterOptions): Promise<void> {
  const { logger } = options;
  const live = new Set<Worker>();
  let stopping = false;
  let announced = false;
  let firstAddress: Address | null = null;
  let prepared = false;
  return new Promise((resolve, reject) => {
    const fork = (preparing: boolean) =>
      live.add(cluster.fork(preparing ? { [PREPARING_WORKER_ENV]: '1' } : {}));
    const startOthersOnceReady = () => {
      if (announced || !firstAddress || !prepared) return;
      announced = true;
      for (let i = 1; i < options.workers; i++) fork(false);
      options.onReady?.(firstAddress);
    };
    cluster.on('listening', (_worker, address) => {
      firstAddress ??= address;
      startOthersOnceReady();
    });
    cluster.on('message', (_worker, message) => {
      if (message !== PREPARED_MESSAGE) return;
      prepared = true;
      startOthersOnceReady();
    });
    cluster.on('exit', (worker, code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (live.size === 0) resolve();
        return;
      }
      if (!announced) {
        // The first worker could not start (bad database, port taken): retrying would loop.
        stop('SIGTERM');
        reject(new Error(`the first worker exited before listening (code ${code}, signal ${signal})`));
        return;
      }
      logger.error({ pid: worker.process.pid, code, signal }, 'worker exited; starting another');
      fork(false);
    });
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping workers');
      for (const worker of live) worker.process.kill('SIGTERM');
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${options.heapMb}`] });
    fork(true);
  });
}

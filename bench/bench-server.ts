import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/ops/logger';
import { announcePrepared, DEFAULT_WORKER_HEAP_MB, runWorkerCluster } from '../src/http/worker-cluster';

/**
 * The service under test, in its own process(es) so the load generator does not share its event
 * loop: the real app and server on the database and settings in the environment, with
 * `--workers N` cluster workers as `content-graph serve --workers N` runs them. Prints its port
 * on stdout.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { workers: { type: 'string', default: '1' } } });
  const workers = Number(values.workers);
  const config = loadConfig();
  const announce = (port: number) => process.stdout.write(`${port}\n`);
  if (workers > 1 && cluster.isPrimary) {
    await runWorkerCluster({
      workers,
      heapMb: DEFAULT_WORKER_HEAP_MB,
      logger: createLogger(config.logLevel),
      onReady: (address) => announce(address.port),
    });
    return;
  }
  // Loaded here, not at the top: the primary only supervises and needs none of it.
  const [{ createApp }, { createServer }, { createLazyExtractor }] = await Promise.all([
    import('../src/app.js'),
    import('../src/http/server.js'),
    import('../src/extraction/index.js'),
  ]);
  const app = await createApp(config, createLazyExtractor(), { serving: true });
  const server = await createServer(app);
  const listener = server.http.listen(0, '127.0.0.1', () => {
    const address = listener.address();
    if (cluster.isPrimary && address && typeof address === 'object') announce(address.port);
    announcePrepared();
  });
}

void main();

import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createExtractor } from '../extraction';
import { createLogger } from '../ops/logger';
import { createServer } from '../server';
import { runWorkerCluster } from '../server/worker-cluster';

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
      logger: createLogger(config.logLevel),
      onListening: (address) => announce(address.port),
    });
    return;
  }
  const app = await createApp(config, createExtractor());
  const server = await createServer(app);
  const listener = server.http.listen(0, '127.0.0.1', () => {
    const address = listener.address();
    if (cluster.isPrimary && address && typeof address === 'object') announce(address.port);
  });
}

void main();

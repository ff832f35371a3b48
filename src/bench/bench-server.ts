import 'reflect-metadata';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createExtractor } from '../extraction';
import { createServer } from '../server';

/**
 * The service under test, in its own process so the load generator does not share its event
 * loop: the real app and server on the database named by DATABASE_URL, query stats on. Prints
 * its port on stdout.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, CONTENT_GRAPH_QUERY_STATS: '1' });
  const app = await createApp(config, createExtractor());
  const server = await createServer(app);
  const listener = server.http.listen(0, '127.0.0.1', () => {
    const address = listener.address();
    if (address && typeof address === 'object') process.stdout.write(`${address.port}\n`);
  });
}

void main();

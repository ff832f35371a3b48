import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startServe } from '../helpers/serve-process';
import { connectTestServer, TEST_SCHEMA_PREFIX, testServerUrl } from '../helpers/test-database';

const PASSWORD = 'hunter2-secret';

/** The test server's URL for another database, with a password the (trusting) server ignores. */
function urlFor(database: string): string {
  const url = new URL(testServerUrl());
  url.password = PASSWORD;
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const admin = await connectTestServer();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

describe('content-graph serve while its database is missing', () => {
  it(
    'answers not-ready and retries, then migrates the new database and becomes ready; no password in any log',
    { timeout: 120_000 },
    async () => {
      // Named like test schemas (prefix, worker pid), so a later run drops it if this worker dies first.
      const database = `${TEST_SCHEMA_PREFIX}${process.pid}_serve_${randomBytes(4).toString('hex')}`;
      const serve = await startServe({
        DATABASE_URL: urlFor(database),
        CONTENT_GRAPH_DB_RETRY_MAX_MS: '1000',
      });
      const base = `http://127.0.0.1:${serve.port}`;
      try {
        const failure = await serve.logLine('database unavailable');
        const redacted = urlFor(database).replace(`:${PASSWORD}@`, ':***@');
        expect(failure.database).toBe(redacted);
        expect(failure.reason).toBe(
          `cannot connect to ${redacted}: database "${database}" does not exist (3D000)`,
        );

        const notReady = await fetch(`${base}/readyz`);
        expect(notReady.status).toBe(503);
        expect(await notReady.json()).toEqual({
          ready: false,
          database: 'unreachable',
          migrations: 'unknown',
        });
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
        const graphql = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ countries { code } }' }),
        });
        expect(graphql.status).toBe(503);
        expect(await graphql.json()).toMatchObject({
          errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        });
        await serve.logLine('database unavailable', (line) => Number(line.attempt) >= 2);

        await onServer(`CREATE DATABASE "${database}"`);
        await serve.logLine('listening');
        const ready = await fetch(`${base}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ ready: true, database: 'ok', migrations: 'current' });

        serve.child.kill('SIGTERM');
        expect(await serve.exited).toBe(0);
        expect(serve.output()).not.toContain(PASSWORD);
      } finally {
        serve.child.kill('SIGKILL');
        await serve.exited;
        await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }
    },
  );
});

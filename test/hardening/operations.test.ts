import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SqlStatementCounter, type SlowQuery } from '../../src/db/sql-statement-counter';
import { createExtractor } from '../../src/extraction';
import type { Extractor } from '../../src/extraction/types';
import { gracefulShutdown } from '../../src/ops/graceful-shutdown';
import { createLogger } from '../../src/ops/logger';
import { createServer, type ContentGraphServer } from '../../src/http/server';
import { listen, postGraphQL, type Listening } from '../helpers/http-listener';
import { logCapture } from '../helpers/log-capture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const root = path.join(__dirname, '..', '..');

let extractor: Extractor;
const databases: TestDatabase[] = [];
beforeAll(() => {
  extractor = createExtractor();
});
afterAll(async () => {
  for (const database of databases) await database.drop();
});

/** An app on a fresh database of the test backend whose logs go to `stream`. */
async function appWithLogs(stream: Writable, env: NodeJS.ProcessEnv = {}): Promise<App> {
  const database = await createTestDatabase();
  databases.push(database);
  const app = await createApp(
    loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', ...env }),
    extractor,
    { serving: true },
  );
  app.logger = createLogger('info', 'json', stream);
  return app;
}

describe('/readyz, request ids and logs', () => {
  const logs = logCapture();
  let app: App;
  let server: ContentGraphServer;
  let web: Listening;
  beforeAll(async () => {
    app = await appWithLogs(logs.stream);
    server = await createServer(app);
    web = await listen(server);
  });
  afterAll(async () => {
    await web.close();
    await server.stop();
    if (app.dataSource.isInitialized) await app.close();
  });

  it('/readyz › 200 when the database answers and migrations are current', async () => {
    const response = await fetch(`${web.base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, database: 'ok', migrations: 'current' });
  });

  it('a usable x-request-id is echoed and logged with method, path and status; junk is replaced', async () => {
    const kept = await postGraphQL(
      web.base,
      { query: '{ country(code: "KE") { name } }' },
      { 'x-request-id': 'req-42.a' },
    );
    expect(kept.headers.get('x-request-id')).toBe('req-42.a');
    const replaced = await postGraphQL(
      web.base,
      { query: '{ country(code: "KE") { name } }' },
      { 'x-request-id': '<script>' },
    );
    const generated = replaced.headers.get('x-request-id')!;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const requestLines = logs.lines.filter((line) => line.msg === 'request');
    expect(requestLines).toContainEqual(
      expect.objectContaining({
        requestId: 'req-42.a',
        method: 'POST',
        path: '/graphql',
        status: 200,
        service: 'content-graph',
      }),
    );
    expect(requestLines.map((line) => line.requestId)).toContain(generated);
  });

  it('/readyz › 503 with pending migrations; a database failure is masked for the client and logged with its request id', async () => {
    await app.dataSource.undoLastMigration();
    const pending = await fetch(`${web.base}/readyz`);
    expect(pending.status).toBe(503);
    expect(await pending.json()).toEqual({ ready: false, database: 'ok', migrations: 'pending' });

    await app.close();
    const down = await fetch(`${web.base}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, database: 'unreachable', migrations: 'unknown' });

    const failed = await postGraphQL(
      web.base,
      { query: '{ articles { totalCount } }' },
      { 'x-request-id': 'req-db-down' },
    );
    const body = (await failed.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'unexpected error', requestId: 'req-db-down' }),
    );
  });
});

describe('slow-query log', () => {
  it('statements over CONTENT_GRAPH_SLOW_QUERY_MS go to the slow-query callback; counting goes on', () => {
    const slow: SlowQuery[] = [];
    const counter = new SqlStatementCounter((entry) => slow.push(entry));
    counter.logQuery('SELECT 1');
    counter.logQuerySlow(750, `SELECT ${'x'.repeat(5000)}`, [1, 2]);
    expect(counter.count).toBe(1);
    expect(slow).toEqual([{ ms: 750, sql: `SELECT ${'x'.repeat(1993)}`, parameterCount: 2 }]);
  });

  it('the threshold reaches TypeORM as maxQueryExecutionTime', async () => {
    const app = await appWithLogs(logCapture().stream, { CONTENT_GRAPH_SLOW_QUERY_MS: '350' });
    expect(app.dataSource.options.maxQueryExecutionTime).toBe(350);
    await app.close();
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, lets the in-flight request finish, then runs onClosed', async () => {
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const listener = http.createServer((_req, res) => {
      void gate.then(() => res.end('done', () => events.push('response sent')));
    });
    listener.listen(0, '127.0.0.1');
    await new Promise((resolve) => listener.once('listening', resolve));
    const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/`;
    const shutdown = gracefulShutdown(listener, {
      timeoutMs: 60_000,
      onClosed: async () => {
        events.push('closed');
      },
    });

    const inFlight = fetch(url).then(async (response) => `${response.status} ${await response.text()}`);
    await new Promise((resolve) => listener.once('request', resolve));
    const stopped = shutdown();
    await expect(fetch(url)).rejects.toThrow();
    expect(events).toEqual([]);
    release();
    expect(await inFlight).toBe('200 done');
    await stopped;
    expect(events).toEqual(['response sent', 'closed']);
    expect(shutdown()).toBe(stopped);
  });

  it(
    'content-graph serve › SIGTERM ends the process with exit code 0 after closing',
    { timeout: 120_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-serve-'));
      const database = await createTestDatabase(`sqlite:${path.join(dir, 'serve.sqlite')}`);
      const probe = http.createServer().listen(0, '127.0.0.1');
      await new Promise((resolve) => probe.once('listening', resolve));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((resolve) => probe.close(resolve));
      const child = spawn(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          path.join(root, 'src', 'cli.ts'),
          'serve',
          '--no-demo',
          '--port',
          String(port),
        ],
        { cwd: root, env: { ...process.env, DATABASE_URL: database.url } },
      );
      try {
        let output = '';
        const listening = new Promise<void>((resolve) =>
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('"msg":"listening"')) resolve();
          }),
        );
        const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        await listening;
        expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
        child.kill('SIGTERM');
        expect(await exit).toBe(0);
        const messages = output
          .split('\n')
          .filter(Boolean)
          .map((line) => (JSON.parse(line) as { msg: string }).msg);
        expect(messages.slice(-2)).toEqual(['shutting down', 'shutdown complete']);
      } finally {
        child.kill('SIGKILL');
        await database.drop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

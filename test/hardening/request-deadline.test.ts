import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { currentQueryStats } from '../../src/db/query-stats';
import { isRequestTimeout, RequestDeadline, runWithDeadline } from '../../src/db/request-deadline';
import type { Extractor } from '../../src/extraction/types';
import { createLogger } from '../../src/ops/logger';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { logCapture } from '../helpers/log-capture';
import { createTestGraph, type TestGraph } from '../helpers/test-app';
import { testBackend } from '../helpers/test-database';

const noEntities: Extractor = { extract: () => ({ entities: [] }) };

/** Counts to 10^12: it never ends on its own within a test, so only a cancellation can end it. */
const ENDLESS = `WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000)
SELECT count(*) AS c FROM n`;
const TOTAL = 'query Total { articles(first: 1) { totalCount } }';

let graph: TestGraph;
let web: Listening;
let dir: string | undefined;
const logs = logCapture();

beforeAll(async () => {
  // SQLite: a file, as served (reads then use their own read-only connection).
  const env: NodeJS.ProcessEnv = { CONTENT_GRAPH_REQUEST_TIMEOUT_MS: '300', CONTENT_GRAPH_QUERY_STATS: '1' };
  if (testBackend() === 'sqlite') {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-deadline-'));
    env.DATABASE_URL = `sqlite:${path.join(dir, 'graph.sqlite')}`;
  }
  graph = await createTestGraph(noEntities, env, { logger: createLogger('info', 'json', logs.stream) });
  web = await listen(graph.server);
});
afterAll(async () => {
  await web.close();
  await graph.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  /** The client's port: the same port means the same keep-alive connection. */
  port: number;
  body: GraphQLBody;
}

/** One request through `agent` (node's http client, which keeps its connection alive). */
function send(agent: http.Agent, method: 'GET' | 'POST', route: string, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${web.base}${route}`,
      { method, agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        const port = response.socket.localPort!;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, port, body: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** Makes the next `articles.totalCount` run a statement that only the deadline can end. */
function nextCountEndless() {
  return vi
    .spyOn(graph.app.services.articles, 'count')
    .mockImplementationOnce(() => graph.app.reader.query(ENDLESS));
}

describe('request deadline (CONTENT_GRAPH_REQUEST_TIMEOUT_MS)', () => {
  // First in the file on purpose: the first request of a process is the one whose deadline and
  // stats leaked to the root async context when they were set with enterWith.
  it('scopes the deadline and the stats to their request: the next request on the same keep-alive connection, and code outside requests, inherit neither', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const count = nextCountEndless();
      const timedOut = await send(agent, 'POST', '/graphql', { query: TOTAL });
      count.mockRestore();
      expect(timedOut.status).toBe(503);
      expect(timedOut.body.errors!.map((e) => e.extensions.code)).toEqual(['REQUEST_TIMEOUT']);

      for (let round = 0; round < 2; round++) {
        const before = graph.app.statements.count;
        const next = await send(agent, 'POST', '/graphql', { query: TOTAL });
        const statements = graph.app.statements.count - before;
        expect(next.port).toBe(timedOut.port);
        expect(next.status).toBe(200);
        expect(next.body.data).toEqual({ articles: { totalCount: 0 } });
        // The request's own statements, all of them: none of the expired request's, none lost to it.
        expect((next.body.extensions!.queryStats as { sqlStatements: number }).sqlStatements).toBe(
          statements,
        );
        expect(statements).toBeGreaterThan(0);
        const ready = await send(agent, 'GET', '/readyz');
        expect([ready.port, ready.status]).toEqual([timedOut.port, 200]);
      }
      // Outside any request: no recorder, and no expired deadline refusing reads.
      expect(currentQueryStats()).toBeUndefined();
      expect(await graph.app.reader.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      agent.destroy();
    }
  });

  it('cancels only the expired request: a concurrent read and a concurrent ingest complete intact', async () => {
    const [{ n: countries }] = await graph.app.reader.query('SELECT count(*) AS n FROM country');
    const endless = runWithDeadline(new RequestDeadline(200), () => graph.app.reader.query(ENDLESS));
    const innocentRead = runWithDeadline(new RequestDeadline(60_000), () =>
      graph.app.reader.query('SELECT count(*) AS n FROM country'),
    );
    const ingest = graph.app.services.ingest.ingest({
      title: 'Kenya votes',
      body: 'Voters in Nairobi queued early for the election.',
      url: 'https://example.org/deadline/kenya',
    });
    const [ended, read, stored] = await Promise.allSettled([endless, innocentRead, ingest]);
    expect(ended.status).toBe('rejected');
    expect(isRequestTimeout((ended as PromiseRejectedResult).reason)).toBe(true);
    expect(read).toEqual({ status: 'fulfilled', value: [{ n: countries }] });
    expect(stored.status === 'fulfilled' && stored.value.status).toBe('CREATED');

    const [{ n: articles }] = await graph.app.reader.query('SELECT count(*) AS n FROM article');
    expect(Number(articles)).toBe(1);
    // An expired request's next read is refused without running.
    const expired = new RequestDeadline(60_000);
    expired.expire();
    const before = graph.app.statements.count;
    await expect(runWithDeadline(expired, () => graph.app.reader.query('SELECT 1'))).rejects.toSatisfy(
      isRequestTimeout,
    );
    expect(graph.app.statements.count - before).toBe(1); // TypeORM logs it; the driver never ran it
  });

  it('a request whose statement outlives the deadline is cancelled, answered REQUEST_TIMEOUT (503), logged as a warning, and the next request is served', async () => {
    logs.lines.length = 0;
    const count = nextCountEndless();
    const slow = await postGraphQL(web.base, { query: TOTAL }, { 'x-request-id': 'deadline-test-1' });
    expect(count).toHaveBeenCalledTimes(1);
    count.mockRestore();
    expect(slow.status).toBe(503);
    const body = (await slow.json()) as GraphQLBody;
    expect(body.errors!.map((e) => e.extensions.code)).toEqual(['REQUEST_TIMEOUT']);
    expect(body.errors![0].message).toMatch(/deadline of 300 ms/);
    // An expected, coded outcome: a warning naming the request, not an "unexpected error".
    const timeouts = logs.lines.filter((line) => line.msg === 'request timeout');
    expect(timeouts).toMatchObject([{ level: 40, requestId: 'deadline-test-1', operationName: 'Total' }]);
    expect(logs.lines.filter((line) => (line.level as number) >= 50)).toEqual([]);

    const next = await postGraphQL(web.base, { query: TOTAL });
    expect(next.status).toBe(200);
    expect(((await next.json()) as GraphQLBody).data).toEqual({ articles: { totalCount: 1 } });
  });

  it('executeOperation (the query command, no HTTP) runs under the same deadline', async () => {
    const count = nextCountEndless();
    const response = await graph.server.executeOperation(
      { query: TOTAL },
      { contextValue: graph.server.createContext() },
    );
    count.mockRestore();
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0].extensions?.code).toBe(
      'REQUEST_TIMEOUT',
    );
  });
});

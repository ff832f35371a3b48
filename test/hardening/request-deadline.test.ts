import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isRequestTimeout, RequestDeadline, runWithDeadline } from '../../src/db/request-deadline';
import type { Extractor } from '../../src/extraction/types';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { createTestGraph, type TestGraph } from '../helpers/test-app';
import { testBackend } from '../helpers/test-database';

const noEntities: Extractor = { extract: () => ({ entities: [] }) };

/** Counts to 10^12: it never ends on its own within a test, so only a cancellation can end it. */
const ENDLESS = `WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000)
SELECT count(*) AS c FROM n`;
const TOTAL = '{ articles(first: 1) { totalCount } }';

let graph: TestGraph;
let http: Listening;
let dir: string | undefined;

beforeAll(async () => {
  // SQLite: a file, as served (reads then use their own read-only connection).
  const env: NodeJS.ProcessEnv = { CONTENT_GRAPH_REQUEST_TIMEOUT_MS: '300' };
  if (testBackend() === 'sqlite') {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-deadline-'));
    env.DATABASE_URL = `sqlite:${path.join(dir, 'graph.sqlite')}`;
  }
  graph = await createTestGraph(noEntities, env);
  http = await listen(graph.server);
});
afterAll(async () => {
  await http.close();
  await graph.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('request deadline (CONTENT_GRAPH_REQUEST_TIMEOUT_MS)', () => {
  // Before any HTTP request: the server enters each request's deadline with enterWith, which
  // stays on the async resources of this process's loopback sockets.
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
  it('a request whose statement outlives the deadline is cancelled, answered REQUEST_TIMEOUT (503), and the next request is served', async () => {
    const count = vi
      .spyOn(graph.app.services.articles, 'count')
      .mockImplementation(() => graph.app.reader.query(ENDLESS));
    const slow = await postGraphQL(http.base, { query: TOTAL });
    expect(count).toHaveBeenCalledTimes(1);
    count.mockRestore();
    expect(slow.status).toBe(503);
    const body = (await slow.json()) as GraphQLBody;
    expect(body.errors!.map((e) => e.extensions.code)).toEqual(['REQUEST_TIMEOUT']);
    expect(body.errors![0].message).toMatch(/deadline of 300 ms/);

    const next = await postGraphQL(http.base, { query: TOTAL });
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual({ data: { articles: { totalCount: 1 } } });
  });
});

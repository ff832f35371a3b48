import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extraction';
import { executeText } from '../helpers/execute';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

const MUTATION = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`;
/** Longer than the 5 s busy_timeout: the first attempt of the write fails with SQLITE_BUSY. */
const HOLD_MS = 6_000;

let dir: string;
let file: string;

/** Another process's writer, as SQLite sees it: a second connection that holds the write lock. */
async function holdWriteLock(): Promise<{ release(): Promise<void> }> {
  const db = new sqlite3.Database(file);
  const run = (sql: string) =>
    new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
  await run('BEGIN IMMEDIATE');
  return {
    release: async () => {
      await run('COMMIT');
      await new Promise((resolve) => db.close(resolve));
    },
  };
}

const input = (i: number) => ({ input: { title: `Busy ${i}`, body: `Kenya and Japan met on day ${i}.` } });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-busy-'));
  file = path.join(dir, 'graph.sqlite');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('SQLite › a write while another process holds the write lock', () => {
  let graph: TestGraph;
  afterAll(() => graph.close());

  it('past busy_timeout the whole transaction is tried again, and the mutation is stored', async () => {
    graph = await createTestGraph(createExtractor(), { DATABASE_URL: `sqlite:${file}` });
    const lock = await holdWriteLock();
    const released = new Promise<void>((resolve) =>
      setTimeout(() => void lock.release().then(resolve), HOLD_MS),
    );
    const result = await executeText(graph.server, MUTATION, input(1), `Bearer ${TEST_API_KEY}`);
    await released;
    expect(result).toEqual({ data: { ingestArticle: { status: 'CREATED' } } });
  });

  it('beyond CONTENT_GRAPH_WRITE_BUSY_MAX_MS: DATABASE_BUSY, saying to retry, and nothing written', async () => {
    const impatient = await createTestGraph(createExtractor(), {
      DATABASE_URL: `sqlite:${file}`,
      CONTENT_GRAPH_WRITE_BUSY_MAX_MS: '1',
    });
    const lock = await holdWriteLock();
    try {
      const result = await executeText(impatient.server, MUTATION, input(2), `Bearer ${TEST_API_KEY}`);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].extensions?.code).toBe('DATABASE_BUSY');
      expect(result.errors?.[0].message).toMatch(/busy with another writer.*retry the request/);
    } finally {
      await lock.release();
    }
    const [{ n }] = await impatient.app.dataSource.query(
      `SELECT count(*) AS n FROM article WHERE title = 'Busy 2'`,
    );
    expect(n).toBe(0);
    await impatient.close();
  });
});

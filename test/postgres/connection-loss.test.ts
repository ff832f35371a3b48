import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationName } from '../../src/db/postgres-data-source';
import { createExtractor } from '../../src/extraction';
import { writeGeneratedCorpus } from '../helpers/generated-corpus';
import { listen } from '../helpers/http-listener';
import { createTestGraph } from '../helpers/test-app';
import { connectTestServer, createTestDatabase, type TestDatabase } from '../helpers/test-database';

const root = path.join(__dirname, '..', '..');
const ARTICLES = 120;

/** Ends every server connection of the pools whose application_name is `name`, as a server restart would. */
async function cutConnections(name: string): Promise<number> {
  const admin = await connectTestServer();
  try {
    const { rows } = await admin.query<{ cut: boolean }>(
      'SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = $1',
      [name],
    );
    return rows.filter((row) => row.cut).length;
  } finally {
    await admin.end();
  }
}

async function queryTestServer<T extends object>(sql: string): Promise<T[]> {
  const admin = await connectTestServer();
  try {
    return (await admin.query<T>(sql)).rows;
  } finally {
    await admin.end();
  }
}

describe('the database server cuts the API process’s connections (a restart)', () => {
  it('/readyz recovers to 200 without restarting the process, and queries work again', async () => {
    const graph = await createTestGraph(createExtractor());
    const web = await listen(graph.server);
    try {
      expect((await fetch(`${web.base}/readyz`)).status).toBe(200);
      expect(await cutConnections(applicationName('primary'))).toBeGreaterThan(0);
      const statuses: number[] = [];
      while (statuses.length < 20 && statuses.at(-1) !== 200) {
        statuses.push((await fetch(`${web.base}/readyz`)).status);
      }
      expect(statuses.at(-1)).toBe(200);
      expect(await graph.app.dataSource.query('SELECT count(*) AS n FROM "country"')).toEqual([{ n: 250 }]);
    } finally {
      await web.close();
      await graph.close();
    }
  });
});

describe('content-graph ingest whose connection is cut mid-run', () => {
  let dir: string;
  let corpus: string;
  let interrupted: TestDatabase;
  let clean: TestDatabase;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-cut-'));
    corpus = path.join(dir, 'corpus.jsonl');
    writeGeneratedCorpus(corpus, ARTICLES);
    interrupted = await createTestDatabase();
    clean = await createTestDatabase();
  });
  afterAll(async () => {
    await interrupted.drop();
    await clean.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function ingest(database: TestDatabase) {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), 'ingest', corpus],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: database.url, CONTENT_GRAPH_LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, stdout, stderr })),
    );
    return { child, exited };
  }

  /** Committed articles; 0 while the ingest has not created the tables yet. */
  const articlesIn = async (database: TestDatabase) =>
    queryTestServer<{ n: number }>(`SELECT count(*)::int AS n FROM "${database.schema}"."article"`).then(
      ([row]) => row.n,
      () => 0,
    );

  /** The graph by natural keys (URL, slug): ids may differ between two runs. */
  const naturalDump = async (database: TestDatabase) => ({
    articles: await queryTestServer(
      `SELECT "url", "contentHash", "title", "sortDate", "searchVector"::text FROM "${database.schema}"."article" ORDER BY "url"`,
    ),
    mentions: await queryTestServer(
      `SELECT a."url", e."slug", m."kind", m."count", m."salience", m."evidence"
       FROM "${database.schema}"."mention" m JOIN "${database.schema}"."article" a ON a."id" = m."articleId"
       JOIN "${database.schema}"."entity" e ON e."id" = m."entityId" ORDER BY a."url", e."slug"`,
    ),
    postingSizes: await queryTestServer(
      `SELECT e."slug", p."articles" FROM "${database.schema}"."posting_size" p
       JOIN "${database.schema}"."entity" e ON e."id" = p."entityId" WHERE p."articles" > 0 ORDER BY e."slug"`,
    ),
  });

  it(
    'fails that run naming the record it stopped at; the re-run finishes without duplicates, as one uninterrupted run',
    { timeout: 300_000 },
    async () => {
      const cleanRun = ingest(clean);
      const run = ingest(interrupted);
      let finished = false;
      void run.exited.then(() => (finished = true));
      // Cut once some articles are in; again if the cut fell between two articles and the pool simply reconnected.
      while (!finished) {
        if ((await articlesIn(interrupted)) >= 10)
          await cutConnections(
            applicationName('primary').replace(String(process.pid), String(run.child.pid)),
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const failed = await run.exited;
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(
        new RegExp(
          `content-graph: ingest stopped at ${corpus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+ \\(before it: ingested \\d+, (?:.*terminat|.*connection closed in the middle of a transaction).*run the same command again to resume`,
        ),
      );
      const stored = await articlesIn(interrupted);
      expect(stored).toBeGreaterThanOrEqual(10);
      expect(stored).toBeLessThan(ARTICLES);

      const rerun = await ingest(interrupted).exited;
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(
        `ingested ${ARTICLES - stored}, updated 0, unchanged ${stored}, skipped 0`,
      );
      expect((await cleanRun.exited).code).toBe(0);
      const expected = await naturalDump(clean);
      expect(expected.articles).toHaveLength(ARTICLES);
      expect(await naturalDump(interrupted)).toEqual(expected);
    },
  );
});

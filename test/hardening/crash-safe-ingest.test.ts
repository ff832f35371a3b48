import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader, type DatabaseReader } from '../helpers/database-reader';
import { writeGeneratedCorpus } from '../helpers/generated-corpus';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const root = path.join(__dirname, '..', '..');
const ARTICLES = 200;
/** Kill points: as soon as the database exists (startup, migrations), then after N committed articles. */
const KILL_AFTER = [0, 40, 120];

let dir: string;
let corpus: string;

/** Starts `content-graph ingest` on the corpus (TypeScript through SWC, as test/cli.test.ts does). */
function startIngest(database: TestDatabase): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), 'ingest', corpus],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url, CONTENT_GRAPH_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

async function ingestToCompletion(database: TestDatabase): Promise<void> {
  const child = startIngest(database);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const { code } = await exited(child);
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${output}`);
}

/** The SQLite file exists, or the PostgreSQL schema has begun to fill (the ingest is migrating it). */
async function databaseStarted(database: TestDatabase): Promise<boolean> {
  if (database.backend === 'sqlite') return fs.existsSync(database.url.slice('sqlite:'.length));
  const db = await openReader(database);
  try {
    return await db.hasTable('migrations');
  } finally {
    await db.close();
  }
}

/**
 * Committed articles while an ingest runs, or -1 while the database or its tables do not exist yet
 * (or the writer holds the file): only for polling; the checks after a kill use committedAfterKill.
 */
async function committedArticles(database: TestDatabase): Promise<number> {
  if (!(await databaseStarted(database))) return -1;
  let db: DatabaseReader | undefined;
  try {
    db = await openReader(database);
    return (await db.all<{ n: number }>('SELECT count(*) AS "n" FROM "article"'))[0].n;
  } catch {
    return -1;
  } finally {
    await db?.close();
  }
}

/** The graph's tables; a migration creates them all in one transaction. */
const GRAPH_TABLES = ['migrations', 'country', 'entity', 'article', 'mention', 'posting_size'];

/**
 * Committed articles after a kill, with no writer left, read without swallowing any error. A kill
 * during the migrations (one transaction) leaves either none of the graph tables or all of them:
 * 0 articles then, and any other mix is a failure.
 */
async function committedAfterKill(database: TestDatabase): Promise<number> {
  expect(await databaseStarted(database), 'the ingest died before it created its database').toBe(true);
  const db = await openReader(database);
  try {
    const present: string[] = [];
    for (const table of GRAPH_TABLES) if (await db.hasTable(table)) present.push(table);
    if (present.length === 0) return 0;
    expect(present, 'a kill during the migrations left part of the schema').toEqual(GRAPH_TABLES);
    return (await db.all<{ n: number }>('SELECT count(*) AS "n" FROM "article"'))[0].n;
  } finally {
    await db.close();
  }
}

/** Runs ingest and SIGKILLs it once `articles` are committed (or it finished first). */
async function ingestAndKill(database: TestDatabase, articles: number): Promise<void> {
  const child = startIngest(database);
  const exit = exited(child);
  let finished = false;
  void exit.then(() => (finished = true));
  while (
    !finished &&
    (await committedArticles(database)) < articles &&
    !(articles === 0 && (await databaseStarted(database)))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  await exit;
}

/** The graph by natural keys (URL, slug), with every stored column except the ingestion time. */
async function canonicalDump(database: TestDatabase) {
  // Ids too on SQLite, where a rolled-back insert gives its id back. PostgreSQL's sequences are not
  // transactional: the article a kill rolled back leaves a gap, so there the natural keys compare.
  const id = database.backend === 'sqlite' ? '"id", ' : '';
  const db = await openReader(database);
  try {
    return {
      articles: await db.all(
        `SELECT ${id}"url", "contentHash", "title", "body", "summary", "source", "author", "section", "language",
                "publishedAt", "sortDate"
         FROM "article" ORDER BY "url"`,
      ),
      entities: await db.all(
        `SELECT ${id}"slug", "kind", "name", "aliases", "countryCode" FROM "entity" ORDER BY "slug"`,
      ),
      mentions: await db.all(
        `SELECT a."url", e."slug", m."kind", m."sortDate", m."count", m."salience", m."evidence"
         FROM "mention" m JOIN "article" a ON a."id" = m."articleId" JOIN "entity" e ON e."id" = m."entityId"
         ORDER BY a."url", e."slug"`,
      ),
    };
  } finally {
    await db.close();
  }
}

/** The storage's own checks: SQLite's file and FTS5 index; PostgreSQL's server owns its storage. */
async function storageProblems(
  db: DatabaseReader,
  database: TestDatabase,
  migrated = true,
): Promise<unknown[]> {
  if (database.backend === 'postgres') return [];
  const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  // The FTS5 index must match the article table (its triggers ran in the same transactions).
  if (migrated) await db.all(`INSERT INTO article_fts(article_fts) VALUES ('integrity-check')`);
  return integrity.filter((row) => row.integrity_check !== 'ok');
}

/** What must hold after any crash: sound storage, every article whole, posting_size exact. */
async function consistencyProblems(database: TestDatabase): Promise<unknown[]> {
  const db = await openReader(database);
  try {
    // Killed before the migrations committed (committedAfterKill saw no table at all): only the
    // storage itself can be checked.
    if (!(await db.hasTable('article'))) return await storageProblems(db, database, false);
    const withoutMentions = await db.all(
      'SELECT "id" FROM "article" WHERE NOT EXISTS (SELECT 1 FROM "mention" WHERE "mention"."articleId" = "article"."id")',
    );
    const orphanMentions = await db.all(
      `SELECT "articleId", "entityId" FROM "mention"
       WHERE "articleId" NOT IN (SELECT "id" FROM "article") OR "entityId" NOT IN (SELECT "id" FROM "entity")`,
    );
    const wrongSizes = await db.all(
      `SELECT p."entityId" FROM "posting_size" p
       WHERE p."articles" <> (SELECT count(*) FROM "mention" m WHERE m."entityId" = p."entityId")`,
    );
    return [
      ...(await storageProblems(db, database)),
      ...wrongSizes.map((row) => ({ wrongPostingSize: row })),
      ...withoutMentions.map((row) => ({ articleWithoutMentions: row })),
      ...orphanMentions.map((row) => ({ orphanMention: row })),
    ];
  } finally {
    await db.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-crash-'));
  corpus = path.join(dir, 'corpus.jsonl');
  writeGeneratedCorpus(corpus, ARTICLES);
});
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('crash-safe bulk ingest', () => {
  it(
    `SIGKILL at ${KILL_AFTER.length} points, then a re-run › the same database as one uninterrupted run`,
    { timeout: 300_000 },
    async () => {
      const clean = await createTestDatabase(`sqlite:${path.join(dir, 'clean.sqlite')}`);
      const crashed = await createTestDatabase(`sqlite:${path.join(dir, 'crashed.sqlite')}`);
      databases.push(clean, crashed);
      const cleanRun = ingestToCompletion(clean);
      // Awaited below; a failure before then must fail this test, not surface as an unhandled rejection.
      cleanRun.catch(() => undefined);
      const progress: number[] = [];
      for (const articles of KILL_AFTER) {
        await ingestAndKill(crashed, articles);
        progress.push(await committedAfterKill(crashed));
        expect(await consistencyProblems(crashed), `after the kill at ${articles} articles`).toEqual([]);
      }
      await ingestToCompletion(crashed);
      await cleanRun;

      // Each kill left a partial graph, further along each time (not a finished one).
      expect(progress[progress.length - 1]).toBeLessThan(ARTICLES);
      expect(progress[progress.length - 1]).toBeGreaterThanOrEqual(KILL_AFTER[KILL_AFTER.length - 1]);
      expect(await consistencyProblems(crashed)).toEqual([]);
      const expected = await canonicalDump(clean);
      expect(expected.articles).toHaveLength(ARTICLES);
      expect(await canonicalDump(crashed)).toEqual(expected);
    },
  );
});

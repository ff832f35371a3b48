import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedCorpus } from '../helpers/generated-corpus';
import { SqliteFile } from '../helpers/sqlite-file';

const root = path.join(__dirname, '..', '..');
const ARTICLES = 200;
/** Kill points: as soon as the file exists (startup, migrations), then after N committed articles. */
const KILL_AFTER = [0, 40, 120];

let dir: string;
let corpus: string;

/** Starts `content-graph ingest` on the corpus (TypeScript through SWC, as test/cli.test.ts does). */
function startIngest(database: string): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), 'ingest', corpus],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `sqlite:${database}`, CONTENT_GRAPH_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

async function ingestToCompletion(database: string): Promise<void> {
  const child = startIngest(database);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const { code } = await exited(child);
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${output}`);
}

/** Committed articles, or -1 while the file or its tables do not exist yet. */
async function committedArticles(database: string): Promise<number> {
  if (!fs.existsSync(database)) return -1;
  let db: SqliteFile | undefined;
  try {
    db = await SqliteFile.open(database);
    return (await db.all<{ n: number }>('SELECT count(*) AS n FROM article'))[0].n;
  } catch {
    return -1;
  } finally {
    await db?.close();
  }
}

/** Runs ingest and SIGKILLs it once `articles` are committed (or it finished first). */
async function ingestAndKill(database: string, articles: number): Promise<void> {
  const child = startIngest(database);
  const exit = exited(child);
  let finished = false;
  void exit.then(() => (finished = true));
  while (
    !finished &&
    (await committedArticles(database)) < articles &&
    !(articles === 0 && fs.existsSync(database))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  await exit;
}

/** The graph by natural keys (URL, slug), with every stored column except the ingestion time. */
async function canonicalDump(database: string) {
  const db = await SqliteFile.open(database);
  try {
    return {
      articles: await db.all(
        `SELECT id, url, contentHash, title, body, summary, source, author, section, language, publishedAt, sortDate
         FROM article ORDER BY url`,
      ),
      entities: await db.all('SELECT id, slug, kind, name, aliases, countryCode FROM entity ORDER BY slug'),
      mentions: await db.all(
        `SELECT a.url, e.slug, m.kind, m.sortDate, m.count, m.salience, m.evidence
         FROM mention m JOIN article a ON a.id = m.articleId JOIN entity e ON e.id = m.entityId
         ORDER BY a.url, e.slug`,
      ),
    };
  } finally {
    await db.close();
  }
}

/** What must hold after any crash: a sound file, and every article whole. */
async function consistencyProblems(database: string): Promise<unknown[]> {
  const db = await SqliteFile.open(database);
  try {
    const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
    // The FTS5 index must match the article table (its triggers ran in the same transactions).
    await db.all(`INSERT INTO article_fts(article_fts) VALUES ('integrity-check')`);
    const withoutMentions = await db.all(
      'SELECT id FROM article WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.articleId = article.id)',
    );
    const orphanMentions = await db.all(
      `SELECT articleId, entityId FROM mention
       WHERE articleId NOT IN (SELECT id FROM article) OR entityId NOT IN (SELECT id FROM entity)`,
    );
    return [
      ...integrity.filter((row) => row.integrity_check !== 'ok'),
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
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('crash-safe bulk ingest', () => {
  it(
    `SIGKILL at ${KILL_AFTER.length} points, then a re-run › the same database as one uninterrupted run`,
    { timeout: 300_000 },
    async () => {
      const clean = path.join(dir, 'clean.sqlite');
      const crashed = path.join(dir, 'crashed.sqlite');
      const cleanRun = ingestToCompletion(clean);
      const progress: number[] = [];
      for (const articles of KILL_AFTER) {
        await ingestAndKill(crashed, articles);
        const committed = await committedArticles(crashed);
        progress.push(committed);
        if (committed >= 0) expect(await consistencyProblems(crashed)).toEqual([]);
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

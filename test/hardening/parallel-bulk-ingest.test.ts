import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader, type DatabaseReader } from '../helpers/database-reader';
import { writeGeneratedCorpus } from '../helpers/generated-corpus';
import { ingestInChildProcess } from '../helpers/ingest-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const ARTICLES = 150;
const PROCESSES = 3;

let dir: string;
/** The same articles in three orders, so the processes race for the same rows from different ends. */
let corpora: string[];

/** The graph by natural keys only: entity and article ids depend on which process won each race. */
async function naturalDump(database: TestDatabase) {
  const db = await openReader(database);
  try {
    return {
      articles: await db.all(
        'SELECT "url", "contentHash", "title", "body", "publishedAt", "sortDate" FROM "article" ORDER BY "url"',
      ),
      entities: await db.all(
        'SELECT "slug", "kind", "name", "aliases", "countryCode" FROM "entity" ORDER BY "slug"',
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

interface ReadStats {
  answered: number;
  failures: string[];
  inconsistent: number;
}

/**
 * Reads the database over and over while the writers run: counts, and articles lacking mentions
 * (which a reader must never see, as each article commits with its mentions).
 */
async function readThroughout(database: TestDatabase, until: Promise<unknown>): Promise<ReadStats> {
  const stats: ReadStats = { answered: 0, failures: [], inconsistent: 0 };
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    if (database.backend === 'postgres' || fs.existsSync(database.url.slice('sqlite:'.length))) {
      let db: DatabaseReader | undefined;
      try {
        db = await openReader(database);
        if (await db.hasTable('mention')) {
          const [row] = await db.all<{ articles: number; bare: number }>(
            `SELECT (SELECT count(*) FROM "article") AS "articles",
                    (SELECT count(*) FROM "article" WHERE NOT EXISTS
                      (SELECT 1 FROM "mention" WHERE "mention"."articleId" = "article"."id")) AS "bare"`,
          );
          stats.answered++;
          if (row.bare > 0) stats.inconsistent++;
        }
      } catch (error) {
        stats.failures.push(String(error));
      } finally {
        await db?.close().catch(() => undefined);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return stats;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-parallel-'));
  const forward = path.join(dir, 'forward.jsonl');
  writeGeneratedCorpus(forward, ARTICLES);
  const lines = fs.readFileSync(forward, 'utf8').trim().split('\n');
  const reversed = path.join(dir, 'reversed.jsonl');
  fs.writeFileSync(reversed, `${[...lines].reverse().join('\n')}\n`);
  const half = Math.floor(lines.length / 2);
  const rotated = path.join(dir, 'rotated.jsonl');
  fs.writeFileSync(rotated, `${[...lines.slice(half), ...lines.slice(0, half)].join('\n')}\n`);
  corpora = [forward, reversed, rotated];
});
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A database for one of the runs: a file in `dir` on SQLite, a fresh schema on PostgreSQL. */
async function database(name: string): Promise<TestDatabase> {
  const created = await createTestDatabase(`sqlite:${path.join(dir, `${name}.sqlite`)}`);
  databases.push(created);
  return created;
}

describe('parallel bulk ingests from several processes', () => {
  it(
    `${PROCESSES} processes ingest the same ${ARTICLES} articles into one database › no SQLITE_BUSY, no duplicates, nothing lost, readers answered`,
    { timeout: 300_000 },
    async () => {
      const clean = await database('clean');
      const shared = await database('shared');
      const cleanRun = await ingestInChildProcess(clean.url, corpora[0]);
      expect(cleanRun.code, cleanRun.output).toBe(0);

      const runs = Promise.all(
        corpora.slice(0, PROCESSES).map((file) => ingestInChildProcess(shared.url, file)),
      );
      const [results, reads] = await Promise.all([runs, readThroughout(shared, runs)]);

      for (const run of results) {
        expect(run.output).not.toMatch(/SQLITE_BUSY|database is locked/);
        expect(run.code, run.output).toBe(0);
      }
      // Every article was created by exactly one process; the others found it there.
      const created = results.map((run) => Number(/ingested (\d+)/.exec(run.output)?.[1] ?? NaN));
      expect(created.reduce((a, b) => a + b, 0)).toBe(ARTICLES);

      expect(reads.failures).toEqual([]);
      expect(reads.inconsistent).toBe(0);
      expect(reads.answered).toBeGreaterThan(0);

      const expected = await naturalDump(clean);
      const actual = await naturalDump(shared);
      expect(expected.articles).toHaveLength(ARTICLES);
      expect(new Set(actual.articles.map((a) => (a as { url: string }).url)).size).toBe(ARTICLES);
      expect(actual.entities).toEqual(expected.entities);
      expect(actual.mentions).toEqual(expected.mentions);
      expect(actual.articles).toEqual(expected.articles);

      const db = await openReader(shared);
      try {
        // The file's own check; PostgreSQL has no equivalent statement (its server owns the storage).
        if (shared.backend === 'sqlite') {
          expect(await db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        }
        expect(
          await db.all(
            'SELECT "id" FROM "article" WHERE NOT EXISTS (SELECT 1 FROM "mention" WHERE "mention"."articleId" = "article"."id")',
          ),
        ).toEqual([]);
      } finally {
        await db.close();
      }
    },
  );
});

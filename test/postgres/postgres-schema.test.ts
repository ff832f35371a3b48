import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/data-source';
import { applicationName } from '../../src/db/postgres-data-source';
import { openTestDatabase, type OpenTestDatabase } from '../helpers/open-test-database';
import { createTestDatabase } from '../helpers/test-database';

describe('PostgreSQL schema', () => {
  let db: OpenTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('has no FTS5 table: article carries "searchVector", title weighted A and body B, unaccented, lower-cased, split at punctuation', async () => {
    const tables: { name: string }[] = await db.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
    );
    expect(tables.map((t) => t.name)).toEqual([
      'article',
      'country',
      'country_pair_size',
      'entity',
      'entity_key',
      'mention',
      'migrations',
      'posting_size',
    ]);
    await db.dataSource.query(
      `INSERT INTO "article" ("title", "body", "ingestedAt", "sortDate", "contentHash")
       VALUES ('Crème Brûlée in ZÜRICH', 'Café owners met Kim Jong-un in the U.S.', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'h1')`,
    );
    const [row]: { vector: string }[] = await db.dataSource.query(
      `SELECT "searchVector"::text AS vector FROM "article"`,
    );
    expect(row.vector).toBe(
      `'brulee':2A 'cafe':5B 'creme':1A 'in':3A,11B 'jong':9B 'kim':8B 'met':7B 'owners':6B 's':14B 'the':12B 'u':13B 'un':10B 'zurich':4A`,
    );
    const [hit]: { n: number }[] = await db.dataSource.query(
      `SELECT count(*) AS n FROM "article" WHERE "searchVector" @@ websearch_to_tsquery('simple', article_search_text($1))`,
      ['"crème brulee" CAFÉ "kim jong un"'],
    );
    expect(hit.n).toBe(1);
  });

  it('keeps "searchVector" in step when title or body change, and indexes it with GIN', async () => {
    await db.dataSource.query(`UPDATE "article" SET "body" = 'Tea owners met' WHERE "contentHash" = 'h1'`);
    const [row]: { vector: string }[] = await db.dataSource.query(
      `SELECT "searchVector"::text AS vector FROM "article"`,
    );
    expect(row.vector).toContain(`'tea':5B`);
    expect(row.vector).not.toContain('cafe');
    const [index]: { definition: string }[] = await db.dataSource.query(
      `SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'idx_article_search'`,
    );
    expect(index.definition).toContain('USING gin ("searchVector")');
  });

  it('keeps the indexes of the SQLite schema: the posting list and the (articleId, entityId) key', async () => {
    const indexes: { definition: string }[] = await db.dataSource.query(
      `SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'mention' ORDER BY indexname`,
    );
    expect(indexes.map((index) => index.definition.replace(/ ON \S+\.mention/, ' ON mention'))).toEqual([
      'CREATE INDEX idx_mention_entity_date ON mention USING btree ("entityId", "sortDate", "articleId")',
      'CREATE UNIQUE INDEX mention_pkey ON mention USING btree ("articleId", "entityId")',
    ]);
  });
});

describe('PostgreSQL migrations under an advisory lock', () => {
  it('three processes opening one fresh schema at once › one migrates, none fails, the countries are loaded once', async () => {
    const database = await createTestDatabase();
    try {
      const config = loadConfig({ DATABASE_URL: database.url }).database;
      const opened = await Promise.all([openDatabase(config), openDatabase(config), openDatabase(config)]);
      const [{ dataSource }] = opened;
      // Each migration file of src/db/migrations/postgres recorded once, not once per process.
      const migrationFiles = readdirSync(join(__dirname, '../../src/db/migrations/postgres')).filter((f) =>
        /^\d+-.+\.ts$/.test(f),
      );
      expect(migrationFiles.length).toBeGreaterThanOrEqual(7);
      expect(await dataSource.query('SELECT count(*) AS n FROM "migrations"')).toEqual([
        { n: migrationFiles.length },
      ]);
      expect(await dataSource.query('SELECT count(*) AS n FROM "country"')).toEqual([{ n: 250 }]);
      await Promise.all(opened.map((db) => db.dataSource.destroy()));
    } finally {
      await database.drop();
    }
  });
});

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  it('reads outside a transaction go to a replica; writes and transactions to the primary', async () => {
    const database = await createTestDatabase();
    try {
      const { dataSource } = await openDatabase(
        loadConfig({ DATABASE_URL: database.url, DATABASE_REPLICA_URLS: database.url }).database,
      );
      try {
        const serverOf = async (sql: string) =>
          ((await dataSource.query(sql)) as { name: string }[])[0]?.name ?? 'primary (no rows)';
        expect(await serverOf(`SELECT current_setting('application_name') AS name`)).toBe(
          applicationName('replica'),
        );
        expect(
          await serverOf(
            `WITH moved AS (UPDATE "country" SET "name" = "name" WHERE "code" = 'KE' RETURNING 1)
             SELECT current_setting('application_name') AS name FROM moved`,
          ),
        ).toBe(applicationName('primary'));
        const inTransaction = await dataSource.transaction((manager) =>
          manager.query(`SELECT current_setting('application_name') AS name`),
        );
        expect(inTransaction).toEqual([{ name: applicationName('primary') }]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});

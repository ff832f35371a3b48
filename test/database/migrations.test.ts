import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/entities/article';
import { Mention } from '../../src/entities/mention';
import { openTestDatabase, type OpenTestDatabase } from '../helpers/open-test-database';

let db: OpenTestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const query = <T>(sql: string) => db.dataSource.query(sql) as Promise<T[]>;

/** posting_size rows that disagree with a count of the mention table. */
async function postingSizeMismatches() {
  return query(`
    SELECT p."entityId", p."articles", (SELECT count(*) FROM "mention" m WHERE m."entityId" = p."entityId") AS "counted"
    FROM "posting_size" p
    WHERE p."articles" <> (SELECT count(*) FROM "mention" m WHERE m."entityId" = p."entityId")
    UNION ALL
    SELECT m."entityId", 0, count(*) FROM "mention" m
    WHERE NOT EXISTS (SELECT 1 FROM "posting_size" p WHERE p."entityId" = m."entityId")
    GROUP BY m."entityId"`);
}

async function storeArticle(n: number, entityIds: number[]): Promise<Article> {
  const article = await db.dataSource.getRepository(Article).save(
    db.dataSource.getRepository(Article).create({
      url: `https://migrations.example/${n}`,
      title: `Article ${n}`,
      body: `Body ${n}`,
      contentHash: `hash-${n}`,
      ingestedAt: new Date('2025-01-01T00:00:00Z'),
      sortDate: '2025-01-01T00:00:00.000Z',
    }),
  );
  if (entityIds.length) {
    await db.dataSource.getRepository(Mention).insert(
      entityIds.map((entityId) => ({
        articleId: article.id,
        entityId,
        kind: 'COUNTRY',
        sortDate: article.sortDate,
        count: 1,
        salience: 0.123456789,
        evidence: [],
      })),
    );
  }
  return article;
}

describe('migrations on a fresh database', () => {
  it('record the seven migrations by the same names on every backend', async () => {
    const rows = await query<{ name: string }>('SELECT "name" FROM "migrations" ORDER BY "timestamp"');
    expect(rows.map((row) => row.name)).toEqual([
      'InitialSchema1764489600000',
      'LoadCountries1764489600001',
      'PostingListSizes1764489600002',
      'EntityLinkKeys1764489600003',
      'CountryPairSizes1764489600004',
      'BoundedSearchVector1764489600005',
      'CaseInsensitiveSource1764489600006',
    ]);
  });

  it('create every table, empty but for the reference data', async () => {
    const counts: Record<string, number> = {};
    for (const table of [
      'country',
      'entity',
      'article',
      'mention',
      'posting_size',
      'entity_key',
      'country_pair_size',
    ]) {
      counts[table] = (await query<{ n: number }>(`SELECT count(*) AS "n" FROM "${table}"`))[0].n;
    }
    expect(counts).toEqual({
      country: 250,
      entity: 250,
      article: 0,
      mention: 0,
      posting_size: 0,
      entity_key: 0,
      country_pair_size: 0,
    });
  });

  it('load the 250 countries, each with its COUNTRY entity, ids 1 to 250 in reference order', async () => {
    const rows = await query<{ id: number; slug: string; countryCode: string; alpha3: string }>(`
      SELECT e."id", e."slug", e."countryCode", c."alpha3" FROM "entity" e JOIN "country" c ON c."code" = e."countryCode"
      WHERE e."kind" = 'COUNTRY' ORDER BY e."id"`);
    expect(rows).toHaveLength(250);
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(rows.find((row) => row.slug === 'north-korea')).toMatchObject({
      countryCode: 'KP',
      alpha3: 'PRK',
    });
  });

  it('give new entities ids after the countries, and createdAt as ISO text', async () => {
    await db.dataSource.query(
      `INSERT INTO "entity" ("kind", "name", "slug", "aliases") VALUES ('PERSON', 'Ada Example', 'ada-example', '[]')`,
    );
    const [row] = await query<{ id: number; createdAt: string }>(
      `SELECT "id", "createdAt" FROM "entity" WHERE "slug" = 'ada-example'`,
    );
    expect(row.id).toBe(251);
    expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('keep posting_size exact through inserts, deletes, re-pointing and cascading article deletes', async () => {
    const first = await storeArticle(1, [1, 2, 3]);
    await storeArticle(2, [2, 3]);
    const third = await storeArticle(3, [3]);
    const sizes = () =>
      query<{ entityId: number; articles: number }>(
        'SELECT "entityId", "articles" FROM "posting_size" WHERE "articles" > 0 ORDER BY "entityId"',
      );
    expect(await sizes()).toEqual([
      { entityId: 1, articles: 1 },
      { entityId: 2, articles: 2 },
      { entityId: 3, articles: 3 },
    ]);
    await db.dataSource.getRepository(Mention).delete({ articleId: first.id, entityId: 2 });
    await db.dataSource.getRepository(Mention).update({ articleId: third.id, entityId: 3 }, { entityId: 4 });
    expect(await sizes()).toEqual([
      { entityId: 1, articles: 1 },
      { entityId: 2, articles: 1 },
      { entityId: 3, articles: 2 },
      { entityId: 4, articles: 1 },
    ]);
    await db.dataSource.getRepository(Article).delete({ id: first.id });
    expect(await sizes()).toEqual([
      { entityId: 2, articles: 1 },
      { entityId: 3, articles: 1 },
      { entityId: 4, articles: 1 },
    ]);
    expect(await postingSizeMismatches()).toEqual([]);
  });

  it('store salience as a double, as SQLite does', async () => {
    const [row] = await query<{ salience: number }>('SELECT "salience" FROM "mention" LIMIT 1');
    expect(row.salience).toBe(0.123456789);
  });
});

import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mention } from '../src/entities/mention';
import { createDemoGraph, readDemoArticles } from './helpers/demo-graph';
import { executeText } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';
import { runNamedSql } from './helpers/named-sql';

let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph();
});
afterAll(() => graph.close());

const sql = <T>(query: string, parameters: Record<string, unknown> = {}) =>
  runNamedSql<T>(graph.app.dataSource, query, parameters);

/** The maintained table, as "low+high" → articles, leaving out pairs that fell back to zero. */
async function maintainedPairs(): Promise<Record<string, number>> {
  const rows = await sql<{ low: number; high: number; articles: number }>(
    `SELECT "lowEntityId" AS low, "highEntityId" AS high, "articles" FROM "country_pair_size" WHERE "articles" <> 0`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.low}+${r.high}`, r.articles]));
}

/** The same pairs counted from scratch, article by article, in JavaScript. */
async function recountedPairs(): Promise<Record<string, number>> {
  const rows = await sql<{ articleId: number; entityId: number }>(
    `SELECT "articleId", "entityId" FROM "mention" WHERE "kind" = 'COUNTRY'`,
  );
  const byArticle = new Map<number, number[]>();
  for (const row of rows)
    byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row.entityId]);
  const pairs: Record<string, number> = {};
  for (const ids of byArticle.values()) {
    ids.sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}+${ids[j]}`;
        pairs[key] = (pairs[key] ?? 0) + 1;
      }
  }
  return pairs;
}

async function totalCount(codes: string[]): Promise<number> {
  const result = await executeText(
    graph.server,
    'query ($all: [String!]!) { articles(filter: { mentionsAll: $all }) { totalCount } }',
    { all: codes },
  );
  expect(result.errors).toBeUndefined();
  return (result.data as { articles: { totalCount: number } }).articles.totalCount;
}

/** Articles naming both countries, counted without the maintained table. */
async function independentCount(a: string, b: string): Promise<number> {
  const [{ n }] = await sql<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "article" WHERE
       "id" IN (SELECT m."articleId" FROM "mention" m JOIN "entity" e ON e."id" = m."entityId" WHERE e."kind" = 'COUNTRY' AND e."countryCode" = :a)
       AND "id" IN (SELECT m."articleId" FROM "mention" m JOIN "entity" e ON e."id" = m."entityId" WHERE e."kind" = 'COUNTRY' AND e."countryCode" = :b)`,
    { a, b },
  );
  return n;
}

const PAIRS = [
  ['CN', 'KP'],
  ['KP', 'CN'],
  ['US', 'CN'],
  ['RU', 'UA'],
  ['CN', 'BR'],
  ['FR', 'DE'],
];

async function expectExact(): Promise<void> {
  expect(await maintainedPairs()).toEqual(await recountedPairs());
  for (const [a, b] of PAIRS) expect(await totalCount([a, b])).toBe(await independentCount(a, b));
}

describe('country_pair_size › exact article counts per pair of countries', () => {
  it('after ingesting the demo corpus, matches a recount and answers totalCount for two countries', async () => {
    expect(Object.keys(await maintainedPairs()).length).toBeGreaterThan(10);
    expect(await totalCount(['CN', 'KP'])).toBe(9);
    await expectExact();
  });

  it('stays exact when an article is re-ingested with other countries', async () => {
    const article = readDemoArticles().find((a) => a.id === 'demo-001')!;
    const outcome = await graph.app.services.ingest.ingest({
      ...article,
      publishedAt: new Date(article.publishedAt),
      body: 'Brazil and Argentina signed a trade accord in Brasilia. France welcomed the accord.',
    });
    expect(outcome.status).toBe('UPDATED');
    expect(await totalCount(['CN', 'KP'])).toBe(8);
    await expectExact();
  });

  it('stays exact when mentions are deleted, or rewritten to another country', async () => {
    const [{ id }] = await sql<{ id: number }>(
      `SELECT "articleId" AS id FROM "mention" WHERE "kind" = 'COUNTRY' GROUP BY "articleId" HAVING COUNT(*) >= 3 LIMIT 1`,
    );
    const [first] = await sql<{ entityId: number }>(
      `SELECT "entityId" FROM "mention" WHERE "articleId" = :id AND "kind" = 'COUNTRY' ORDER BY "entityId" LIMIT 1`,
      { id },
    );
    const [unused] = await sql<{ id: number }>(
      `SELECT "id" FROM "entity" WHERE "kind" = 'COUNTRY' AND "id" NOT IN (SELECT "entityId" FROM "mention" WHERE "articleId" = :id) LIMIT 1`,
      { id },
    );
    await sql(`UPDATE "mention" SET "entityId" = :unused WHERE "articleId" = :id AND "entityId" = :first`, {
      unused: unused.id,
      id,
      first: first.entityId,
    });
    await expectExact();
    await sql(`DELETE FROM "article" WHERE "id" = :id`, { id });
    await expectExact();
  });
});

describe('country_pair_size › statements over several articles at once', () => {
  it('stays exact when one statement deletes and one inserts the mentions of several articles', async () => {
    const articleIds = (
      await sql<{ id: number }>(
        `SELECT "articleId" AS id FROM "mention" WHERE "kind" = 'COUNTRY'
         GROUP BY "articleId" HAVING COUNT(*) >= 2 ORDER BY "articleId" LIMIT 3`,
      )
    ).map((row) => row.id);
    expect(articleIds).toHaveLength(3);
    const mentions = graph.app.dataSource.getRepository(Mention);
    const rows = await mentions.findBy({ articleId: In(articleIds) });

    await sql(`DELETE FROM "mention" WHERE "articleId" IN (:...ids)`, { ids: articleIds });
    await expectExact();
    await mentions.insert(rows);
    await expectExact();
  });
});

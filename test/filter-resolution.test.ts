import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/core/global-id';
import { createDemoGraph } from './helpers/demo-graph';
import { executeText } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';
import { runNamedSql } from './helpers/named-sql';

/**
 * What the filter accepts and how it names what it refuses (src/services/entity-reference.service.ts,
 * src/services/article-query.service.ts), and where a count comes from: the maintained tables
 * (posting_size, country_pair_size) exactly when the filter is one entity or two countries and
 * nothing else. Expectations are recounted here in SQL; the maintained rows are set by hand to a
 * value no recount gives, so that reading them shows.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph();
});
afterAll(() => graph.close());

const sql = <T>(query: string, parameters: Record<string, unknown> = {}) =>
  runNamedSql<T>(graph.app.dataSource, query, parameters);

const countryId = async (code: string) =>
  Number((await sql<{ id: number }>(`SELECT id FROM entity WHERE "countryCode" = :code`, { code }))[0].id);

/** Articles naming every entity id, recounted from the mention rows. */
async function recount(ids: number[], extra = '', parameters: Record<string, unknown> = {}): Promise<number> {
  const each = ids.map((id) => `a.id IN (SELECT "articleId" FROM mention WHERE "entityId" = ${Number(id)})`);
  const rows = await sql<{ n: number }>(
    `SELECT COUNT(*) AS n FROM article a WHERE ${[...each, ...(extra ? [extra] : [])].join(' AND ')}`,
    parameters,
  );
  return Number(rows[0].n);
}

async function articles(filter: Record<string, unknown>, page = '') {
  const result = await executeText(
    graph.server,
    `query ($filter: ArticleFilter) { articles(filter: $filter ${page}) {
       totalCount pageInfo { hasNextPage hasPreviousPage startCursor } edges { node { id } } } }`,
    { filter },
  );
  return result as {
    data?: {
      articles: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string };
        edges: { node: { id: string } }[];
      };
    } | null;
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function totalCount(filter: Record<string, unknown>): Promise<number> {
  const result = await articles(filter);
  expect(result.errors).toBeUndefined();
  return result.data!.articles.totalCount;
}

async function refusal(filter: Record<string, unknown>) {
  const result = await articles(filter);
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  return {
    message: error.message,
    code: error.extensions?.code,
    argumentName: error.extensions?.argumentName,
  };
}

describe('filter entries › how they may name an entity', () => {
  it('a code with spaces around it, a Country node id and an Entity node id name the same entity', async () => {
    const kp = await countryId('KP');
    const expected = await recount([kp]);
    expect(expected).toBeGreaterThan(0);
    expect(await totalCount({ mentionsAll: ['  KP  '], publishedAfter: '1970-01-01T00:00:00Z' })).toBe(
      expected,
    );
    expect(
      await totalCount({
        mentionsAll: [toGlobalId('Country', 'KP')],
        source: null,
        publishedAfter: '1970-01-01T00:00:00Z',
      }),
    ).toBe(expected);
    expect(
      await totalCount({ mentionsAll: [toGlobalId('Entity', kp)], publishedAfter: '1970-01-01T00:00:00Z' }),
    ).toBe(expected);
  });

  it('a person by Entity node id, and by slug', async () => {
    const [person] = await sql<{ id: number; slug: string }>(
      `SELECT e.id, e.slug FROM entity e WHERE e.kind = 'PERSON' AND EXISTS (SELECT 1 FROM mention m WHERE m."entityId" = e.id) ORDER BY e.id LIMIT 1`,
    );
    const expected = await recount([Number(person.id)]);
    expect(expected).toBeGreaterThan(0);
    expect(await totalCount({ mentionsAny: [toGlobalId('Entity', Number(person.id))] })).toBe(expected);
    expect(await totalCount({ mentionsAny: [person.slug] })).toBe(expected);
  });

  it('unknown entries are NOT_FOUND, all of them named, under the argument they came in', async () => {
    expect(await refusal({ mentionsAll: ['Zzqx land', 'KP', toGlobalId('Entity', 999_999)] })).toEqual({
      message: `filter.mentionsAll: no country or entity named "Zzqx land", "${toGlobalId('Entity', 999_999)}" (use a country code or name, an entity slug or name, or a node id)`,
      code: 'NOT_FOUND',
      argumentName: 'filter.mentionsAll',
    });
    expect((await refusal({ mentionsNone: ['Zzqx land'] })).argumentName).toBe('filter.mentionsNone');
  });

  it('20 entries pass, 21 are refused; 200 characters pass (and name nothing), 201 and blank are refused', async () => {
    const kp = await countryId('KP');
    expect(await totalCount({ mentionsAll: Array(20).fill('KP') })).toBe(await recount([kp]));
    expect(await refusal({ mentionsAll: Array(21).fill('KP') })).toEqual({
      message: 'filter.mentionsAll: at most 20 entries are allowed',
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.mentionsAll',
    });
    expect((await refusal({ mentionsAll: ['x'.repeat(200)] })).code).toBe('NOT_FOUND');
    for (const entry of ['x'.repeat(201), '   ']) {
      expect(await refusal({ mentionsAll: [entry] })).toEqual({
        message: 'filter.mentionsAll: entries must be 1 to 200 characters long',
        code: 'BAD_USER_INPUT',
        argumentName: 'filter.mentionsAll',
      });
    }
  });

  it('an empty mentionsAny and a date range that is empty are refused', async () => {
    expect(await refusal({ mentionsAny: [] })).toEqual({
      message: 'filter.mentionsAny: give at least one entry or leave it out',
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.mentionsAny',
    });
    const day = '2024-05-01T00:00:00Z';
    expect(await refusal({ publishedAfter: day, publishedBefore: day })).toEqual({
      message: 'filter.publishedAfter must be earlier than filter.publishedBefore',
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.publishedAfter',
    });
    // One side alone, or a real range, is fine.
    const all = await recount([], '1 = 1');
    expect(await totalCount({ publishedBefore: '2999-01-01T00:00:00Z' })).toBe(all);
    expect(
      await totalCount({ publishedAfter: '1970-01-01T00:00:00Z', publishedBefore: '2999-01-01T00:00:00Z' }),
    ).toBe(all);
  });
});

describe('paging flags at the edges', () => {
  it('last: N over exactly N articles has no previous page; a page before a cursor has a next page', async () => {
    const kp = await countryId('KP');
    const n = await recount([kp]);
    const whole = await articles({ mentionsAll: ['KP'] }, `last: ${n}`);
    expect(whole.data!.articles.edges).toHaveLength(n);
    expect(whole.data!.articles.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
    const lastTwo = await articles({ mentionsAll: ['KP'] }, 'last: 2');
    expect(lastTwo.data!.articles.pageInfo).toMatchObject({ hasPreviousPage: n > 2, hasNextPage: false });
    const before = await articles(
      { mentionsAll: ['KP'] },
      `last: 1, before: "${lastTwo.data!.articles.pageInfo.startCursor}"`,
    );
    expect(before.data!.articles.edges).toHaveLength(1);
    expect(before.data!.articles.pageInfo).toMatchObject({ hasPreviousPage: n > 3, hasNextPage: true });
  });
});

describe('counts › read from the maintained tables exactly when the filter is one entity or two countries', () => {
  it('one entity: posting_size, unless anything else is in the filter', async () => {
    const kp = await countryId('KP');
    const real = await recount([kp]);
    const [{ articles: kept }] = await sql<{ articles: number }>(
      `SELECT articles FROM posting_size WHERE "entityId" = :kp`,
      { kp },
    );
    expect(Number(kept)).toBe(real);
    const [{ source }] = await sql<{ source: string }>(
      `SELECT a.source FROM article a JOIN mention m ON m."articleId" = a.id WHERE m."entityId" = :kp ORDER BY a.id LIMIT 1`,
      { kp },
    );
    await sql(`UPDATE posting_size SET articles = :n WHERE "entityId" = :kp`, { n: real + 1000, kp });
    try {
      expect(await totalCount({ mentionsAll: ['KP'] })).toBe(real + 1000);
      // Anything else in the filter: counted, not read.
      expect(await totalCount({ mentionsAll: ['KP'], mentionsAny: ['KP'] })).toBe(real);
      expect(await totalCount({ mentionsAll: ['KP'], mentionsNone: ['BR'] })).toBe(
        await recount(
          [kp],
          `a.id NOT IN (SELECT "articleId" FROM mention WHERE "entityId" = ${await countryId('BR')})`,
        ),
      );
      expect(await totalCount({ mentionsAll: ['KP'], publishedAfter: '1970-01-01T00:00:00Z' })).toBe(real);
      expect(await totalCount({ mentionsAll: ['KP'], publishedBefore: '2999-01-01T00:00:00Z' })).toBe(real);
      expect(await totalCount({ mentionsAll: ['KP'], source })).toBe(
        await recount([kp], 'a.source = :source', { source }),
      );
      expect(await totalCount({ mentionsAll: ['KP'], text: 'the' })).toBeLessThanOrEqual(real);
    } finally {
      await sql(`UPDATE posting_size SET articles = :n WHERE "entityId" = :kp`, { n: real, kp });
    }
  });

  it('two countries: country_pair_size in either order; three entities: counted', async () => {
    const [cn, kp, us] = [await countryId('CN'), await countryId('KP'), await countryId('US')];
    const real = await recount([cn, kp]);
    expect(real).toBeGreaterThan(0);
    const [low, high] = cn < kp ? [cn, kp] : [kp, cn];
    await sql(
      `UPDATE country_pair_size SET articles = :n WHERE "lowEntityId" = :low AND "highEntityId" = :high`,
      {
        n: real + 500,
        low,
        high,
      },
    );
    try {
      expect(await totalCount({ mentionsAll: ['CN', 'KP'] })).toBe(real + 500);
      expect(await totalCount({ mentionsAll: ['KP', 'CN'] })).toBe(real + 500);
      expect(await totalCount({ mentionsAll: ['KP', 'CN', 'US'] })).toBe(await recount([cn, kp, us]));
      expect(await totalCount({ mentionsAll: ['KP', 'CN'], publishedAfter: '1970-01-01T00:00:00Z' })).toBe(
        real,
      );
    } finally {
      await sql(
        `UPDATE country_pair_size SET articles = :n WHERE "lowEntityId" = :low AND "highEntityId" = :high`,
        {
          n: real,
          low,
          high,
        },
      );
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extraction';
import { toGlobalId } from '../src/core/global-id';
import {
  CountryLookupDocument,
  EntitiesByFilterDocument,
  IngestArticleDocument,
  NodeByIdDocument,
} from './generated/graphql';
import { execute, executeText } from './helpers/execute';
import { createTestGraph, TEST_API_KEY, type TestGraph } from './helpers/test-app';

const input = {
  url: 'https://api.example/2025/seoul-tokyo',
  title: 'Seoul and Tokyo agree on a hotline',
  body: 'South Korean President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed in Tokyo on a defence hotline.',
  publishedAt: '2025-05-05T10:00:00Z',
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(createExtractor());
});
afterAll(() => graph.close());

describe('ingestArticle mutation', () => {
  it('without an API key › UNAUTHENTICATED and nothing is written', async () => {
    const result = await execute(graph.server, IngestArticleDocument, { input });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const lookup = await execute(graph.server, CountryLookupDocument, { code: 'JP' });
    expect(lookup.data!.country!.articles.totalCount).toBe(0);
  });

  it('with a wrong API key › UNAUTHENTICATED', async () => {
    const result = await execute(
      graph.server,
      IngestArticleDocument,
      { input },
      'Bearer not-the-right-key-000000',
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('with the API key › CREATED, then UNCHANGED, and the article is linked to its countries', async () => {
    const auth = `Bearer ${TEST_API_KEY}`;
    const created = await execute(graph.server, IngestArticleDocument, { input }, auth);
    expect(created.errors).toBeUndefined();
    expect(created.data!.ingestArticle.status).toBe('CREATED');
    expect(created.data!.ingestArticle.article!.countries.map((c) => c.code).sort()).toEqual(['JP', 'KR']);
    const again = await execute(graph.server, IngestArticleDocument, { input }, auth);
    expect(again.data!.ingestArticle.status).toBe('UNCHANGED');
    expect(again.data!.ingestArticle.article!.id).toBe(created.data!.ingestArticle.article!.id);
  });

  it('invalid input › REJECTED with userErrors naming each field', async () => {
    const result = await execute(
      graph.server,
      IngestArticleDocument,
      { input: { title: '', body: ' ', url: 'not a url' } },
      `Bearer ${TEST_API_KEY}`,
    );
    expect(result.data!.ingestArticle.status).toBe('REJECTED');
    expect(result.data!.ingestArticle.article).toBeNull();
    expect(result.data!.ingestArticle.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
      'input.body',
      'input.title',
      'input.url',
    ]);
  });
});

describe('lookups', () => {
  it.each([
    'KP',
    'kp',
    'PRK',
    'North Korea',
    'DPRK',
    "Democratic People's Republic of Korea",
    'North Korean',
  ])('country(%j) is North Korea', async (code) => {
    const result = await execute(graph.server, CountryLookupDocument, { code });
    expect(result.data!.country).toMatchObject({
      code: 'KP',
      alpha3: 'PRK',
      name: 'North Korea',
      capital: 'Pyongyang',
    });
  });

  it('all ~250 countries are loaded, each with its entity row', async () => {
    const result = await executeText(graph.server, '{ countries { code entity { kind } } }');
    const countries = result.data!.countries as { code: string; entity: { kind: string } }[];
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.every((c) => c.entity.kind === 'COUNTRY')).toBe(true);
    expect(countries.map((c) => c.code)).toEqual(expect.arrayContaining(['TW', 'HK', 'MO', 'PS', 'XK']));
  });

  it('node(id) resolves every node type back to itself, with the fields the test seeded', async () => {
    // Every type that implements Node in the published schema is covered below.
    const sdl = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    const nodeTypes = [...sdl.matchAll(/^type (\w+) implements Node\b/gm)].map((match) => match[1]).sort();
    expect(nodeTypes).toEqual(['Article', 'Country', 'Entity']);

    // Seeds (or finds again) the article; its row ids are read back with SQL written here.
    const ingested = await execute(graph.server, IngestArticleDocument, { input }, `Bearer ${TEST_API_KEY}`);
    expect(['CREATED', 'UNCHANGED']).toContain(ingested.data!.ingestArticle.status);
    const rowId = async (sql: string) => {
      const rows = (await graph.app.dataSource.query(sql)) as Array<{ id: number | string }>;
      expect(rows).toHaveLength(1);
      return Number(rows[0].id);
    };
    const articleId = await rowId(`SELECT "id" FROM "article" WHERE "url" = '${input.url}'`);
    const personId = await rowId(
      `SELECT "id" FROM "entity" WHERE "kind" = 'PERSON' AND "name" = 'Lee Jae Myung'`,
    );
    const countryEntityId = await rowId(
      `SELECT "id" FROM "entity" WHERE "kind" = 'COUNTRY' AND "name" = 'Japan'`,
    );

    const expected = [
      { id: toGlobalId('Article', articleId), __typename: 'Article', title: input.title },
      { id: toGlobalId('Entity', personId), __typename: 'Entity', name: 'Lee Jae Myung' },
      { id: toGlobalId('Entity', countryEntityId), __typename: 'Entity', name: 'Japan' },
      { id: toGlobalId('Country', 'KR'), __typename: 'Country', code: 'KR' },
    ];
    for (const node of expected) {
      const result = await execute(graph.server, NodeByIdDocument, { id: node.id });
      expect(result).toEqual({ data: { node } });
    }
  });

  it('node(id) with garbage › BAD_USER_INPUT', async () => {
    const result = await execute(graph.server, NodeByIdDocument, { id: '%%%' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('entities filter by kind and country, paged by name', async () => {
    const result = await execute(graph.server, EntitiesByFilterDocument, {
      filter: { kind: 'PERSON', country: 'South Korea' },
    });
    expect(result.data!.entities.nodes.map((n) => n.name)).toContain('Lee Jae Myung');
    const bad = await execute(graph.server, EntitiesByFilterDocument, { filter: { country: 'Narnia' } });
    expect(bad.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'filter.country',
      unknownValues: ['Narnia'],
    });
    expect(bad.errors?.[0].message).toContain('Narnia');
  });
});

describe('errors', () => {
  it('unexpected failures are masked: no stack trace, no SQL text, code INTERNAL_SERVER_ERROR', async () => {
    const original = graph.app.services.articles.count.bind(graph.app.services.articles);
    graph.app.services.articles.count = async () => {
      throw new Error('SQLITE_ERROR: no such column: secret_column');
    };
    try {
      const result = await executeText(graph.server, '{ articles { totalCount } }');
      expect(result.errors?.[0]).toEqual(
        expect.objectContaining({
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      );
      expect(JSON.stringify(result)).not.toContain('secret_column');
    } finally {
      graph.app.services.articles.count = original;
    }
  });

  it('validation errors keep their code and carry no stack trace', async () => {
    const result = await executeText(graph.server, '{ articles { nope } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].extensions?.stacktrace).toBeUndefined();
  });
});

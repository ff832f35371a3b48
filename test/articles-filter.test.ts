import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePageWithGraphDocument, ArticlesMentioningDocument } from './generated/graphql';
import { createDemoGraph, readDemoArticles } from './helpers/demo-graph';
import { execute } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';

const demo = readDemoArticles();
const stateVisit = demo.find((a) => a.id === 'demo-001')!;
const urlsOf = (ids: string[]) => ids.map((id) => demo.find((a) => a.id === id)!.url).sort();

let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph();
});
afterAll(() => graph.close());

async function urlsMentioningAll(names: string[]): Promise<string[]> {
  const result = await execute(graph.server, ArticlesMentioningDocument, {
    filter: { mentionsAll: names },
    first: 100,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.articles.edges.map((e) => e.node.url!).sort();
}

describe('articles › mentionsAll', () => {
  it('China and North Korea › returns the state-visit story and the other stories naming both', async () => {
    const urls = await urlsMentioningAll(['China', 'North Korea']);
    expect(urls).toContain(stateVisit.url);
    // The corpus was written so that exactly demo-001..009 name both countries.
    expect(urls).toEqual(
      urlsOf(['001', '002', '003', '004', '005', '006', '007', '008', '009'].map((n) => `demo-${n}`)),
    );
  });

  it('the same question by alpha-2 codes, alpha-3 codes and aliases gives the same stories', async () => {
    const byName = await urlsMentioningAll(['China', 'North Korea']);
    expect(await urlsMentioningAll(['CN', 'KP'])).toEqual(byName);
    expect(await urlsMentioningAll(['CHN', 'PRK'])).toEqual(byName);
    expect(await urlsMentioningAll(['PRC', 'DPRK'])).toEqual(byName);
    expect(await urlsMentioningAll(['china', 'north korea'])).toEqual(byName);
  });

  it('China and Brazil › returns nothing: no demo story names both', async () => {
    const result = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { mentionsAll: ['China', 'Brazil'] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.articles.totalCount).toBe(0);
    expect(result.data!.articles.edges).toEqual([]);
  });

  it('every returned story really lists both countries among its own countries', async () => {
    const result = await execute(graph.server, ArticlePageWithGraphDocument, {
      filter: { mentionsAll: ['CN', 'KP'] },
      first: 100,
    });
    const nodes = result.data!.articles.nodes;
    // demo-001..009, as in the first test.
    expect(nodes).toHaveLength(9);
    for (const article of nodes) {
      const codes = article.countries.map((c) => c.code);
      expect(codes).toEqual(expect.arrayContaining(['CN', 'KP']));
    }
  });

  it('an entity slug and an entity name work as filter entries', async () => {
    const bySlug = await urlsMentioningAll(['xi-jinping']);
    const byName = await urlsMentioningAll(['Xi Jinping']);
    expect(bySlug).toContain(stateVisit.url);
    expect(byName).toEqual(bySlug);
  });

  it('an unknown name is a NOT_FOUND error that names it, not an empty result', async () => {
    const result = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { mentionsAll: ['China', 'Atlantis'] },
    });
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors![0].message).toContain('"Atlantis"');
    expect(result.errors![0].message).not.toContain('China');
  });
});

describe('articles › other filters', () => {
  // Counted by hand in demo/articles.jsonl (GUIDELINES: a country's name, demonym or capital
  // mentions it): Brazil in demo-026..028; Japan in demo-001, 002, 005, 006, 010..013; China in
  // demo-001..009, 013, 015..017; North Korea in demo-001..010 and 034.
  it('mentionsAny is the union and mentionsNone removes stories', async () => {
    const any = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { mentionsAny: ['Brazil', 'Japan'] },
      first: 100,
    });
    expect(any.errors).toBeUndefined();
    expect(any.data!.articles.totalCount).toBe(11);
    expect(any.data!.articles.edges.map((e) => e.node.url).sort()).toEqual(
      urlsOf(
        ['026', '027', '028', '001', '002', '005', '006', '010', '011', '012', '013'].map((n) => `demo-${n}`),
      ),
    );

    const none = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { mentionsAll: ['China'], mentionsNone: ['North Korea'] },
      first: 100,
    });
    expect(none.errors).toBeUndefined();
    expect(none.data!.articles.totalCount).toBe(4);
    expect(none.data!.articles.edges.map((e) => e.node.url).sort()).toEqual(
      urlsOf(['013', '015', '016', '017'].map((n) => `demo-${n}`)),
    );
  });

  it('source and date range filters match the articles written with those values', async () => {
    const source = demo[0].source;
    const from = '2025-01-01T00:00:00.000Z';
    const to = '2025-07-01T00:00:00.000Z';
    const expected = demo
      .filter(
        (a) =>
          a.source === source &&
          new Date(a.publishedAt) >= new Date(from) &&
          new Date(a.publishedAt) < new Date(to),
      )
      .map((a) => a.url)
      .sort();
    const result = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { source, publishedAfter: from, publishedBefore: to },
      first: 100,
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(result.data!.articles.edges.map((e) => e.node.url).sort()).toEqual(expected);
  });

  it('full-text search finds phrases and prefixes and treats FTS syntax as plain text', async () => {
    const phrase = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { text: '"state visit"' },
      first: 100,
    });
    const expectedPhrase = demo.filter((a) => /state visit/i.test(`${a.title} ${a.body}`)).map((a) => a.url);
    expect(phrase.data!.articles.edges.map((e) => e.node.url).sort()).toEqual(expectedPhrase.sort());

    const prefix = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { text: 'Dandon*' },
      first: 100,
    });
    const expectedPrefix = demo.filter((a) => /\bDandon/i.test(`${a.title} ${a.body}`)).map((a) => a.url);
    expect(expectedPrefix.length).toBeGreaterThan(0);
    expect(prefix.data!.articles.edges.map((e) => e.node.url).sort()).toEqual(expectedPrefix.sort());

    const hostile = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { text: 'NEAR( "unbalanced OR *' },
    });
    expect(hostile.errors).toBeUndefined();
  });

  it('publishedAfter later than publishedBefore is a BAD_USER_INPUT error naming the argument', async () => {
    const result = await execute(graph.server, ArticlesMentioningDocument, {
      filter: { publishedAfter: '2025-06-01T00:00:00Z', publishedBefore: '2025-01-01T00:00:00Z' },
    });
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('publishedAfter');
  });
});

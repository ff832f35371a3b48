import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlesMentioningDocument } from './generated/graphql';
import { createDemoGraph, readDemoArticles } from './helpers/demo-graph';
import { execute } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';

const demo = readDemoArticles();
// Expected order computed from the fixture itself: newest first, ties by insertion (file) order reversed.
const newestFirst = demo
  .map((a, index) => ({ url: a.url, date: new Date(a.publishedAt).toISOString(), index }))
  .sort((a, b) => (a.date === b.date ? b.index - a.index : a.date < b.date ? 1 : -1))
  .map((a) => a.url);

let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph();
});
afterAll(() => graph.close());

describe('articles › pagination', () => {
  it('walks forward with first/after through every article exactly once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const result = await execute(graph.server, ArticlesMentioningDocument, { first: 10, after });
      expect(result.errors).toBeUndefined();
      const connection = result.data!.articles;
      expect(connection.totalCount).toBe(demo.length);
      seen.push(...connection.edges.map((e) => e.node.url!));
      expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(demo.length / 10));
    expect(seen).toEqual(newestFirst);
  });

  it('walks backward with last/before and meets the same order', async () => {
    const seen: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const result = await execute(graph.server, ArticlesMentioningDocument, { last: 7, before });
      const connection = result.data!.articles;
      seen.unshift(...connection.edges.map((e) => e.node.url!));
      if (!connection.pageInfo.hasPreviousPage) break;
      before = connection.pageInfo.startCursor;
    }
    expect(seen).toEqual(newestFirst);
  });

  it('OLDEST_FIRST reverses the order', async () => {
    const result = await execute(graph.server, ArticlesMentioningDocument, {
      first: 100,
      orderBy: 'OLDEST_FIRST',
    });
    expect(result.data!.articles.edges.map((e) => e.node.url)).toEqual([...newestFirst].reverse());
  });

  it('edge cursors continue from any position', async () => {
    const first = await execute(graph.server, ArticlesMentioningDocument, { first: 5 });
    const third = first.data!.articles.edges[2];
    const next = await execute(graph.server, ArticlesMentioningDocument, { first: 2, after: third.cursor });
    expect(next.data!.articles.edges.map((e) => e.node.url)).toEqual(newestFirst.slice(3, 5));
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ last: -1 }, 'last'],
    [{ first: 5, last: 5 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ first: 5, after: 'eyJ4Ijoxfq' }, 'after'],
  ])('rejects %j with a BAD_USER_INPUT error naming %s', async (variables, argument) => {
    const result = await execute(graph.server, ArticlesMentioningDocument, variables);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(argument);
  });
});

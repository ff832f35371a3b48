import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePageWithGraphDocument, EntityWalkDocument } from './generated/graphql';
import { createDemoGraph } from './helpers/demo-graph';
import { execute, executeText } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';

let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph();
});
afterAll(() => graph.close());

/** Runs an operation and returns how many SQL statements it issued. */
async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  const before = graph.app.statements.count;
  await run();
  return graph.app.statements.count - before;
}

describe('per-request loaders › SQL statements per operation', () => {
  it('a page of articles with countries, entities and mentions costs the same for 2, 10 and 30 articles', async () => {
    const counts: number[] = [];
    for (const first of [2, 10, 30]) {
      counts.push(
        await statementsFor(async () => {
          const result = await execute(graph.server, ArticlePageWithGraphDocument, { first });
          expect(result.errors).toBeUndefined();
          expect(result.data!.articles.nodes).toHaveLength(first);
        }),
      );
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    // page + count + articles + mentions + entities + countries
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it('the headline question (two countries, first N, totalCount, countries, people, snippets) costs at most 6, for any N', async () => {
    const counts: number[] = [];
    // The first request that names a country looks its entity up (one more statement, memoized).
    for (const first of [1, 1, 5, 9]) {
      counts.push(
        await statementsFor(async () => {
          const result = await execute(graph.server, ArticlePageWithGraphDocument, {
            filter: { mentionsAll: ['CN', 'KP'] },
            first,
          });
          expect(result.errors).toBeUndefined();
          expect(result.data!.articles.nodes).toHaveLength(first);
          expect(result.data!.articles.totalCount).toBe(9);
        }),
      );
    }
    expect(counts[0]).toBeLessThanOrEqual(6);
    // page + count (one lookup in country_pair_size) + articles + mentions + entities
    expect(counts.slice(1)).toEqual([5, 5, 5]);
  });

  it('a nested walk (entity → articles → people → their articles → countries) does not grow with the page', async () => {
    const small = await statementsFor(() =>
      execute(graph.server, EntityWalkDocument, { slug: 'china', first: 2 }),
    );
    const large = await statementsFor(() =>
      execute(graph.server, EntityWalkDocument, { slug: 'china', first: 8 }),
    );
    expect(large).toBe(small);
  });

  it('entity.articles(first: 5) under 20 entities is one statement for all the pages', async () => {
    const entitiesOnly = (first: number) =>
      `{ entities(filter: { kind: PERSON }, first: ${first}) { nodes { slug } } }`;
    const withArticles = (first: number) =>
      `{ entities(filter: { kind: PERSON }, first: ${first}) { nodes { slug articles(first: 5) { nodes { id } } } } }`;
    const cost = async (query: string) => {
      let data: unknown;
      const statements = await statementsFor(async () => {
        const result = await executeText(graph.server, query);
        expect(result.errors).toBeUndefined();
        data = result.data;
      });
      return { statements, data: data as { entities: { nodes: { articles?: { nodes: unknown[] } }[] } } };
    };
    const twenty = await cost(withArticles(20));
    expect(twenty.data.entities.nodes).toHaveLength(20);
    expect(twenty.data.entities.nodes.every((n) => n.articles!.nodes.length > 0)).toBe(true);
    // The pages of all 20 entities in one window-function statement, plus one to load the articles.
    expect(twenty.statements - (await cost(entitiesOnly(20))).statements).toBe(2);
    expect((await cost(withArticles(5))).statements).toBe(twenty.statements);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoGraph } from './helpers/demo-graph';
import type { TestGraph } from './helpers/test-app';

const HEADLINE = `{
  articles(filter: { mentionsAll: ["China", "North Korea"] }, first: 20) {
    totalCount
    nodes {
      title
      countries { code }
      people: entities(kind: PERSON) { name }
      mentions(kind: COUNTRY) { snippets { text } }
    }
  }
}`;
const WALK = `{
  entity(slug: "china") {
    articles(first: 4) { nodes { entities { articles(first: 2) { nodes { countries { code } } } } } }
  }
}`;

interface Stats {
  sqlStatements: number;
  sqlMs: number;
  totalMs: number;
}

async function run(graph: TestGraph, query: string) {
  const response = await graph.server.executeOperation(
    { query },
    { contextValue: graph.server.createContext() },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  const result = response.body.singleResult;
  expect(result.errors).toBeUndefined();
  return result.extensions?.queryStats as Stats | undefined;
}

describe('query stats (CONTENT_GRAPH_QUERY_STATS=1)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await createDemoGraph({ CONTENT_GRAPH_QUERY_STATS: '1' });
  });
  afterAll(() => graph.close());

  it('reports as many SQL statements as the statement counter saw for the headline query', async () => {
    // The first request that names a country also looks its entity up (memoized): warm up once.
    await run(graph, HEADLINE);
    const before = graph.app.statements.count;
    const stats = await run(graph, HEADLINE);
    expect(stats).toBeDefined();
    expect(stats!.sqlStatements).toBe(graph.app.statements.count - before);
    // Counted by hand, as test/sql-statements.test.ts does: the page, the count (one row of
    // country_pair_size), the articles, their mentions, their entities.
    expect(stats!.sqlStatements).toBe(5);
    // Time was measured while those statements ran, and it is part of the request's time.
    expect(stats!.sqlMs).toBeGreaterThan(0);
    expect(stats!.sqlMs).toBeLessThanOrEqual(stats!.totalMs);
  });

  it('keeps concurrent requests apart: each reports its own count, as when run alone', async () => {
    const alone = { headline: (await run(graph, HEADLINE))!, walk: (await run(graph, WALK))! };
    expect(alone.walk.sqlStatements).not.toBe(alone.headline.sqlStatements);
    const before = graph.app.statements.count;
    const queries = Array.from({ length: 10 }, (_, i) => (i % 2 ? WALK : HEADLINE));
    const together = await Promise.all(queries.map((query) => run(graph, query)));
    together.forEach((stats, i) => {
      const expected = i % 2 ? alone.walk : alone.headline;
      expect(stats!.sqlStatements).toBe(expected.sqlStatements);
    });
    const sum = together.reduce((total, stats) => total + stats!.sqlStatements, 0);
    expect(sum).toBe(graph.app.statements.count - before);
  });
});

describe('query stats off (default)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await createDemoGraph();
  });
  afterAll(() => graph.close());

  it('adds no extensions to responses', async () => {
    expect(await run(graph, HEADLINE)).toBeUndefined();
  });
});

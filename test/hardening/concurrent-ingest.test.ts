import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/entities/article';
import { createExtractor } from '../../src/extraction';
import { executeText } from '../helpers/execute';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`;
const article = (i: number) => ({
  input: {
    url: `https://wire.example/concurrent/${i}`,
    title: `Kenya and Japan sign accord ${i}`,
    body: `Nairobi and Tokyo agreed on item ${i} of the accord.`,
  },
});

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(createExtractor());
});
afterAll(() => graph.close());

describe('concurrent ingestArticle mutations in one process', () => {
  it('50 at once, 10 of them twice, with reads alongside › each stored once, nothing lost, no error', async () => {
    const writes = [
      ...Array.from({ length: 50 }, (_, i) => i),
      ...Array.from({ length: 10 }, (_, i) => i),
    ].map((i) => executeText(graph.server, INGEST, article(i), `Bearer ${TEST_API_KEY}`));
    const reads = Array.from({ length: 10 }, () => executeText(graph.server, '{ articles { totalCount } }'));
    const results = await Promise.all([...writes, ...reads]);
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const statuses = results
      .slice(0, 60)
      .map((result) => (result.data as { ingestArticle: { status: string } }).ingestArticle.status);
    expect(statuses.filter((status) => status === 'CREATED')).toHaveLength(50);
    expect(statuses.filter((status) => status === 'UNCHANGED')).toHaveLength(10);
    expect(await graph.app.dataSource.getRepository(Article).count()).toBe(50);
    const orphans: unknown[] = await graph.app.dataSource.query(
      'SELECT id FROM article WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention."articleId" = article.id)',
    );
    expect(orphans).toEqual([]);
  });
});

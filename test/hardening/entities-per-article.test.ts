import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEntity, Extractor } from '../../src/extraction/types';
import { createTestGraph, type TestGraph } from '../helpers/test-app';

/** 1,500 people, "Person 0" … "Person 1499"; person i has salience (i % 100) / 100, so 15 tie per value. */
const PEOPLE = 1500;
function person(i: number): ExtractedEntity {
  return {
    kind: 'PERSON',
    name: `Person ${i}`,
    countryCode: null,
    aliases: [],
    count: 1,
    salience: (i % 100) / 100,
    evidence: [{ field: 'body', start: 0, end: 4, sentence: 'Text.', sentenceStart: 0 }],
  };
}
const manyPeople: Extractor = {
  extract: () => ({ entities: Array.from({ length: PEOPLE }, (_, i) => person(i)) }),
};

describe('ingest › one article cannot add unbounded entities (CONTENT_GRAPH_MAX_ENTITIES_PER_ARTICLE, default)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await createTestGraph(manyPeople);
  });
  afterAll(() => graph.close());

  it('an article naming 1,500 people keeps the 1,000 most salient, earlier ones first among equals', async () => {
    expect(graph.app.config.maxEntitiesPerArticle).toBe(1000);
    const outcome = await graph.app.services.ingest.ingest({ title: 'Many people', body: 'Text.' });
    expect(outcome.status).toBe('CREATED');
    const rows = (await graph.app.dataSource.query(
      `SELECT e."name" AS "name" FROM "mention" m JOIN "entity" e ON e."id" = m."entityId"`,
    )) as { name: string }[];
    const stored = new Set(rows.map((row) => row.name));
    expect(stored.size).toBe(1000);
    // Salience values 0.99 down to 0.34 hold 15 people each (990 people); 10 more have 0.33, the
    // first ten of the fifteen in the extractor's order: i = 33, 133, …, 933. Counted by hand from
    // the salience rule above, not from the service.
    const expected = new Set<string>();
    for (let i = 0; i < PEOPLE; i++) if (i % 100 >= 34) expected.add(`Person ${i}`);
    for (let k = 0; k < 10; k++) expected.add(`Person ${33 + 100 * k}`);
    expect(expected.size).toBe(1000);
    expect([...stored].sort()).toEqual([...expected].sort());
  });
});

describe('ingest › CONTENT_GRAPH_MAX_ENTITIES_PER_ARTICLE=1500', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await createTestGraph(manyPeople, { CONTENT_GRAPH_MAX_ENTITIES_PER_ARTICLE: '1500' });
  });
  afterAll(() => graph.close());

  it('keeps all 1,500 people', async () => {
    await graph.app.services.ingest.ingest({ title: 'Many people', body: 'Text.' });
    const [{ n }] = (await graph.app.dataSource.query('SELECT count(*) AS "n" FROM "mention"')) as {
      n: number;
    }[];
    expect(Number(n)).toBe(1500);
  });
});

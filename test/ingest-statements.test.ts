import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphEntity } from '../src/entities/graph-entity';
import { Mention } from '../src/entities/mention';
import type { ExtractedEntity, Extractor } from '../src/extraction/types';
import { createTestGraph, type TestGraph } from './helpers/test-app';

/**
 * A stand-in extractor: each body line "KIND: Name" is one entity, so a test decides exactly which
 * entities an article names.
 */
const listedEntities: Extractor = {
  extract: ({ body }) => ({
    entities: body.split('\n').map((line): ExtractedEntity => {
      const [kind, name] = line.split(': ') as [ExtractedEntity['kind'], string];
      return {
        kind,
        name,
        countryCode: kind === 'COUNTRY' ? name : null,
        aliases: [],
        count: 1,
        salience: 0.5,
        evidence: [{ field: 'body', start: 0, end: line.length, sentence: line, sentenceStart: 0 }],
      };
    }),
  }),
};

let graph: TestGraph;
beforeEach(async () => {
  graph = await createTestGraph(listedEntities);
});
afterEach(() => graph.close());

async function ingestCounted(title: string, lines: string[]): Promise<number> {
  const before = graph.app.statements.count;
  const outcome = await graph.app.services.ingest.ingest({ title, body: lines.join('\n') });
  expect(outcome.status).toBe('CREATED');
  return graph.app.statements.count - before;
}

async function linkedNames(title: string): Promise<string[]> {
  const rows = await graph.app.dataSource
    .getRepository(Mention)
    .createQueryBuilder('m')
    .innerJoin(GraphEntity, 'e', 'e.id = m.entityId')
    .innerJoin('article', 'a', 'a.id = m.articleId')
    .where('a.title = :title', { title })
    .select('e.name', 'name')
    .getRawMany<{ name: string }>();
  return rows.map((r) => r.name).sort();
}

describe('ingest › statements per article', () => {
  it('an article naming six new people costs the same statements as one naming one', async () => {
    // Warm-up: the first article that names a country reads its entity id (kept afterwards).
    await ingestCounted('warm-up', ['COUNTRY: KP', 'PERSON: Ada Warm']);
    const one = await ingestCounted('one person', ['COUNTRY: KP', 'PERSON: Ada Lovelace']);
    const people = [
      'Grace Hopper',
      'Alan Turing',
      'Edsger Dijkstra',
      'Barbara Liskov',
      'Donald Knuth',
      'Ken Thompson',
    ];
    const six = await ingestCounted('six people', ['COUNTRY: KP', ...people.map((p) => `PERSON: ${p}`)]);
    expect(six).toBe(one);
    expect(await linkedNames('six people')).toEqual([...people, 'North Korea'].sort());
  });

  it('a later article links to the people an earlier one created, adding no rows', async () => {
    await ingestCounted('first', ['PERSON: Grace Hopper', 'PERSON: Alan Turing']);
    const entities = await graph.app.dataSource.getRepository(GraphEntity).count();
    await ingestCounted('second', ['PERSON: Alan Turing', 'PERSON: Grace Hopper']);
    expect(await graph.app.dataSource.getRepository(GraphEntity).count()).toBe(entities);
    expect(await linkedNames('second')).toEqual(['Alan Turing', 'Grace Hopper']);
  });
});

describe('ingest › batches', () => {
  it('a batch gives each article the outcome it would get alone, in one transaction', async () => {
    const a = { url: 'https://news.example/a', title: 'A', body: 'PERSON: Grace Hopper' };
    const b = { url: 'https://news.example/b', title: 'B', body: 'PERSON: Alan Turing' };
    const before = graph.app.statements.count;
    const outcomes = await graph.app.services.ingest.ingestMany([a, { ...b, title: '' }, a, b]);
    const batchStatements = graph.app.statements.count - before;
    expect(outcomes.map((o) => o.status)).toEqual(['CREATED', 'REJECTED', 'UNCHANGED', 'CREATED']);
    expect(await linkedNames('B')).toEqual(['Alan Turing']);

    const alone = await createTestGraph(listedEntities);
    try {
      const start = alone.app.statements.count;
      for (const input of [a, a, b]) await alone.app.services.ingest.ingest(input);
      // Alone, each article pays its own lookup before extraction, BEGIN, write lock and COMMIT.
      expect(alone.app.statements.count - start).toBe(batchStatements + 2 * 4);
    } finally {
      await alone.close();
    }
  });
});

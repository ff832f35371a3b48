import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../src/extraction/types';
import { createLoaders } from '../src/loaders/create-loaders';
import { createTestGraph, type TestGraph } from './helpers/test-app';

const SENTENCE = 'He said "¿qué?" \\ then 🚀 — and\nleft.';
const SALIENCE = 0.1 + 0.2;

/** One person with a salience that JSON printers round and a sentence full of escapes. */
const oneTrickyMention: Extractor = {
  extract: () => ({
    entities: [
      {
        kind: 'PERSON',
        name: 'Ada "The Countess" Lovelace',
        countryCode: null,
        aliases: ['Ada', 'Lovelace'],
        count: 2,
        salience: SALIENCE,
        evidence: [{ field: 'body', start: 0, end: 2, sentence: SENTENCE, sentenceStart: 0 }],
      },
    ],
  }),
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(oneTrickyMention);
});
afterAll(() => graph.close());

describe('loaders › rows read by key as the backend sends them fastest', () => {
  it('give back exactly what was stored: doubles, escapes, nulls, dates and JSON columns', async () => {
    const outcome = await graph.app.services.ingest.ingest({
      title: 'A title',
      body: 'Body text.',
      publishedAt: new Date('2025-03-04T08:00:00.123Z'),
    });
    if (outcome.status === 'REJECTED') throw new Error('rejected');
    const loaders = createLoaders(graph.app.dataSource);

    const [mention] = await loaders.mentionsOfArticle.load({
      articleId: outcome.article.id,
      kind: null,
      first: 20,
    });
    expect(mention.salience).toBe(SALIENCE);
    expect(mention.count).toBe(2);
    expect(mention.evidence[0].sentence).toBe(SENTENCE);

    const entity = await loaders.entityById.load(mention.entityId);
    expect(entity).toMatchObject({ name: 'Ada "The Countess" Lovelace', countryCode: null });
    expect(entity!.aliases.sort()).toEqual(['Ada', 'Lovelace']);

    const article = await loaders.articleById.load(outcome.article.id);
    expect(article!.publishedAt).toEqual(new Date('2025-03-04T08:00:00.123Z'));
    expect(article!.ingestedAt).toBeInstanceOf(Date);
    expect(article).toMatchObject({ title: 'A title', body: 'Body text.', url: null, summary: null });
  });
});

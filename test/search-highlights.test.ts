import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extraction';
import { SearchDocument } from '../src/client';
import { execute } from './helpers/execute';
import { createTestGraph, type TestGraph } from './helpers/test-app';

const FILLER = 'The delegation toured two factories and met local officials before the talks resumed. ';
const ARTICLE = {
  url: 'https://news.example/2025/summit-sao-paulo',
  title: 'Leaders meet in São Paulo for the trade summit',
  body: `${FILLER.repeat(6)}On Monday Erdoğan spoke in São Paulo about tariffs. ${FILLER.repeat(6)}The mayor of Москва sent a message.`,
  publishedAt: '2025-05-01T09:00:00Z',
  source: 'Test Wire',
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(createExtractor());
  await graph.app.services.ingest.ingest(ARTICLE);
});
afterAll(() => graph.close());

const marked = (text: { text: string; highlights: { start: number; end: number }[] }) =>
  text.highlights.map((h) => text.text.slice(h.start, h.end));

describe('search › highlights', () => {
  it('words typed without accents find and mark the accented words, at their offsets in the stored text', async () => {
    const result = await execute(graph.server, SearchDocument, { query: 'sao paulo erdogan', first: 5 });
    expect(result.errors).toBeUndefined();
    const [edge] = result.data!.search.edges;
    expect(edge.node.url).toBe(ARTICLE.url);
    const { title, snippet } = edge.highlight!;
    expect(title.text).toBe(ARTICLE.title);
    expect(marked(title)).toEqual(['São', 'Paulo']);
    expect(marked(snippet)).toEqual(['Erdoğan', 'São', 'Paulo']);
  });

  it('words of any script are found and marked, whatever their case', async () => {
    const result = await execute(graph.server, SearchDocument, { query: 'москва', first: 5 });
    expect(result.errors).toBeUndefined();
    expect(marked(result.data!.search.edges[0].highlight!.snippet)).toEqual(['Москва']);
  });

  it('the snippet is a stretch of the body around the match, marked "…" where it was cut', async () => {
    const result = await execute(graph.server, SearchDocument, { query: 'tariffs', first: 5 });
    const { snippet } = result.data!.search.edges[0].highlight!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(ARTICLE.body).toContain(snippet.text.slice(1, -1));
    expect(snippet.text.split(' ').length).toBeLessThanOrEqual(26);
    expect(marked(snippet)).toEqual(['tariffs']);
  });
});

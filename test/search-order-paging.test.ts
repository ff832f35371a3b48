import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../src/extraction/types';
import { executeText } from './helpers/execute';
import { createTestGraph, type TestGraph } from './helpers/test-app';

/**
 * Seven articles that match "zephyr" (two in the title, five only in the body) and one that does
 * not; each published on its own day, so the NEWEST order is known from this table, and title
 * matches come first under RELEVANCE on both backends (title weight 4 in bm25, A vs B in ts_rank).
 */
const STORIES = [
  { n: 1, day: 3, title: 'Zephyr over the bay', body: 'A mild wind.' },
  { n: 2, day: 7, title: 'The zephyr returns', body: 'A mild wind again.' },
  { n: 3, day: 1, title: 'Weather notes', body: 'A zephyr came through in the morning.' },
  { n: 4, day: 5, title: 'Sailing report', body: 'Boats waited for a zephyr all day.' },
  { n: 5, day: 2, title: 'Harbour log', body: 'Calm, then a zephyr by noon.' },
  { n: 6, day: 8, title: 'Kite festival', body: 'The zephyr lifted every kite.' },
  { n: 7, day: 4, title: 'Orchard diary', body: 'Blossoms moved in the zephyr.' },
  { n: 8, day: 6, title: 'Market prices', body: 'Nothing about wind at all.' },
] as const;

const HITS = [1, 2, 3, 4, 5, 6, 7];
const NEWEST = [6, 2, 4, 7, 1, 5, 3];

const extractor: Extractor = { extract: () => ({ entities: [] }) };

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(extractor);
  await graph.app.services.ingest.ingestMany(
    STORIES.map((s) => ({
      title: s.title,
      body: s.body,
      url: `https://example.com/zephyr/${s.n}`,
      publishedAt: new Date(Date.UTC(2025, 2, s.day)),
    })),
  );
});
afterAll(() => graph.close());

interface SearchPage {
  totalCount: number;
  edges: { cursor: string; node: { url: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

async function search(args: string): Promise<SearchPage> {
  const result = await executeText(
    graph.server,
    `{ search(query: "zephyr", ${args}) { totalCount edges { cursor node { url } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
  );
  expect(result.errors).toBeUndefined();
  return (result.data as unknown as { search: SearchPage }).search;
}

async function refusal(args: string) {
  const result = await executeText(graph.server, `{ search(query: "zephyr", ${args}) { totalCount } }`);
  expect(result.errors).toHaveLength(1);
  return {
    code: result.errors![0].extensions?.code,
    argumentName: result.errors![0].extensions?.argumentName,
  };
}

const numbers = (page: SearchPage) => page.edges.map((e) => Number(e.node.url.split('/').pop()));

/** Every hit, walking forward pages of `size`. */
async function walkForward(order: string, size: number): Promise<number[]> {
  const seen: number[] = [];
  let after = '';
  for (;;) {
    const page = await search(`orderBy: ${order}, first: ${size}${after}`);
    seen.push(...numbers(page));
    if (!page.pageInfo.hasNextPage) return seen;
    after = `, after: "${page.pageInfo.endCursor}"`;
  }
}

/** Every hit, walking backward pages of `size` from the end, put back in list order. */
async function walkBackward(order: string, size: number): Promise<number[]> {
  const pages: number[][] = [];
  let before = '';
  for (;;) {
    const page = await search(`orderBy: ${order}, last: ${size}${before}`);
    pages.unshift(numbers(page));
    if (!page.pageInfo.hasPreviousPage) return pages.flat();
    before = `, before: "${page.pageInfo.startCursor}"`;
  }
}

describe('search › orderBy', () => {
  it('RELEVANCE (the default) › every hit once, the two title matches first', async () => {
    const ranked = await walkForward('RELEVANCE', 3);
    expect([...ranked].sort()).toEqual(HITS);
    expect(ranked.slice(0, 2).sort()).toEqual([1, 2]);
    expect(numbers(await search('first: 7'))).toEqual(ranked);
  });

  it('NEWEST › hits by publication date, newest first', async () => {
    expect(await walkForward('NEWEST', 3)).toEqual(NEWEST);
    expect((await search('orderBy: NEWEST, first: 2')).totalCount).toBe(7);
  });
});

describe('search › backward paging (last/before)', () => {
  it.each(['RELEVANCE', 'NEWEST'])(
    '%s › walking back from the end meets the forward order, page sizes 1 to 4',
    async (order) => {
      const forward = await walkForward(order, 2);
      expect(forward).toHaveLength(7);
      for (const size of [1, 2, 3, 4]) expect(await walkBackward(order, size)).toEqual(forward);
    },
  );

  it('last without before is the end of the list; before a cursor is what precedes it', async () => {
    const forward = await walkForward('RELEVANCE', 7);
    const last = await search('last: 2');
    expect(numbers(last)).toEqual(forward.slice(5));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const all = await search('first: 7');
    const fifth = all.edges[4].cursor;
    const before = await search(`last: 3, before: "${fifth}"`);
    expect(numbers(before)).toEqual(forward.slice(1, 4));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await search(`last: 5, before: "${fifth}"`);
    expect(numbers(start)).toEqual(forward.slice(0, 4));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });
});

describe('search › cursors belong to their order', () => {
  it('a RELEVANCE cursor given to NEWEST, and the other way, › BAD_USER_INPUT naming after or before', async () => {
    const relevance = (await search('first: 2')).pageInfo.endCursor!;
    const newest = (await search('orderBy: NEWEST, first: 2')).pageInfo.endCursor!;
    const badAfter = { code: 'BAD_USER_INPUT', argumentName: 'after' };
    const badBefore = { code: 'BAD_USER_INPUT', argumentName: 'before' };
    expect(await refusal(`orderBy: NEWEST, first: 2, after: "${relevance}"`)).toEqual(badAfter);
    expect(await refusal(`orderBy: RELEVANCE, first: 2, after: "${newest}"`)).toEqual(badAfter);
    expect(await refusal(`orderBy: NEWEST, last: 2, before: "${relevance}"`)).toEqual(badBefore);
    expect(await refusal(`last: 2, before: "${newest}"`)).toEqual(badBefore);
  });

  it('first with last, and after with before › BAD_USER_INPUT', async () => {
    expect((await refusal('first: 2, last: 2')).code).toBe('BAD_USER_INPUT');
    expect(await refusal('last: 101')).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'last' });
  });
});

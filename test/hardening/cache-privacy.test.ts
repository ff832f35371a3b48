import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extraction/types';
import { listen, postGraphQL, type Listening } from '../helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

// Caching needs no entities: an extractor that finds none keeps this file fast.
const noEntities: Extractor = { extract: () => ({ entities: [] }) };
const READ = '{ countries { code } }';
const withKey = { authorization: `Bearer ${TEST_API_KEY}` };

const varyFields = (response: Response) =>
  (response.headers.get('vary') ?? '')
    .split(',')
    .map((field) => field.trim().toLowerCase())
    .filter(Boolean);

function getRead(base: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/graphql?query=${encodeURIComponent(READ)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
}

describe('cache privacy › reads need a key (CONTENT_GRAPH_REQUIRE_KEY_FOR_READS=1)', () => {
  let graph: TestGraph;
  let http: Listening;
  beforeAll(async () => {
    graph = await createTestGraph(noEntities, { CONTENT_GRAPH_REQUIRE_KEY_FOR_READS: '1' });
    http = await listen(graph.server);
  });
  afterAll(async () => {
    await http.close();
    await graph.close();
  });

  it('a keyed GET read is private and varies on Authorization, so no shared cache hands it out', async () => {
    const response = await getRead(http.base, withKey);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { countries: unknown[] } }).data.countries.length).toBe(250);
    expect(response.headers.get('cache-control')).toBe('max-age=60, private');
    expect(varyFields(response)).toEqual(expect.arrayContaining(['accept', 'authorization']));
  });

  it('the same GET without the key is refused and not stored', async () => {
    const response = await getRead(http.base);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('cache privacy › public reads (the default)', () => {
  let graph: TestGraph;
  let http: Listening;
  beforeAll(async () => {
    graph = await createTestGraph(noEntities);
    http = await listen(graph.server);
  });
  afterAll(async () => {
    await http.close();
    await graph.close();
  });

  it('a read without Authorization stays publicly cacheable and varies on Authorization', async () => {
    for (const response of [await getRead(http.base), await postGraphQL(http.base, { query: READ })]) {
      expect(response.headers.get('cache-control')).toBe('max-age=60, public');
      expect(varyFields(response)).toContain('authorization');
    }
  });

  it('a read that carries Authorization is private, on GET and on POST', async () => {
    for (const response of [
      await getRead(http.base, withKey),
      await postGraphQL(http.base, { query: READ }, withKey),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('max-age=60, private');
      expect(varyFields(response)).toContain('authorization');
    }
  });
});

import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extraction/types';
import { createCacheControlPlugins } from '../../src/schema/cache-control';
import { listen, type Listening } from '../helpers/http-listener';
import { SharedCache } from '../helpers/shared-cache';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

// Caching needs no entities: an extractor that finds none keeps this file fast.
const noEntities: Extractor = { extract: () => ({ entities: [] }) };
const READ_PATH = `/graphql?query=${encodeURIComponent('{ countries { code } }')}`;
// A GET must carry a non-simple header to pass Apollo's CSRF prevention.
const PREFLIGHTED = { 'apollo-require-preflight': 'true' };
const withKey = { ...PREFLIGHTED, authorization: `Bearer ${TEST_API_KEY}` };
const withCookie = { ...PREFLIGHTED, cookie: 'session=abc' };

const codeOf = (body: string) =>
  (JSON.parse(body) as { errors?: { extensions: { code: string } }[] }).errors?.[0].extensions.code;
const countriesIn = (body: string) =>
  (JSON.parse(body) as { data: { countries: unknown[] } }).data.countries.length;
const varyFields = (headers: Headers) =>
  (headers.get('vary') ?? '')
    .split(',')
    .map((field) => field.trim().toLowerCase())
    .filter(Boolean);

async function serve(env: NodeJS.ProcessEnv) {
  const graph = await createTestGraph(noEntities, env);
  const http = await listen(graph.server);
  return {
    graph,
    http,
    close: async () => {
      await http.close();
      await graph.close();
    },
  };
}

describe('shared cache › reads need a key (CONTENT_GRAPH_REQUIRE_KEY_FOR_READS=1)', () => {
  let served: { graph: TestGraph; http: Listening; close(): Promise<void> };
  beforeAll(async () => {
    served = await serve({ CONTENT_GRAPH_REQUIRE_KEY_FOR_READS: '1' });
  });
  afterAll(() => served.close());

  it("a keyed client's GET is private, varies on Authorization, and is never handed to a keyless client", async () => {
    const cache = new SharedCache(served.http.base);
    const keyed = await cache.fetch(READ_PATH, { headers: withKey });
    expect(keyed.status).toBe(200);
    expect(countriesIn(keyed.body)).toBe(250);
    expect(keyed.headers.get('cache-control')).toBe('max-age=60, private');
    expect(varyFields(keyed.headers)).toEqual(expect.arrayContaining(['accept', 'authorization']));

    const keyless = await cache.fetch(READ_PATH, { headers: PREFLIGHTED });
    expect(keyless.hit).toBe(false);
    expect(codeOf(keyless.body)).toBe('UNAUTHENTICATED');
    expect(keyless.headers.get('cache-control')).toBe('no-store');
    expect(cache.storedCount).toBe(0);
    expect(cache.originRequests).toBe(2);
  });

  it('a GET with only a cookie is refused, and the refusal is not stored', async () => {
    const cache = new SharedCache(served.http.base);
    for (const attempt of [1, 2]) {
      const response = await cache.fetch(READ_PATH, { headers: withCookie });
      expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
      expect(cache.originRequests).toBe(attempt);
    }
  });
});

describe('shared cache › public reads (the default), CORS for two origins', () => {
  let served: { graph: TestGraph; http: Listening; close(): Promise<void> };
  beforeAll(async () => {
    served = await serve({ CONTENT_GRAPH_CORS_ORIGINS: 'https://a.example, https://b.example' });
  });
  afterAll(() => served.close());

  it('a public GET without credentials is stored and served again without reaching the server', async () => {
    const cache = new SharedCache(served.http.base);
    const first = await cache.fetch(READ_PATH, { headers: PREFLIGHTED });
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    const second = await cache.fetch(READ_PATH, { headers: PREFLIGHTED });
    expect(second.hit).toBe(true);
    expect(second.body).toBe(first.body);
    expect(cache.originRequests).toBe(1);
  });

  it('GETs with credentials (a key or a cookie) are private: neither is stored nor served to anyone', async () => {
    const cache = new SharedCache(served.http.base);
    for (const headers of [withKey, withCookie]) {
      const response = await cache.fetch(READ_PATH, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('max-age=60, private');
      expect(varyFields(response.headers)).toContain('authorization');
    }
    expect(cache.storedCount).toBe(0);
    const keyless = await cache.fetch(READ_PATH, { headers: PREFLIGHTED });
    expect(keyless.hit).toBe(false);
    // The public answer now stored is not handed to a keyed request either: it varies on Authorization.
    expect((await cache.fetch(READ_PATH, { headers: withKey })).hit).toBe(false);
    expect(cache.originRequests).toBe(4);
  });

  it("an answer asking for the caller's own cost report is private, and a stored public answer is not served for it", async () => {
    const cache = new SharedCache(served.http.base);
    const withCost = { ...PREFLIGHTED, 'x-content-graph-cost': '1' };
    const report = await cache.fetch(READ_PATH, { headers: withCost });
    expect(report.headers.get('cache-control')).toBe('max-age=60, private');
    expect(cache.storedCount).toBe(0);
    await cache.fetch(READ_PATH, { headers: PREFLIGHTED });
    expect((await cache.fetch(READ_PATH, { headers: withCost })).hit).toBe(false);
  });

  it("one origin's stored answer is not served to another origin (Vary keeps Origin beside Authorization)", async () => {
    const cache = new SharedCache(served.http.base);
    const fromA = await cache.fetch(READ_PATH, { headers: { ...PREFLIGHTED, origin: 'https://a.example' } });
    expect(fromA.headers.get('access-control-allow-origin')).toBe('https://a.example');
    expect(varyFields(fromA.headers)).toEqual(expect.arrayContaining(['origin', 'authorization']));
    const fromB = await cache.fetch(READ_PATH, { headers: { ...PREFLIGHTED, origin: 'https://b.example' } });
    expect(fromB.hit).toBe(false);
    expect(fromB.headers.get('access-control-allow-origin')).toBe('https://b.example');
  });

  it('error answers are never stored: a failing GET, a batch with one failing operation, a refused batch', async () => {
    const cache = new SharedCache(served.http.base);
    const failing = `/graphql?query=${encodeURIComponent('{ countries { nope } }')}`;
    const batch = (operations: number) =>
      cache.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([
          { query: '{ countries { nope } }' },
          ...Array.from({ length: operations - 1 }, () => ({ query: '{ countries { code } }' })),
        ]),
      });
    for (const attempt of [1, 2]) {
      const answers = [await cache.fetch(failing, { headers: PREFLIGHTED }), await batch(2), await batch(11)];
      expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400]);
      expect(answers.map((answer) => answer.headers.get('cache-control'))).toEqual([
        'no-store',
        'no-store',
        'no-store',
      ]);
      expect(cache.originRequests).toBe(3 * attempt);
    }
    expect(cache.storedCount).toBe(0);
  });
});

describe('cache-control plugin › a batch shares one response head', () => {
  type Listener = { willSendResponse(context: unknown): Promise<void> };
  const plugin = createCacheControlPlugins({
    maxAgeSeconds: 60,
    requireKeyForReads: false,
  })[1] as unknown as {
    requestDidStart(context: unknown): Promise<Listener>;
  };
  const answer = (operation: 'query' | 'mutation', errors: boolean, head: { headers: HeaderMap }) => ({
    operation: { operation },
    request: { http: { headers: new HeaderMap() } },
    response: {
      http: head,
      body: { kind: 'single', singleResult: errors ? { errors: [{}] } : { data: {} } },
    },
  });

  it('the strictest policy wins, in whichever order the operations finish', async () => {
    for (const strict of [
      answer('mutation', false, { headers: new HeaderMap() }),
      answer('query', true, { headers: new HeaderMap() }),
    ]) {
      for (const order of ['strict first', 'read first']) {
        const head = { headers: new HeaderMap() };
        const read = answer('query', false, head);
        const other = { ...strict, response: { ...strict.response, http: head } };
        for (const context of order === 'strict first' ? [other, read] : [read, other]) {
          await (await plugin.requestDidStart(context)).willSendResponse(context);
        }
        expect(head.headers.get('cache-control')).toBe('no-store');
      }
    }
    const head = { headers: new HeaderMap() };
    for (const context of [answer('query', false, head), answer('query', false, head)]) {
      await (await plugin.requestDidStart(context)).willSendResponse(context);
    }
    expect(head.headers.get('cache-control')).toBe('max-age=60, public');
  });
});

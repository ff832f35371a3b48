import { createHash } from 'node:crypto';
import { getOperationAST, validate, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '../src/client';
import { ConfigError, loadConfig } from '../src/config';
import type { Extractor } from '../src/extraction/types';
import { buildContentGraphSchemaSync } from '../src/schema/build-schema';
import { listen, postGraphQL, type GraphQLBody, type Listening } from './helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from './helpers/test-app';

const DASHBOARD = 'https://dashboard.example.org';
// HTTP behaviour needs no entities: an extractor that finds none keeps this file fast.
const noEntities: Extractor = { extract: () => ({ entities: [] }) };
let graph: TestGraph;
let http: Listening;

beforeAll(async () => {
  graph = await createTestGraph(noEntities, {
    CONTENT_GRAPH_CORS_ORIGINS: `${DASHBOARD}, http://localhost:5173`,
  });
  http = await listen(graph.server);
});
afterAll(async () => {
  await http.close();
  await graph.close();
});

const json = async (response: Response) => (await response.json()) as GraphQLBody;

const post = (body: unknown, headers: Record<string, string> = {}) => postGraphQL(http.base, body, headers);

const sdkDocuments = Object.entries(sdk).filter(([name]) => name.endsWith('Document')) as [
  string,
  DocumentNode,
][];

describe('client SDK', () => {
  it('every generated operation is valid against the schema; every query appears in the playground', async () => {
    const schema = buildContentGraphSchemaSync();
    expect(sdkDocuments.length).toBe(12);
    const page = await (await fetch(`${http.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const queries = sdkDocuments.filter(([, document]) => getOperationAST(document)?.operation === 'query');
    expect(queries.length).toBe(11);
    for (const [name, document] of sdkDocuments) expect(validate(schema, document), name).toEqual([]);
    for (const [name] of queries) expect(page).toContain(`query ${name.replace(/Document$/, '')}`);
  });
});

describe('automatic persisted queries', () => {
  const query = '{ country(code: "KP") { name } }';
  const hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };

  it('a hash-only request works after the query was registered once, also as a cacheable GET', async () => {
    const unknown = await json(await post({ extensions }));
    expect(unknown.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await json(await post({ query, extensions }));
    expect(register.data).toEqual({ country: { name: 'North Korea' } });
    const hashOnly = await json(await post({ extensions }));
    expect(hashOnly).toEqual({ data: { country: { name: 'North Korea' } } });

    const get = await fetch(
      `${http.base}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(await json(get)).toEqual({ data: { country: { name: 'North Korea' } } });
    expect(get.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('a wrong hash for a query is refused with 400 and never runs the query', async () => {
    const response = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions!.code).toBe('BAD_REQUEST');
  });
});

describe('cache-control hints', () => {
  it('reads are public for 60 seconds; mutations and errors are no-store', async () => {
    const read = await post({ query: '{ countries { code } }' });
    expect(read.headers.get('cache-control')).toBe('max-age=60, public');
    const mutation = await post(
      {
        query: 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status } }',
        variables: { i: { title: 'Kenya votes', body: 'Voters in Nairobi queued early.' } },
      },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect((await json(mutation)).data).toEqual({ ingestArticle: { status: 'CREATED' } });
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    const failed = await post({ query: '{ articles(first: 500) { totalCount } }' });
    expect(failed.headers.get('cache-control')).toBe('no-store');
  });

  it('CONTENT_GRAPH_CACHE_MAX_AGE sets the age; 0 turns caching off', async () => {
    const cacheControlOfARead = async (maxAge: string) => {
      const configured = await createTestGraph(noEntities, { CONTENT_GRAPH_CACHE_MAX_AGE: maxAge });
      try {
        const listening = await listen(configured.server);
        try {
          const read = await postGraphQL(listening.base, { query: '{ country(code: "KP") { name } }' });
          expect(await json(read)).toEqual({ data: { country: { name: 'North Korea' } } });
          return read.headers.get('cache-control');
        } finally {
          await listening.close();
        }
      } finally {
        await configured.close();
      }
    };
    expect(await cacheControlOfARead('300')).toBe('max-age=300, public');
    expect(await cacheControlOfARead('0')).toBe('no-store');
    expect(() => loadConfig({ CONTENT_GRAPH_CACHE_MAX_AGE: '-1' })).toThrow(ConfigError);
  });
});

describe('CORS', () => {
  const listOf = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase());

  it('a preflight for every header the API reads is allowed', async () => {
    const requested = ['content-type', 'authorization', 'x-request-id', 'x-content-graph-cost'];
    const preflight = await fetch(`${http.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: DASHBOARD,
        'access-control-request-method': 'POST',
        'access-control-request-headers': requested.join(', '),
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(listOf(preflight.headers.get('access-control-allow-methods'))).toContain('post');
    expect(listOf(preflight.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining([...requested, 'apollo-require-preflight']),
    );
  });

  it('a cross-origin POST exposes the request id, Retry-After and the rate-limit fields to the page', async () => {
    const response = await post(
      { query: '{ countries { code } }' },
      { origin: DASHBOARD, 'x-request-id': 'dashboard-42', authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const exposed = listOf(response.headers.get('access-control-expose-headers'));
    const needed = [
      'x-request-id',
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
    ];
    expect(exposed).toEqual(expect.arrayContaining(needed));
    expect(response.headers.get('x-request-id')).toBe('dashboard-42');
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeGreaterThan(0);
  });

  it('any other origin gets no CORS headers, so browsers block it', async () => {
    const response = await post({ query: '{ countries { code } }' }, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CONTENT_GRAPH_CORS_ORIGINS must list origins (or *)', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CONTENT_GRAPH_CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(() => loadConfig({ CONTENT_GRAPH_CORS_ORIGINS: 'dashboard.example.org/path' })).toThrow(
      /CONTENT_GRAPH_CORS_ORIGINS/,
    );
  });
});

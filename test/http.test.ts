import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extraction';
import { listen, postGraphQL, type GraphQLBody, type Listening } from './helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from './helpers/test-app';

let graph: TestGraph;
let http: Listening;

beforeAll(async () => {
  graph = await createTestGraph(createExtractor(), { CONTENT_GRAPH_MAX_REQUEST_BYTES: '200000' });
  http = await listen(graph.server);
});
afterAll(async () => {
  await http.close();
  await graph.close();
});

const json = async (response: Response) => (await response.json()) as GraphQLBody;

const post = (body: unknown, headers: Record<string, string> = {}) => postGraphQL(http.base, body, headers);

describe('HTTP', () => {
  it('POST /graphql answers a query', async () => {
    const response = await post({ query: '{ country(code: "DPRK") { name capital } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { country: { name: 'North Korea', capital: 'Pyongyang' } },
    });
  });

  it('the ingest mutation over HTTP needs the bearer key', async () => {
    const mutation = {
      query: 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status } }',
      variables: { i: { title: 'Kenya votes', body: 'Voters in Nairobi queued early.' } },
    };
    const anonymous = await json(await post(mutation));
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const keyed = await json(await post(mutation, { authorization: `Bearer ${TEST_API_KEY}` }));
    expect(keyed.data).toEqual({ ingestArticle: { status: 'CREATED' } });
  });

  it('a body over the limit is refused with 413 and PAYLOAD_TOO_LARGE', async () => {
    const response = await post({ query: `{ countries { code } } #${'x'.repeat(300_000)}` });
    expect(response.status).toBe(413);
    expect((await json(response)).errors![0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('malformed JSON is a 400 with BAD_REQUEST', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect((await json(response)).errors![0].extensions.code).toBe('BAD_REQUEST');
  });

  it('CSRF prevention blocks a simple GET query without a preflight header', async () => {
    const url = `${http.base}/graphql?query=${encodeURIComponent('{ country(code: "KP") { code } }')}`;
    const response = await fetch(url);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    // Apollo's CSRF refusal: BAD_REQUEST, told apart from other bad requests by its message.
    expect(body.errors![0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors![0].message).toContain('Cross-Site Request Forgery (CSRF)');
    // The same GET with the preflight header is answered.
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await json(allowed)).toEqual({ data: { country: { code: 'KP' } } });
  });

  it('GET /graphql from a browser serves the offline playground with the example query', async () => {
    const response = await fetch(`${http.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('mentionsAll: [\\"China\\", \\"North Korea\\"]');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('GET /healthz answers ok', async () => {
    const response = await fetch(`${http.base}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleEvidenceDocument,
  ContentGraphClient,
  ContentGraphRequestError,
  CountryCoMentionsDocument,
  IngestArticleDocument,
} from '../src/client';
import { createExtractor } from '../src/extraction';
import { HARBOUR_ARTICLE, RAIL_LINK_ARTICLE } from './helpers/client-articles';
import { listen, type Listening } from './helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from './helpers/test-app';

let graph: TestGraph;
let server: Listening;
let url: string;

beforeAll(async () => {
  graph = await createTestGraph(createExtractor());
  server = await listen(graph.server);
  url = `${server.base}/graphql`;
});
afterAll(async () => {
  await server.close();
  await graph.close();
});

/** The rejection of a request, which must be a ContentGraphRequestError. */
async function requestError(request: Promise<unknown>): Promise<ContentGraphRequestError> {
  const error = await request.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ContentGraphRequestError);
  return error as ContentGraphRequestError;
}

describe('ContentGraphClient', () => {
  it('ingests with the API key as a bearer token and answers typed data', async () => {
    const writer = new ContentGraphClient({ url, apiKey: TEST_API_KEY });
    for (const article of [RAIL_LINK_ARTICLE, HARBOUR_ARTICLE]) {
      const { ingestArticle } = await writer.request(IngestArticleDocument, { input: article });
      expect(ingestArticle.status).toBe('CREATED');
    }

    const reader = new ContentGraphClient({ url });
    const { articles } = await reader.request(ArticleEvidenceDocument, {
      filter: { mentionsAll: ['China', 'North Korea'] },
    });
    expect(articles.totalCount).toBe(1);
    expect(articles.edges[0].node).toEqual({ title: RAIL_LINK_ARTICLE.title, url: RAIL_LINK_ARTICLE.url });
    expect(articles.edges[0].matches.map((match) => match.entity.name)).toEqual(['China', 'North Korea']);
  });

  it('variables may be left out when every one has a default', async () => {
    const { country } = await new ContentGraphClient({ url }).request(CountryCoMentionsDocument);
    expect(country?.name).toBe('North Korea');
  });

  it('GraphQL errors reject with their codes, messages, HTTP status and partial data', async () => {
    const client = new ContentGraphClient({ url });
    const unknown = await requestError(
      client.request(ArticleEvidenceDocument, { filter: { mentionsAll: ['Atlantis'] } }),
    );
    expect(unknown.codes).toEqual(['NOT_FOUND']);
    expect(unknown.status).toBe(200);
    expect(unknown.errors[0].message).toContain('"Atlantis"');
    expect(unknown.errors[0].path).toEqual(['articles']);
    expect(unknown.data).toBeNull();
    expect(unknown.message).toBe(`HTTP 200: NOT_FOUND: ${unknown.errors[0].message}`);

    const anonymousWrite = await requestError(
      client.request(IngestArticleDocument, { input: { title: 'Kenya votes', body: 'Voters queued.' } }),
    );
    expect(anonymousWrite.codes).toEqual(['UNAUTHENTICATED']);
    expect(anonymousWrite.status).toBe(401);
  });

  it('a wrong API key is refused before anything runs (HTTP 401)', async () => {
    const error = await requestError(
      new ContentGraphClient({ url, apiKey: 'not-a-key' }).request(CountryCoMentionsDocument),
    );
    expect(error.status).toBe(401);
    expect(error.codes).toEqual(['UNAUTHENTICATED']);
  });

  it('the server enforces required variables as the types do', async () => {
    const client = new ContentGraphClient({ url, apiKey: TEST_API_KEY });
    // @ts-expect-error IngestArticle requires $input: tsc refuses the call without it.
    const error = await requestError(client.request(IngestArticleDocument));
    expect(error.status).toBe(400);
    expect(error.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('an answer that is not a GraphQL response rejects with its status and no errors', async () => {
    const proxy = http.createServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const client = new ContentGraphClient({ url: `http://127.0.0.1:${port}/graphql` });
      const error = await requestError(client.request(CountryCoMentionsDocument));
      expect(error.status).toBe(502);
      expect(error.errors).toEqual([]);
      expect(error.message).toBe('HTTP 502: the answer is not a GraphQL response (text/html)');
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

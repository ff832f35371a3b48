import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeysCreateCommand } from '../../src/cli/keys.command';
import { Article } from '../../src/entities/article';
import { createExtractor } from '../../src/extraction';
import type { Extractor } from '../../src/extraction/types';
import { hashApiKey } from '../../src/core/api-keys';
import { executeText } from '../helpers/execute';
import { listen, postGraphQL, type GraphQLBody } from '../helpers/http-listener';
import { createTestGraph, type TestGraph } from '../helpers/test-app';

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`;
const ARTICLE = { input: { title: 'Chile and Peru talk trade', body: 'Santiago and Lima met on Monday.' } };

/** Runs `content-graph keys create` in-process and reads the key and the configuration line. */
function createKey(): { key: string; hashLine: string } {
  let text = '';
  runKeysCreateCommand(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
  );
  return {
    key: /API key \(shown once; give it to the client\): (\S+)/.exec(text)![1],
    hashLine: /^CONTENT_GRAPH_API_KEY_HASHES=(\S+)$/m.exec(text)![1],
  };
}

let extractor: Extractor;
let graph: TestGraph;
const active = createKey();
const revoked = createKey();

beforeAll(async () => {
  extractor = createExtractor();
  graph = await createTestGraph(extractor, {
    CONTENT_GRAPH_API_KEYS: '',
    CONTENT_GRAPH_API_KEY_HASHES: active.hashLine,
    CONTENT_GRAPH_REVOKED_KEY_HASHES: revoked.hashLine,
  });
});
afterAll(() => graph.close());

const articleCount = () => graph.app.dataSource.getRepository(Article).count();

describe('keys create', () => {
  it('prints a fresh random key and the sha256 line of exactly that key', () => {
    expect(active.key).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
    expect(active.hashLine).toBe(`sha256:${hashApiKey(active.key)}`);
    expect(revoked.key).not.toBe(active.key);
  });
});

describe('auth › mutations', () => {
  it.each([
    ['no key', undefined, 'UNAUTHENTICATED'],
    ['a wrong key', 'Bearer cgk_not-a-key-of-this-server-000000000000', 'UNAUTHENTICATED'],
    ['a malformed header', `Basic ${Buffer.from('user:pass').toString('base64')}`, 'UNAUTHENTICATED'],
    ['a revoked key', `Bearer ${revoked.key}`, 'FORBIDDEN'],
  ])('with %s › %s and nothing is written or read', async (_label, authorization, code) => {
    const articlesBefore = await articleCount();
    const statementsBefore = graph.app.statements.count;
    const result = await executeText(graph.server, INGEST, ARTICLE, authorization);
    expect(graph.app.statements.count).toBe(statementsBefore);
    expect(result.errors!.map((error) => error.extensions?.code)).toEqual([code]);
    expect(result.data ?? null).toBeNull();
    expect(await articleCount()).toBe(articlesBefore);
  });

  it('with a key from CONTENT_GRAPH_API_KEY_HASHES › the article is stored', async () => {
    const result = await executeText(graph.server, INGEST, ARTICLE, `Bearer ${active.key}`);
    expect(result).toEqual({ data: { ingestArticle: { status: 'CREATED' } } });
  });

  it('over HTTP › 401 without a key, 403 with a revoked one', async () => {
    const http = await listen(graph.server);
    try {
      const anonymous = await postGraphQL(http.base, { query: INGEST, variables: ARTICLE });
      expect(anonymous.status).toBe(401);
      const withRevoked = await postGraphQL(
        http.base,
        { query: INGEST, variables: ARTICLE },
        { authorization: `Bearer ${revoked.key}` },
      );
      expect(withRevoked.status).toBe(403);
      expect(((await withRevoked.json()) as GraphQLBody).errors![0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await http.close();
    }
  });
});

describe('auth › reads', () => {
  it('are public by default', async () => {
    expect(await executeText(graph.server, '{ country(code: "CL") { name } }')).toEqual({
      data: { country: { name: 'Chile' } },
    });
  });

  it('a wrong key on a read is refused rather than ignored', async () => {
    const result = await executeText(graph.server, '{ countries { code } }', undefined, 'Bearer nope');
    expect(result.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('CONTENT_GRAPH_REQUIRE_KEY_FOR_READS=1 › reads need a key too', async () => {
    const closed = await createTestGraph(extractor, {
      CONTENT_GRAPH_API_KEYS: '',
      CONTENT_GRAPH_API_KEY_HASHES: active.hashLine,
      CONTENT_GRAPH_REQUIRE_KEY_FOR_READS: '1',
    });
    try {
      const anonymous = await executeText(closed.server, '{ country(code: "CL") { name } }');
      expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      const keyed = await executeText(
        closed.server,
        '{ country(code: "CL") { name } }',
        undefined,
        `Bearer ${active.key}`,
      );
      expect(keyed).toEqual({ data: { country: { name: 'Chile' } } });
    } finally {
      await closed.close();
    }
  });
});

describe('production defaults', () => {
  it('NODE_ENV=production › no introspection, no playground; CONTENT_GRAPH_INTROSPECTION=1 brings it back', async () => {
    const production = await createTestGraph(extractor, { NODE_ENV: 'production' });
    const reopened = await createTestGraph(extractor, {
      NODE_ENV: 'production',
      CONTENT_GRAPH_INTROSPECTION: '1',
    });
    const http = await listen(production.server);
    try {
      const hidden = await executeText(production.server, '{ __schema { queryType { name } } }');
      expect(hidden.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const shown = await executeText(reopened.server, '{ __schema { queryType { name } } }');
      expect(shown).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const page = await fetch(`${http.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('<html');
    } finally {
      await http.close();
      await production.close();
      await reopened.close();
    }
  });
});

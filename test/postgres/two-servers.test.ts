import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../helpers/serve-process';
import { TEST_API_KEY } from '../helpers/test-app';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
let servers: ServeProcess[] = [];

async function graphql(server: ServeProcess, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status article { id } userErrors { field message } } }`;

/** What a reader asks after each write: the list, a filter over the mentions, and an entity walk. */
const READ = `{
  articles(first: 50) { totalCount nodes { id title countries { code } } }
  both: articles(filter: { mentionsAll: ["Ghana", "Togo"] }) { totalCount nodes { id } }
  country(code: "GH") { articles(first: 50) { totalCount } }
  search(query: "border") { totalCount edges { node { id } } }
}`;

async function ingest(server: ServeProcess, n: number) {
  const result = await graphql(server, INGEST, {
    input: {
      url: `https://example.test/two-servers/${n}`,
      title: `Ghana and Togo border talks, round ${n}`,
      body: `Officials from Ghana and Togo met in Accra for round ${n} of talks on the border crossing at Aflao.`,
    },
  });
  const payload = (result.data as { ingestArticle: { status: string; article: { id: string } } })
    .ingestArticle;
  return payload;
}

async function sameAnswer(): Promise<Record<string, unknown>> {
  const [a, b] = [await graphql(servers[0], READ), await graphql(servers[1], READ)];
  expect(a.errors).toBeUndefined();
  expect(b).toEqual(a);
  return a.data!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url,
    CONTENT_GRAPH_API_KEYS: TEST_API_KEY,
    CONTENT_GRAPH_CACHE_MAX_AGE: '0',
  };
  servers = [await startServe(env), await startServe(env)];
  await Promise.all(servers.map((server) => server.logLine('listening')));
}, 120_000);

afterAll(async () => {
  for (const server of servers) {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }
  await database.drop();
});

describe('two content-graph serve processes on one PostgreSQL schema', () => {
  it('a write through one is answered identically by both, in either direction', async () => {
    expect((await sameAnswer()).articles).toEqual({ totalCount: 0, nodes: [] });

    const first = await ingest(servers[0], 1);
    expect(first.status).toBe('CREATED');
    const afterFirst = await sameAnswer();
    expect(afterFirst.both).toEqual({ totalCount: 1, nodes: [{ id: first.article.id }] });

    const second = await ingest(servers[1], 2);
    expect(second.status).toBe('CREATED');
    expect((await sameAnswer()).both).toMatchObject({ totalCount: 2 });

    // The same article sent to the other process is recognized there: one database, no duplicate.
    const again = await ingest(servers[1], 1);
    expect(again).toMatchObject({ status: 'UNCHANGED', article: { id: first.article.id } });
  });

  it('writes racing through both processes leave one consistent graph, without duplicates', async () => {
    const rounds = [3, 4, 5, 6, 7, 8];
    const outcomes = await Promise.all([...rounds, ...rounds].map((n, i) => ingest(servers[i % 2], n)));
    expect(outcomes.filter((outcome) => outcome.status === 'CREATED')).toHaveLength(rounds.length);
    const answer = await sameAnswer();
    expect(answer.articles).toMatchObject({ totalCount: 8 });
    expect(answer.both).toMatchObject({ totalCount: 8 });
    expect(answer.country).toEqual({ articles: { totalCount: 8 } });
    expect(answer.search).toMatchObject({ totalCount: 8 });
  });
});

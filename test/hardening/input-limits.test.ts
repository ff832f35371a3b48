import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extraction';
import { readArticleRecords } from '../../src/ingest/article-files';
import { toGlobalId } from '../../src/core/global-id';
import { validateArticleInput, type ArticleInput } from '../../src/services/article-input';
import { executeText } from '../helpers/execute';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

const extractor = createExtractor();
let graph: TestGraph;
let http: Listening;

beforeAll(async () => {
  graph = await createTestGraph(extractor);
  http = await listen(graph.server);
});
afterAll(async () => {
  await http.close();
  await graph.close();
});

/** Runs a query that must be refused as BAD_USER_INPUT naming `argumentName`, with no SQL statement run. */
async function refusedBeforeSql(query: string, variables: Record<string, unknown>, argumentName: string) {
  const before = graph.app.statements.count;
  const result = await executeText(graph.server, query, variables);
  expect(graph.app.statements.count - before).toBe(0);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  return result.errors![0].message;
}

const ARTICLES_BY_TEXT = 'query($s: String) { articles(filter: { text: $s }) { totalCount } }';
// mentionsAll needs a lookup statement (on a fresh graph), so this proves the text is checked first.
const ARTICLES_BY_COUNTRY_AND_TEXT =
  'query($s: String) { articles(filter: { mentionsAll: ["China"], text: $s }) { totalCount } }';
const SEARCH = 'query($s: String!) { search(query: $s) { totalCount } }';
// The documented defaults (docs/hardening.md), written out so the test reads as the contract.
const SEARCH_TEXT_LIMITS = { maxChars: 1_000, maxWords: 32 };
const MAX_NAME_CONTAINS_CHARS = 200;
const phrase = (words: number) => `"${'china '.repeat(words).trim()}"`;

describe('search text › words and characters are bounded, phrases included', () => {
  it('a 600,000-word phrase (3.6 MB) › BAD_USER_INPUT naming the argument, before any SQL', async () => {
    const huge = phrase(600_000);
    expect(huge.length).toBeGreaterThan(3_600_000);
    const message = await refusedBeforeSql(ARTICLES_BY_TEXT, { s: huge }, 'filter.text');
    expect(message).toContain(`at most ${SEARCH_TEXT_LIMITS.maxChars} are allowed`);
    await refusedBeforeSql(SEARCH, { s: huge }, 'query');
    await refusedBeforeSql(ARTICLES_BY_COUNTRY_AND_TEXT, { s: huge }, 'filter.text');
  });

  it("the issue's request over HTTP (3.6 MB, under the body limit) › answered at once with the error", async () => {
    const before = graph.app.statements.count;
    const response = await postGraphQL(http.base, {
      query: ARTICLES_BY_TEXT,
      variables: { s: phrase(600_000) },
    });
    const body = (await response.json()) as GraphQLBody;
    expect(graph.app.statements.count - before).toBe(0);
    expect(response.status).toBe(200);
    expect(body.errors!.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argumentName: 'filter.text' },
    ]);
  });

  it('one phrase of 33 words (one term, under the character limit) › refused for its words', async () => {
    const text = phrase(SEARCH_TEXT_LIMITS.maxWords + 1);
    expect(text.length).toBeLessThan(SEARCH_TEXT_LIMITS.maxChars);
    const message = await refusedBeforeSql(ARTICLES_BY_TEXT, { s: text }, 'filter.text');
    expect(message).toBe(
      'filter.text: the search text has 33 words; at most 32 are allowed, phrases included',
    );
    await refusedBeforeSql(SEARCH, { s: text }, 'query');
    await refusedBeforeSql(ARTICLES_BY_COUNTRY_AND_TEXT, { s: text }, 'filter.text');
  });

  it('words are counted across terms: 11 phrases of 3 words › refused', async () => {
    const text = Array.from({ length: 11 }, () => '"north korea china"').join(' ');
    await refusedBeforeSql(SEARCH, { s: text }, 'query');
  });

  it('1,001 characters in few words › refused for its length', async () => {
    const text = `china ${'x'.repeat(SEARCH_TEXT_LIMITS.maxChars - 5)}`;
    expect(text.length).toBe(SEARCH_TEXT_LIMITS.maxChars + 1);
    const message = await refusedBeforeSql(SEARCH, { s: text }, 'query');
    expect(message).toBe('query: the search text has 1001 characters; at most 1000 are allowed');
  });

  it('at the limits (32 words in one phrase, 1,000 characters) › searched', async () => {
    const longest = phrase(SEARCH_TEXT_LIMITS.maxWords);
    const widest = `china ${'x'.repeat(SEARCH_TEXT_LIMITS.maxChars - 6)}`;
    for (const text of [longest, widest]) {
      const search = await executeText(graph.server, SEARCH, { s: text });
      expect(search).toEqual({ data: { search: { totalCount: 0 } } });
      const articles = await executeText(graph.server, ARTICLES_BY_TEXT, { s: text });
      expect(articles).toEqual({ data: { articles: { totalCount: 0 } } });
    }
  });
});

describe('entities(filter: { nameContains }) › bounded', () => {
  const query = 'query($s: String) { entities(filter: { nameContains: $s }) { totalCount } }';

  it('50,001 characters (SQLite: "LIKE or GLOB pattern too complex") › BAD_USER_INPUT, before any SQL', async () => {
    const message = await refusedBeforeSql(query, { s: 'k'.repeat(50_001) }, 'filter.nameContains');
    expect(message).toBe(
      `filter.nameContains has 50001 characters; at most ${MAX_NAME_CONTAINS_CHARS} are allowed`,
    );
  });

  it('one character over the limit › refused; at the limit › answered', async () => {
    await refusedBeforeSql(query, { s: 'k'.repeat(MAX_NAME_CONTAINS_CHARS + 1) }, 'filter.nameContains');
    const result = await executeText(graph.server, query, { s: 'k'.repeat(MAX_NAME_CONTAINS_CHARS) });
    expect(result).toEqual({ data: { entities: { totalCount: 0 } } });
  });
});

describe('a global id whose key holds a NUL › BAD_USER_INPUT on both backends', () => {
  const nulCountry = toGlobalId('Country', '\u0000');

  it.each([
    [
      'mentionsAll',
      `{ articles(filter: { mentionsAll: ["${nulCountry}"] }) { totalCount } }`,
      'filter.mentionsAll',
    ],
    [
      'coMentionMatrix',
      `{ coMentionMatrix(entities: ["${nulCountry}", "CN"]) { entities { name } } }`,
      'entities',
    ],
    ['node', `{ node(id: "${nulCountry}") { id } }`, 'id'],
    [
      'a NUL in a plain entry',
      '{ articles(filter: { mentionsAny: ["China\\u0000"] }) { totalCount } }',
      'filter.mentionsAny',
    ],
  ])('%s › names the argument', async (_name, query, argumentName) => {
    const result = await executeText(graph.server, query);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

describe('"Did you mean …" suggestions › only for clients that may read the schema', () => {
  const misspelled = '{ artcles { totalCount } }';
  const misspelledEnum = 'query($k: EntityKind) { entities(filter: { kind: $k }) { totalCount } }';

  async function messages(env: NodeJS.ProcessEnv, authorization?: string): Promise<string[]> {
    const other = await createTestGraph(extractor, env);
    try {
      const field = await executeText(other.server, misspelled, undefined, authorization);
      const enumValue = await executeText(other.server, misspelledEnum, { k: 'PERSN' }, authorization);
      return [...field.errors!, ...enumValue.errors!].map((error) => error.message);
    } finally {
      await other.close();
    }
  }

  it('introspection on (the default outside production) › suggestions', async () => {
    const [field, enumValue] = await messages({});
    expect(field).toBe('Cannot query field "artcles" on type "Query". Did you mean "articles" or "article"?');
    expect(enumValue).toContain('Did you mean the enum value "PERSON"?');
  });

  it('introspection off › no suggestion, the error itself stays', async () => {
    const [field, enumValue] = await messages({ CONTENT_GRAPH_INTROSPECTION: '0' });
    expect(field).toBe('Cannot query field "artcles" on type "Query".');
    expect(enumValue).not.toContain('Did you mean');
    expect(enumValue).toContain('"PERSN"');
  });

  it('reads need a key › no suggestion, even before the key is checked', async () => {
    const [field, enumValue] = await messages({ CONTENT_GRAPH_REQUIRE_KEY_FOR_READS: '1' });
    expect(field).toBe('Cannot query field "artcles" on type "Query".');
    expect(enumValue).not.toContain('Did you mean');
  });
});

describe('ingestArticle over HTTP › what cannot be stored as sent is refused', () => {
  const mutation =
    'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status userErrors { field message } } }';
  const auth = { authorization: `Bearer ${TEST_API_KEY}` };

  it('invalid UTF-8 in the body › 400 BAD_REQUEST, nothing stored (not U+FFFD in its place)', async () => {
    const json = JSON.stringify({
      query: mutation,
      variables: { i: { title: 'Kenya votes XX', body: 'Voters in Nairobi.' } },
    });
    const [head, tail] = json.split('XX');
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe]), Buffer.from(tail)]);
    const before = graph.app.statements.count;
    const response = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: bytes,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors).toEqual([
      { message: 'Request body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } },
    ]);
    expect(graph.app.statements.count - before).toBe(0);
  });

  it('a URL with user:password@ › a userError naming url that does not echo the password', async () => {
    const response = await postGraphQL(
      http.base,
      {
        query: mutation,
        variables: {
          i: { url: 'https://editor:s3cret@news.example/a', title: 'Kenya votes', body: 'Voters queued.' },
        },
      },
      auth,
    );
    const body = (await response.json()) as GraphQLBody;
    expect(body.data).toEqual({
      ingestArticle: {
        status: 'REJECTED',
        userErrors: [
          {
            field: ['input', 'url'],
            message: 'url must not contain a user name or password (user:password@host)',
          },
        ],
      },
    });
    expect(JSON.stringify(body)).not.toContain('s3cret');
  });
});

describe('article input › a wrong type is named with the expected one, not reported as missing', () => {
  it('validateArticleInput (the mutation and the CLI share it) › "title must be a string, got number"', () => {
    const input = { title: 5, body: ['a'] } as unknown as ArticleInput;
    const outcome = validateArticleInput(input, 1_000_000);
    expect(outcome).toEqual({
      problems: [
        { field: 'title', message: 'title must be a string, got number', code: 'INVALID' },
        { field: 'body', message: 'body must be a string, got array', code: 'INVALID' },
      ],
    });
  });

  it('a user:password@ URL is refused on the CLI path too', () => {
    const outcome = validateArticleInput({ url: 'http://u:p@a.example/', title: 'T', body: 'B' }, 1_000_000);
    expect(outcome).toEqual({
      problems: [
        {
          field: 'url',
          message: 'url must not contain a user name or password (user:password@host)',
          code: 'INVALID',
        },
      ],
    });
  });

  it('JSONL › the record is skipped with its line, the field and the type', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-input-'));
    try {
      const file = path.join(dir, 'in.jsonl');
      fs.writeFileSync(
        file,
        [
          JSON.stringify({ title: 5, body: 'Voters in Nairobi.' }),
          JSON.stringify({ title: 'Kenya votes', body: 'Voters.', publishedAt: 20250101 }),
          JSON.stringify({ title: 'Kenya votes', body: null }),
        ].join('\n'),
      );
      const problems: string[] = [];
      for await (const record of readArticleRecords([file], { maxRecordBytes: 1_000_000 })) {
        if ('problem' in record) problems.push(`${path.basename(record.location)} ${record.problem}`);
      }
      expect(problems).toEqual([
        'in.jsonl:1 "title" must be a string, got number',
        'in.jsonl:2 "publishedAt" must be a string, got number',
        'in.jsonl:3 "body" is missing or empty',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/core/global-id';
import { createDemoGraph } from './helpers/demo-graph';
import { listen, postGraphQL, type GraphQLBody, type Listening } from './helpers/http-listener';
import type { TestGraph } from './helpers/test-app';

/** The error model of docs/errors.md, asked over HTTP as a client would, on the demo corpus. */
let graph: TestGraph;
let http: Listening;

beforeAll(async () => {
  graph = await createDemoGraph();
  http = await listen(graph.server);
});

afterAll(async () => {
  await http.close();
  await graph.close();
});

interface Answer {
  status: number;
  cacheControl: string | null;
  body: GraphQLBody & {
    errors?: (NonNullable<GraphQLBody['errors']>[number] & {
      path?: (string | number)[];
      locations?: { line: number; column: number }[];
    })[];
  };
}

async function ask(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await postGraphQL(http.base, { query, variables });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Answer['body'],
  };
}

function onlyError(answer: Answer) {
  expect(answer.body.errors).toHaveLength(1);
  return answer.body.errors![0];
}

describe('error model › unknown names, ids and codes are NOT_FOUND naming the argument', () => {
  it('country(code:) with an unknown code answers null with NOT_FOUND, and is not stored by caches', async () => {
    const answer = await ask('{ country(code: "Atlantis") { name } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ country: null });
    const error = onlyError(answer);
    expect(error.message).toContain('"Atlantis"');
    expect(error.path).toEqual(['country']);
    expect(error.extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'code',
      unknownValues: ['Atlantis'],
    });
    expect(answer.cacheControl).toBe('no-store');
  });

  it('a known country is still a public answer, and a partly unknown one is not stored', async () => {
    const known = await ask('{ country(code: "DPRK") { name } }');
    expect(known.body).toEqual({ data: { country: { name: 'North Korea' } } });
    expect(known.cacheControl).toBe('max-age=60, public');
    const mixed = await ask('{ a: country(code: "KP") { code } b: country(code: "Narnia") { code } }');
    expect(mixed.body.data).toEqual({ a: { code: 'KP' }, b: null });
    expect(onlyError(mixed).path).toEqual(['b']);
    expect(mixed.cacheControl).toBe('no-store');
  });

  it('entity(slug:) and entity(id:) with unknown values; node(id:) stays null as Relay has it', async () => {
    const bySlug = await ask('{ entity(slug: "no-such-person") { name } }');
    expect(bySlug.body.data).toEqual({ entity: null });
    expect(onlyError(bySlug).extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'slug',
      unknownValues: ['no-such-person'],
    });
    const missingId = toGlobalId('Entity', 987654);
    const byId = await ask(`{ entity(id: "${missingId}") { name } }`);
    expect(byId.body.data).toEqual({ entity: null });
    expect(onlyError(byId).extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'id',
      unknownValues: [missingId],
    });
    // The same id through node(id:): null, no error; a malformed id is still BAD_USER_INPUT.
    expect((await ask(`{ node(id: "${missingId}") { id } }`)).body).toEqual({ data: { node: null } });
    const malformed = onlyError(await ask('{ node(id: "not an id") { id } }'));
    expect(malformed.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'id' });
  });

  it('article(url:) and article(id:) with unknown values', async () => {
    const byUrl = await ask('{ article(url: "https://example.org/never-ingested") { title } }');
    expect(byUrl.body.data).toEqual({ article: null });
    expect(onlyError(byUrl).extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'url',
      unknownValues: ['https://example.org/never-ingested'],
    });
    const missingId = toGlobalId('Article', 987654);
    const byId = await ask(`{ article(id: "${missingId}") { title } }`);
    expect(onlyError(byId).extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'id' });
  });

  it('entities(filter: { country }) with an unknown country', async () => {
    const answer = await ask('{ entities(filter: { country: "Atlantis" }) { totalCount } }');
    expect(answer.body.data).toBeNull();
    const error = onlyError(answer);
    expect(error.path).toEqual(['entities']);
    expect(error.extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'filter.country',
      unknownValues: ['Atlantis'],
    });
  });

  it('articles(filter: { mentionsAll }) lists every unknown entry', async () => {
    const answer = await ask(
      '{ articles(filter: { mentionsAll: ["Atlantis", "China", "Narnia"] }) { totalCount } }',
    );
    expect(onlyError(answer).extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'filter.mentionsAll',
      unknownValues: ['Atlantis', 'Narnia'],
    });
  });
});

describe('error model › first/last out of range is refused before execution, naming field and argument', () => {
  it('top level: HTTP 400, no data, argumentName and fieldPath, located at the argument', async () => {
    // The rule's other half: an input error found while executing is HTTP 200 with data and path.
    const executing = await ask('{ articles(orderBy: RELEVANCE) { totalCount } }');
    expect(executing.status).toBe(200);
    expect(executing.body.data).toBeNull();
    expect(onlyError(executing).path).toEqual(['articles']);
    expect(onlyError(executing).extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'orderBy' });

    const answer = await ask('{\n  articles(first: 500) { totalCount }\n}');
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    const error = onlyError(answer);
    expect(error.message).toBe('first must be between 1 and 100, got 500');
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
      fieldPath: ['articles'],
    });
    expect(error.locations).toEqual([{ line: 2, column: 12 }]);
    expect(error.path).toBeUndefined();
  });

  it('nested: the field path from the root, aliases as written, through fragments and variables', async () => {
    const nested = onlyError(
      await ask('{ articles(first: 2) { nodes { title mentions(first: 500) { count } } } }'),
    );
    expect(nested.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
      fieldPath: ['articles', 'nodes', 'mentions'],
    });
    const aliased = await ask(
      `query ($n: Int) { a: articles(first: 2) { ...Page } }
       fragment Page on ArticleConnection { n: nodes { people: entities(kind: PERSON) { articles(last: $n) { totalCount } } } }`,
      { n: 0 },
    );
    expect(aliased.status).toBe(400);
    // The outermost refused field is the one named, and a timeline's range is tied to its field too.
    const both = onlyError(await ask('{ articles(first: 0) { nodes { mentions(first: 0) { count } } } }'));
    expect(both.extensions.fieldPath).toEqual(['articles']);
    const range = onlyError(
      await ask(
        '{ country(code: "KP") { t: timeline(interval: DAY, from: "2025-02-01", to: "2025-01-01") { count } } }',
      ),
    );
    expect(range.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'from',
      fieldPath: ['country', 't'],
    });
    expect(onlyError(aliased).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'last',
      fieldPath: ['a', 'n', 'people', 'articles'],
    });
  });
});

describe('error model › DateTime inputs', () => {
  const count = async (after: string, asVariable: boolean) => {
    const answer = asVariable
      ? await ask(
          'query ($after: DateTime) { articles(filter: { publishedAfter: $after }) { totalCount } }',
          {
            after,
          },
        )
      : await ask(`{ articles(filter: { publishedAfter: "${after}" }) { totalCount } }`);
    expect(answer.body.errors).toBeUndefined();
    return (answer.body.data as { articles: { totalCount: number } }).articles.totalCount;
  };

  it('a plain date is the start of that day in UTC, as a literal and as a variable', async () => {
    const midnight = await count('2025-12-01T00:00:00Z', false);
    const everything = await count('1970-01-01', false);
    expect(midnight).toBeGreaterThan(0);
    expect(midnight).toBeLessThan(everything);
    expect(await count('2025-12-01', false)).toBe(midnight);
    expect(await count('2025-12-01', true)).toBe(midnight);
    // The same instant written with an offset.
    expect(await count('2025-12-01T02:00:00+02:00', true)).toBe(midnight);
  });

  it('a timeline takes plain dates too', async () => {
    const answer = await ask(
      '{ country(code: "KP") { timeline(interval: MONTH, from: "2025-01-01", to: "2025-03-01") { start count } } }',
    );
    expect(answer.body.errors).toBeUndefined();
    const buckets = (answer.body.data as { country: { timeline: { start: string }[] } }).country.timeline;
    expect(buckets.map((bucket) => bucket.start)).toEqual([
      '2025-01-01T00:00:00.000Z',
      '2025-02-01T00:00:00.000Z',
    ]);
  });

  it('a bad date is BAD_USER_INPUT naming the accepted formats, as a literal and as a variable', async () => {
    const expected =
      'DateTime cannot represent "2025-02-30": expected an RFC 3339 date-time ("2025-01-01T12:00:00Z", "2025-01-01T12:00:00.5+02:00") or a date ("2025-01-01", the start of that day in UTC)';
    const literal = await ask('{ articles(filter: { publishedAfter: "2025-02-30" }) { totalCount } }');
    const variable = await ask(
      'query ($after: DateTime) { articles(filter: { publishedAfter: $after }) { totalCount } }',
      { after: '2025-02-30' },
    );
    for (const answer of [literal, variable]) {
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(onlyError(answer).extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(onlyError(literal).message).toBe(expected);
    expect(onlyError(variable).message).toBe(`Variable "$after" got invalid value "2025-02-30"; ${expected}`);
  });
});

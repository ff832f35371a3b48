import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extraction';
import { executeText } from '../helpers/execute';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { createTestGraph, type TestGraph } from '../helpers/test-app';

/** Nested connections, `levels` × 3 fields deep under Query.entity. */
function deepQuery(levels: number): string {
  const open = 'articles(first: 1) { nodes { entities { '.repeat(levels);
  return `{ entity(slug: "china") { ${open} name ${'} } } '.repeat(levels)} } }`;
}

const aliasesQuery = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`;

const directivesQuery = (count: number) =>
  `query { ${'...F @include(if: true) '.repeat(count)} } fragment F on Query { countries { code } }`;

const COST_BOMB = `{ articles(first: 100) { nodes { entities { articles(first: 100) { nodes {
  entities { articles(first: 100) { nodes { title } } } } } } } } }`;

/**
 * Country.entity and Entity.country alternate from `country(code: "KP")` down to a `name` leaf:
 * exactly `depth` nested fields, each a single object, so the cost stays tiny.
 */
const chainType = (level: number) => (level % 2 === 1 ? 'Country' : 'Entity');
const chainField = (level: number) =>
  level === 1 ? 'country(code: "KP")' : level % 2 === 1 ? 'country' : 'entity';

function chainQuery(depth: number): string {
  let inner = 'name';
  for (let level = depth - 1; level >= 1; level--) inner = `${chainField(level)} { ${inner} }`;
  return `{ ${inner} }`;
}

/** The answer chainQuery(depth) must give: the KP country and its entity, alternating, down to a name. */
function chainAnswer(depth: number): Record<string, unknown> {
  let inner: Record<string, unknown> = { name: 'North Korea' };
  for (let level = depth - 1; level >= 1; level--) inner = { [chainField(level).split('(')[0]]: inner };
  return inner;
}

/**
 * The same chain as chainQuery(depth) with no field nested in the operation itself beyond the
 * first: each level lives in its own named fragment, which spreads the next one inside an inline
 * fragment. Only a rule that counts fragments where they are spread sees its depth.
 */
function fragmentChainQuery(depth: number): string {
  const fragments: string[] = [];
  for (let level = 2; level < depth; level++) {
    const next = level + 1 < depth ? `... on ${chainType(level)} { ...F${level + 1} }` : 'name';
    fragments.push(`fragment F${level} on ${chainType(level - 1)} { ${chainField(level)} { ${next} } }`);
  }
  return `{ ${chainField(1)} { ...F2 } } ${fragments.join(' ')}`;
}

let defaults: TestGraph;
let generousTokens: TestGraph;
let http: Listening;

beforeAll(async () => {
  const extractor = createExtractor();
  defaults = await createTestGraph(extractor);
  // Raises only the token cap, so that each of the other limits is seen catching its own attack.
  generousTokens = await createTestGraph(extractor, { CONTENT_GRAPH_MAX_TOKENS: '1000000' });
  http = await listen(defaults.server);
});
afterAll(async () => {
  await http.close();
  await defaults.close();
  await generousTokens.close();
});

/** Runs a query and returns its error codes, asserting that no SQL statement ran. */
async function rejectedCodes(graph: TestGraph, query: string, variables?: Record<string, unknown>) {
  const before = graph.app.statements.count;
  const result = await executeText(graph.server, query, variables);
  expect(graph.app.statements.count - before).toBe(0);
  expect(result.data ?? null).toBeNull();
  return result.errors!.map((error) => error.extensions?.code);
}

describe('malicious queries › rejected with their code before any SQL runs', () => {
  it('depth 53 › QUERY_TOO_DEEP', async () => {
    expect((await rejectedCodes(defaults, deepQuery(17)))[0]).toBe('QUERY_TOO_DEEP');
  });

  it('1,000 aliases of a counted connection › TOO_MANY_ALIASES', async () => {
    expect((await rejectedCodes(defaults, aliasesQuery(1000)))[0]).toBe('TOO_MANY_ALIASES');
  });

  it('a cost bomb of nested first: 100 › QUERY_TOO_COSTLY, with the computed cost and the limit', async () => {
    const result = await executeText(defaults.server, COST_BOMB);
    expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 100_000 });
    expect(result.errors![0].extensions!.actual).toBeGreaterThan(1_000_000);
    expect(await rejectedCodes(defaults, COST_BOMB)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('the same bomb with first passed as a variable › QUERY_TOO_COSTLY', async () => {
    const query = `query($n: Int) { articles(first: $n) { nodes { entities { articles(first: $n) { nodes {
      entities { articles(first: $n) { nodes { title } } } } } } } } }`;
    expect(await rejectedCodes(defaults, query, { n: 100 })).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('10,000 directives › stopped by the token cap under the defaults, by the directive cap alone', async () => {
    expect(await rejectedCodes(defaults, directivesQuery(10_000))).toEqual(['TOO_MANY_TOKENS']);
    expect((await rejectedCodes(generousTokens, directivesQuery(10_000)))[0]).toBe('TOO_MANY_DIRECTIVES');
  });

  it('each limit also holds on its own when the token cap is out of the way', async () => {
    expect((await rejectedCodes(generousTokens, deepQuery(17)))[0]).toBe('QUERY_TOO_DEEP');
    expect((await rejectedCodes(generousTokens, aliasesQuery(5000)))[0]).toBe('TOO_MANY_ALIASES');
    expect(await rejectedCodes(generousTokens, COST_BOMB)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('a 5 MB query string › TOO_MANY_TOKENS through Apollo', async () => {
    const query = `{ ${'countries { code } '.repeat(270_000)} }`;
    expect(query.length).toBeGreaterThan(5_000_000);
    expect(await rejectedCodes(defaults, query)).toEqual(['TOO_MANY_TOKENS']);
  });

  it('first/last out of 1..100 on a nested connection › BAD_USER_INPUT naming the argument', async () => {
    for (const [query, variables] of [
      ['{ countries { articles(first: 101) { totalCount } } }', undefined],
      ['query($n: Int) { entity(slug: "china") { articles(last: $n) { totalCount } } }', { n: 2 ** 31 - 1 }],
      ['{ entities(first: 0) { totalCount } }', undefined],
      ['query($n: Int = -5) { articles(first: $n) { totalCount } }', undefined],
    ] as const) {
      const before = defaults.app.statements.count;
      const result = await executeText(defaults.server, query, variables);
      expect(defaults.app.statements.count - before).toBe(0);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(['first', 'last']).toContain(result.errors![0].extensions!.argumentName);
    }
  });
});

// The default limit is 15 (docs/hardening.md); `defaults` sets no CONTENT_GRAPH_MAX_DEPTH.
describe('depth limit › 15 fields under the defaults, fragments counted where spread', () => {
  it('depth 15 › answered', async () => {
    expect(await executeText(defaults.server, chainQuery(15))).toEqual({ data: chainAnswer(15) });
  });

  it('depth 16 › QUERY_TOO_DEEP with the depth and the limit', async () => {
    const result = await executeText(defaults.server, chainQuery(16));
    expect(result.errors!.map((error) => error.extensions)).toEqual([
      { code: 'QUERY_TOO_DEEP', limit: 15, actual: 16 },
    ]);
    expect(await rejectedCodes(defaults, chainQuery(16))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('depth 15 through named and inline fragments › answered', async () => {
    expect(await executeText(defaults.server, fragmentChainQuery(15))).toEqual({ data: chainAnswer(15) });
  });

  it('depth 16 only through named and inline fragments › QUERY_TOO_DEEP', async () => {
    const query = fragmentChainQuery(16);
    // The operation itself nests one field; the other 15 are in the fragments.
    expect(query.slice(0, query.indexOf(' fragment '))).toBe('{ country(code: "KP") { ...F2 } }');
    const result = await executeText(defaults.server, query);
    expect(result.errors!.map((error) => error.extensions)).toEqual([
      { code: 'QUERY_TOO_DEEP', limit: 15, actual: 16 },
    ]);
    expect(await rejectedCodes(defaults, query)).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('malicious requests over HTTP › refused before any SQL runs', () => {
  async function refused(body: unknown, headers: Record<string, string> = {}) {
    const before = defaults.app.statements.count;
    const response = await postGraphQL(http.base, body, headers);
    const json = (await response.json()) as GraphQLBody;
    expect(defaults.app.statements.count - before).toBe(0);
    return { status: response.status, codes: json.errors!.map((error) => error.extensions.code) };
  }

  it('a 5 MB body › 413 PAYLOAD_TOO_LARGE', async () => {
    const query = `{ countries { code } } #${'x'.repeat(5_000_000)}`;
    expect(await refused({ query })).toEqual({ status: 413, codes: ['PAYLOAD_TOO_LARGE'] });
  });

  it('a batch of 1,000 operations › 400 BATCH_TOO_LARGE', async () => {
    const batch = Array.from({ length: 1000 }, () => ({ query: '{ articles { totalCount } }' }));
    expect(await refused(batch)).toEqual({ status: 400, codes: ['BATCH_TOO_LARGE'] });
  });

  it('a batch within the cap is answered operation by operation', async () => {
    const response = await postGraphQL(http.base, [
      { query: '{ country(code: "KP") { name } }' },
      { query: '{ country(code: "CN") { name } }' },
    ]);
    expect(await response.json()).toEqual([
      { data: { country: { name: 'North Korea' } } },
      { data: { country: { name: 'China' } } },
    ]);
  });

  it('a depth-53 query over HTTP › 400 QUERY_TOO_DEEP', async () => {
    expect(await refused({ query: deepQuery(17) })).toEqual({ status: 400, codes: ['QUERY_TOO_DEEP'] });
  });

  it('a cost bomb over HTTP › 400 QUERY_TOO_COSTLY', async () => {
    expect(await refused({ query: COST_BOMB })).toEqual({ status: 400, codes: ['QUERY_TOO_COSTLY'] });
  });
});

const cursor = (key: string, id: number) => Buffer.from(JSON.stringify([key, id])).toString('base64url');
const globalId = (key: string) => Buffer.from(key).toString('base64url');

describe('values no stored row can hold › the same answer on SQLite and PostgreSQL', () => {
  it('a NUL in a string compared with stored text › BAD_USER_INPUT naming the argument', async () => {
    for (const [query, argumentName] of [
      ['{ article(url: "https://a.example/\\u0000") { id } }', 'url'],
      ['{ articles(filter: { source: "Reuters\\u0000" }) { totalCount } }', 'filter.source'],
      ['{ entities(filter: { nameContains: "Kim\\u0000" }) { totalCount } }', 'filter.nameContains'],
      [`{ entities(after: "${cursor('Kim\u0000', 1)}") { totalCount } }`, 'after'],
    ] as const) {
      const result = await executeText(defaults.server, query);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });

  it('ids beyond the integer key range name no row; such cursors are BAD_USER_INPUT', async () => {
    const ids = [globalId('Article:1e308'), globalId('Article:99999999999'), globalId('Entity:2147483648')];
    for (const id of ids) {
      const result = await executeText(defaults.server, `{ node(id: "${id}") { id } }`);
      expect(result).toEqual({ data: { node: null } });
    }
    const article = await executeText(defaults.server, `{ article(id: "${ids[0]}") { id } }`);
    expect(article.data).toEqual({ article: null });
    expect(article.errors![0].extensions).toEqual({
      code: 'NOT_FOUND',
      argumentName: 'id',
      unknownValues: [ids[0]],
    });
    for (const query of [
      `{ articles(after: "${cursor('2025-01-01', 2 ** 40)}") { totalCount } }`,
      `{ search(query: "china", after: "${cursor('not a score', 1)}") { totalCount } }`,
    ]) {
      const result = await executeText(defaults.server, query);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    }
  });
});

describe('cost reporting', () => {
  it('x-content-graph-cost: 1 › extensions.cost gives the cost, the limit and the points left', async () => {
    const response = await postGraphQL(
      http.base,
      { query: '{ countries { code } }' },
      { 'x-content-graph-cost': '1' },
    );
    const body = (await response.json()) as GraphQLBody;
    // Query.countries counts as 250 items: 1 for the list field + 250 × code.
    const remaining = Number(response.headers.get('ratelimit-remaining'));
    expect(body.extensions).toEqual({
      cost: {
        requested: 251,
        limit: 100_000,
        remaining,
        requestedQueryCost: 251,
        throttleStatus: {
          maximumAvailable: 1_000_000,
          currentlyAvailable: remaining,
          restoreRate: 1_000_000 / 60,
        },
      },
    });
  });

  it('without the header › no extensions', async () => {
    const response = await postGraphQL(http.base, { query: '{ country(code: "KP") { code } }' });
    expect(await response.json()).toEqual({ data: { country: { code: 'KP' } } });
  });
});

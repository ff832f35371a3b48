import { buildSchema, parse, validate, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimitRule } from '../../src/schema/limits/alias-limit.rule';
import { depthLimitRule } from '../../src/schema/limits/depth-limit.rule';
import { directiveLimitRule } from '../../src/schema/limits/directive-limit.rule';
import { CostRateLimiter } from '../../src/schema/limits/cost-rate-limiter';
import { CONTENT_GRAPH_COST_MODEL } from '../../src/schema/limits/cost-model';
import { operationCost, type CostModel } from '../../src/schema/limits/query-cost';
import { RateLimitedError } from '../../src/schema/limits/rate-limited.error';

/** A small schema whose costs can be counted by hand. */
const schema = buildSchema(`
  type Query {
    item: Item
    items: [Item!]!
    sized: [Item!]!
    page(first: Int, last: Int): ItemConnection!
    timeline(n: Int!): [Item!]!
    search: Int
    node: Node
    thing: Thing
  }
  union Thing = Item
  type Mutation { touch: Item }
  interface Node { id: ID! }
  type Item implements Node {
    id: ID!
    name: String
    tags: [String!]!
    children(first: Int): ItemConnection!
    edges: [Item!]!
  }
  type ItemConnection { edges: [ItemEdge!]! nodes: [Item!]! total: Int }
  type ItemEdge { node: Item! }
`);

const model: CostModel = {
  defaultPageSize: 20,
  maxPageSize: 100,
  defaultListSize: 10,
  listSizes: { 'Query.sized': 3 },
  argumentSizes: { 'Query.timeline': (args) => args.n as number },
  fieldCosts: { 'Query.search': 50 },
};

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  return operationCost(schema, document, operation, variables, model);
}

function costError(source: string, variables: Record<string, unknown> = {}): GraphQLError {
  try {
    cost(source, variables);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('operationCost (src/schema/limits/query-cost.ts, unit; costs counted by hand)', () => {
  it('every field costs 1', () => {
    // item 1 + id 1 + name 1
    expect(cost('{ item { id name } }')).toBe(3);
  });

  it('a plain list multiplies its selection by defaultListSize, or by listSizes', () => {
    // items 1 + 10 × (id 1) ; sized 1 + 3 × (id 1 + name 1)
    expect(cost('{ items { id } }')).toBe(11);
    expect(cost('{ sized { id name } }')).toBe(7);
  });

  it('a list of scalars counts its field only', () => {
    expect(cost('{ item { tags } }')).toBe(2);
  });

  it('a page is first or last items (20 when absent); edges and nodes add no factor', () => {
    // page 1 + 5 × (edges 1 + node 1 + id 1)
    expect(cost('{ page(first: 5) { edges { node { id } } } }')).toBe(16);
    // page 1 + 20 × (nodes 1 + id 1)
    expect(cost('{ page { nodes { id } } }')).toBe(41);
    // page 1 + 7 × (nodes 1 + id 1 + total 1)
    expect(cost('{ page(last: 7) { nodes { id } total } }')).toBe(22);
  });

  it('first and last from variables and variable defaults', () => {
    expect(cost('query($n: Int) { page(first: $n) { nodes { id } } }', { n: 4 })).toBe(9);
    expect(cost('query($n: Int = 3) { page(first: $n) { nodes { id } } }')).toBe(7);
    // A variable given as null counts as absent: the default page.
    expect(cost('query($n: Int) { page(first: $n) { nodes { id } } }', { n: null })).toBe(41);
  });

  it('nested pages multiply', () => {
    // page 1 + 2 × (nodes 1 + children 1 + 3 × (nodes 1 + id 1)) = 1 + 2 × 8
    expect(cost('{ page(first: 2) { nodes { children(first: 3) { nodes { id } } } } }')).toBe(17);
  });

  it('first and last outside 1..maxPageSize are refused before anything runs', () => {
    for (const [source, name, got] of [
      ['{ page(first: 0) { total } }', 'first', '0'],
      ['{ page(first: 101) { total } }', 'first', '101'],
      ['{ page(last: 0) { total } }', 'last', '0'],
    ] as const) {
      const error = costError(source);
      expect(error.message).toBe(`${name} must be between 1 and 100, got ${got}`);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name, fieldPath: ['page'] });
    }
    expect(cost('{ page(first: 100) { total } }')).toBe(101);
    expect(cost('{ page(first: 1) { total } }')).toBe(2);
  });

  it('a list sized by its arguments is as long as they say (variables applied)', () => {
    // timeline 1 + 5 × (id 1)
    expect(cost('{ timeline(n: 5) { id } }')).toBe(6);
    expect(cost('query($n: Int!) { timeline(n: $n) { id } }', { n: 9 })).toBe(10);
    // A required variable missing: execution refuses it; costed as a plain list (10).
    expect(cost('query($n: Int!) { timeline(n: $n) { id } }')).toBe(11);
  });

  it('edges and nodes add no factor only on a Connection type', () => {
    // item 1 + edges 1 + 10 × (id 1): Item.edges is a plain list
    expect(cost('{ item { edges { id } } }')).toBe(12);
  });

  it('introspection fields are costed like any other', () => {
    // __type 1 + (name 1 + fields 1 + 10 × (name 1))
    expect(cost('{ __type(name: "Item") { name fields { name } } }')).toBe(13);
    // __schema 1 + (types 1 + 10 × (name 1))
    expect(cost('{ __schema { types { name } } }')).toBe(12);
  });

  it('a union: only __typename and its fragments', () => {
    // thing 1 + (__typename 1 + id 1)
    expect(cost('{ thing { __typename ... on Item { id } } }')).toBe(3);
  });

  it('fieldCosts add to the field', () => {
    expect(cost('{ search }')).toBe(51);
  });

  it('fragments count where they are spread, inline fragments too', () => {
    // item 1 + (id 1 + name 1), twice through the spread
    expect(cost('{ a: item { ...F } b: item { ...F } } fragment F on Item { id name }')).toBe(6);
    // node 1 + (id 1) + inline on Item (name 1)
    expect(cost('{ node { id ... on Item { name } } }')).toBe(3);
    // An inline fragment with no type condition keeps its parent.
    expect(cost('{ item { ... { id } } }')).toBe(2);
    // A type condition's own fields are costed on that type: node 1 + children 1 + 4 × (nodes 1 + id 1)
    expect(cost('{ node { ... on Item { children(first: 4) { nodes { id } } } } }')).toBe(10);
    // An unknown fragment, or one on an unknown type, costs nothing.
    expect(cost('{ item { ...Missing } }')).toBe(1);
    expect(cost('{ item { ...U } } fragment U on Nope { id }')).toBe(1);
    // A fragment's own lists count: item 1 + (tags 1 + children 1 + 2 × (nodes 1 + id 1))
    expect(cost('{ item { ...G } } fragment G on Item { tags children(first: 2) { nodes { id } } }')).toBe(7);
  });

  it('mutations are costed from the Mutation type, introspection fields count 1', () => {
    expect(cost('mutation { touch { id name } }')).toBe(3);
    expect(cost('{ __typename }')).toBe(1);
  });
});

describe('alias and directive limits (unit)', () => {
  const errorsOf = (source: string, rule: ReturnType<typeof aliasLimitRule>) =>
    validate(schema, parse(source), [rule]).map((e) => ({ message: e.message, extensions: e.extensions }));

  it('aliases: the limit passes, one more is refused with its code and limit', () => {
    expect(errorsOf('{ a: item { id } b: item { id } }', aliasLimitRule(2))).toEqual([]);
    expect(errorsOf('{ a: item { id } b: item { id } c: item { x: id } }', aliasLimitRule(2))).toEqual([
      {
        message: 'The document has more than 2 aliases',
        extensions: { code: 'TOO_MANY_ALIASES', limit: 2, http: { status: 400 } },
      },
    ]);
    // Fields without an alias do not count.
    expect(errorsOf('{ item { id name } items { id } }', aliasLimitRule(0))).toEqual([]);
  });

  it('directives: the limit passes, one more is refused once', () => {
    const three = '{ item @include(if: true) { id @skip(if: false) name @include(if: true) } }';
    expect(errorsOf(three, directiveLimitRule(3))).toEqual([]);
    expect(errorsOf(three, directiveLimitRule(1))).toEqual([
      {
        message: 'The document uses more than 1 directives',
        extensions: { code: 'TOO_MANY_DIRECTIVES', limit: 1, http: { status: 400 } },
      },
    ]);
  });
});

describe('depth limit on documents other rules refuse (unit: the rule alone, as graphql-js runs every rule)', () => {
  const errorsOf = (source: string, maxDepth: number) =>
    validate(schema, parse(source), [depthLimitRule(maxDepth)]).map((e) => ({
      message: e.message,
      extensions: e.extensions,
    }));

  it('a fragment cycle ends the walk (depth 0 at the repeat) instead of recursing without end', () => {
    const cycle = `
      query { item { ...A } }
      fragment A on Item { children { nodes { ...B } } }
      fragment B on Item { children { nodes { ...A } } }`;
    // item 1 + A (children, nodes = 2) + B (children, nodes = 2) + A again counted 0 = 5.
    expect(errorsOf(cycle, 5)).toEqual([]);
    expect(errorsOf(cycle, 4)).toEqual([
      {
        message: 'The operation is 5 fields deep; the limit is 4',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 4, actual: 5, http: { status: 400 } },
      },
    ]);
  });

  it('a spread of an unknown fragment counts 0 (KnownFragmentNamesRule reports it)', () => {
    expect(errorsOf('{ item { id ...Missing } }', 2)).toEqual([]);
    expect(errorsOf('{ item { children { nodes { ...Missing } } } }', 2)).toEqual([
      {
        message: 'The operation is 3 fields deep; the limit is 2',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 2, actual: 3, http: { status: 400 } },
      },
    ]);
  });
});

describe('CostRateLimiter and RateLimitedError (unit)', () => {
  it('a refill never saves more than one minute of points', () => {
    let now = 0;
    const limiter = new CostRateLimiter(60, () => now);
    expect(limiter.take('a', 60)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    now = 30_000; // 30 points back at 1 per second
    expect(limiter.take('a', 31)).toEqual({ allowed: false, remaining: 30, retryAfterSeconds: 1 });
    expect(limiter.take('a', 30)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    now = 30_000 + 600_000;
    expect(limiter.take('a', 61)).toEqual({ allowed: false, remaining: 60, retryAfterSeconds: 1 });
    // A cost equal to what is left is allowed.
    expect(limiter.take('a', 60)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
  });

  it('past maxClients, full buckets are dropped before busy ones (the refill since the last take counts)', () => {
    let now = 100_000;
    const limiter = new CostRateLimiter(60, () => now, 2);
    limiter.take('busy', 60);
    now = 101_000; // busy has 1 point back
    limiter.take('quiet', 0); // full, this very instant
    limiter.take('new', 0); // evicts "quiet", keeps "busy"
    expect(limiter.take('busy', 2)).toEqual({ allowed: false, remaining: 1, retryAfterSeconds: 1 });
  });

  it('past maxClients, a bucket that refilled since its last take counts as full and goes first', () => {
    let now = 0;
    const limiter = new CostRateLimiter(60, () => now, 2);
    limiter.take('busy', 60); // 0 left
    limiter.take('refilled', 30); // 30 left
    now = 30_000; // 30 s: busy is back to 30, refilled to 60 (full) though its stored figure says 30
    limiter.take('new', 0); // evicts "refilled", not "busy", which was first in
    expect(limiter.take('busy', 31)).toEqual({ allowed: false, remaining: 30, retryAfterSeconds: 1 });
  });

  it('RateLimitedError: 429 with Retry-After and the figures', () => {
    const error = new RateLimitedError(120, 7, 3);
    expect(error.message).toBe('Rate limit: this operation costs 120 points and 7 are left; retry in 3 s');
    const { http, ...figures } = error.extensions as {
      http: { status: number; headers: Map<string, string> };
    };
    expect(figures).toEqual({ code: 'RATE_LIMITED', cost: 120, remaining: 7, retryAfterSeconds: 3 });
    expect(http.status).toBe(429);
    expect([...http.headers.entries()]).toEqual([['retry-after', '3']]);
  });
});

describe('the cost model of this schema (src/schema/limits/cost-model.ts; docs/hardening.md, Cost)', () => {
  const m = CONTENT_GRAPH_COST_MODEL;

  it('pages of 20 by default, 100 at most; other lists 10', () => {
    expect([m.defaultPageSize, m.maxPageSize, m.defaultListSize]).toEqual([20, 100, 10]);
  });

  it('list bounds from the limits that enforce them', () => {
    expect(m.listSizes).toEqual({
      'Query.countries': 250, // 249 ISO 3166-1 codes, rounded up
      'Mention.snippets': 5, // evidence kept per mention
      'FilterMatch.snippets': 5,
      'ArticleEdge.matches': 40, // 20 mentionsAll + 20 mentionsAny entries
      'CoMentionMatrix.entities': 20,
      'CoMentionPaths.paths': 10,
      'CoMentionPath.hops': 4,
      'PathHop.articles': 5,
      'IngestArticlePayload.userErrors': 10,
    });
  });

  it('a path search costs its 20,000 mentions at 4 rows per point', () => {
    expect(m.fieldCosts).toEqual({ 'Query.entityPaths': 5000, 'Query.connection': 5000 });
  });

  it('a timeline is as long as its buckets: 7 days from Jan 1 to Jan 8, 3 months from Jan 15 to Mar 2', () => {
    for (const key of ['ArticleConnection.timeline', 'Country.timeline', 'Entity.timeline']) {
      const size = m.argumentSizes[key];
      expect(
        size({ from: new Date('2024-01-01T00:00Z'), to: new Date('2024-01-08T00:00Z'), interval: 'DAY' }),
      ).toBe(7);
      expect(
        size({ from: new Date('2024-01-15T00:00Z'), to: new Date('2024-03-02T00:00Z'), interval: 'MONTH' }),
      ).toBe(3);
    }
    expect(Object.keys(m.argumentSizes)).toHaveLength(3);
  });
});

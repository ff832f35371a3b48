import { buildSchema, parse, validate, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimitRule } from '../../src/schema/limits/alias-limit.rule';
import { directiveLimitRule } from '../../src/schema/limits/directive-limit.rule';
import { CostRateLimiter } from '../../src/schema/limits/cost-rate-limiter';
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
  }
  type Mutation { touch: Item }
  interface Node { id: ID! }
  type Item implements Node { id: ID! name: String tags: [String!]! children(first: Int): ItemConnection! }
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
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
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
    // An unknown fragment costs nothing.
    expect(cost('{ item { ...Missing } }')).toBe(1);
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

  it('past maxClients, full buckets are dropped before busy ones', () => {
    let now = 0;
    const limiter = new CostRateLimiter(60, () => now, 2);
    limiter.take('busy', 60);
    limiter.take('quiet', 0);
    now = 1_000;
    limiter.take('new', 0); // evicts "quiet" (full), keeps "busy" (1 point back)
    expect(limiter.take('busy', 2)).toEqual({ allowed: false, remaining: 1, retryAfterSeconds: 1 });
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

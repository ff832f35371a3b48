import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extraction';
import { CostRateLimiter } from '../../src/schema/limits/cost-rate-limiter';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

describe('CostRateLimiter (a clock under the test’s control)', () => {
  it('spends points, refuses what is not left with the wait, refills with time, per client', () => {
    let now = 0;
    const limiter = new CostRateLimiter(600, () => now);
    expect(limiter.take('a', 400)).toEqual({ allowed: true, remaining: 200, retryAfterSeconds: 0 });
    // 300 needed, 200 left: 100 more points at 10 per second.
    expect(limiter.take('a', 300)).toEqual({ allowed: false, remaining: 200, retryAfterSeconds: 10 });
    expect(limiter.take('b', 300)).toEqual({ allowed: true, remaining: 300, retryAfterSeconds: 0 });
    now = 10_000;
    expect(limiter.take('a', 300)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    now = 10_000 + 3_600_000;
    expect(limiter.take('a', 1)).toEqual({ allowed: true, remaining: 599, retryAfterSeconds: 0 });
  });

  it('status reports a bucket without charging it: full for a client never seen, refilled with time', () => {
    let now = 0;
    const limiter = new CostRateLimiter(600, () => now);
    expect(limiter.status('a')).toEqual({
      limit: 600,
      remaining: 600,
      resetSeconds: 0,
      restorePerSecond: 10,
    });
    limiter.take('a', 400);
    expect(limiter.status('a')).toEqual({
      limit: 600,
      remaining: 200,
      resetSeconds: 40,
      restorePerSecond: 10,
    });
    now = 15_500;
    expect(limiter.status('a')).toMatchObject({ remaining: 355, resetSeconds: 25 });
    expect(limiter.status('a')).toMatchObject({ remaining: 355 });
  });

  it('keeps at most maxClients buckets', () => {
    let now = 0;
    const limiter = new CostRateLimiter(600, () => now, 2);
    limiter.take('a', 600);
    limiter.take('b', 600);
    limiter.take('c', 600);
    now = 1;
    // "a" was the oldest and was dropped, so it starts again with a full bucket.
    expect(limiter.take('a', 600).allowed).toBe(true);
    expect(limiter.take('c', 600).allowed).toBe(false);
  });
});

describe('rate limit over HTTP', () => {
  let graph: TestGraph;
  let http: Listening;
  beforeAll(async () => {
    // The limiter's clock stopped: on a busy machine 120 ms between the two requests refilled the
    // 2 points that let the second one through.
    graph = await createTestGraph(
      createExtractor(),
      { CONTENT_GRAPH_RATE_LIMIT_POINTS: '1000' },
      {},
      { rateLimitClock: () => 0 },
    );
    http = await listen(graph.server);
  });
  afterAll(async () => {
    await http.close();
    await graph.close();
  });

  it('a client over its points › 429 RATE_LIMITED with Retry-After, before any SQL runs', async () => {
    // 1 + 250 countries × (code + name) = 501 points, 1000 per minute.
    const query = { query: '{ countries { code name } }' };
    expect((await postGraphQL(http.base, query)).status).toBe(200);
    const before = graph.app.statements.count;
    const refused = await postGraphQL(http.base, query);
    expect(graph.app.statements.count).toBe(before);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as GraphQLBody;
    expect(body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 501 });
  });
});

describe('rate-limit headers and extensions.cost (the limiter’s clock stopped: no refill)', () => {
  const POINTS = 1000;
  const withCost = { 'x-content-graph-cost': '1' };
  let graph: TestGraph;
  let http: Listening;
  beforeAll(async () => {
    graph = await createTestGraph(
      createExtractor(),
      { CONTENT_GRAPH_RATE_LIMIT_POINTS: String(POINTS) },
      {},
      { rateLimitClock: () => 0 },
    );
    http = await listen(graph.server);
  });
  afterAll(async () => {
    await http.close();
    await graph.close();
  });

  const bucketOf = (response: Response) => ({
    limit: Number(response.headers.get('ratelimit-limit')),
    remaining: Number(response.headers.get('ratelimit-remaining')),
    reset: Number(response.headers.get('ratelimit-reset')),
  });
  // Seconds until the bucket is full again, at POINTS per minute.
  const resetAfterSpending = (spent: number) => Math.ceil(spent / (POINTS / 60));
  const costOf = async (response: Response) =>
    ((await response.json()) as { extensions: { cost: { requested: number } } }).extensions.cost.requested;

  it('every answer reports the bucket, and Remaining drops by exactly each operation’s cost', async () => {
    const first = await postGraphQL(http.base, { query: '{ countries { code } }' }, withCost);
    expect(first.status).toBe(200);
    // 1 + 250 countries × code.
    expect(bucketOf(first)).toEqual({
      limit: POINTS,
      remaining: POINTS - 251,
      reset: resetAfterSpending(251),
    });
    expect(((await first.json()) as GraphQLBody).extensions).toEqual({
      cost: {
        requested: 251,
        limit: 100_000,
        remaining: POINTS - 251,
        requestedQueryCost: 251,
        throttleStatus: {
          maximumAvailable: POINTS,
          currentlyAvailable: POINTS - 251,
          restoreRate: POINTS / 60,
        },
      },
    });

    const second = await postGraphQL(http.base, { query: '{ country(code: "KP") { code name } }' }, withCost);
    const secondCost = await costOf(second);
    expect(secondCost).toBeGreaterThan(0);
    expect(bucketOf(second).remaining).toBe(POINTS - 251 - secondCost);

    // A batch is charged for each of its operations; its one head reports the bucket after both.
    const batch = await postGraphQL(http.base, [
      { query: '{ countries { code } }' },
      { query: '{ countries { code } }' },
    ]);
    expect(batch.status).toBe(200);
    expect(bucketOf(batch).remaining).toBe(POINTS - 251 - secondCost - 2 * 251);

    // An answer refused before it is charged (here a syntax error) still reports the bucket, unchanged.
    const broken = await postGraphQL(http.base, { query: '{ countries {' });
    expect(broken.status).toBe(400);
    expect(bucketOf(broken).remaining).toBe(POINTS - 251 - secondCost - 2 * 251);

    // Another client (here an API key) has a bucket of its own.
    const keyed = await postGraphQL(
      http.base,
      { query: '{ countries { code } }' },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(bucketOf(keyed)).toEqual({
      limit: POINTS,
      remaining: POINTS - 251,
      reset: resetAfterSpending(251),
    });
  });

  it('a refused operation is not charged: 429 reports the same Remaining, with Retry-After', async () => {
    const headers = { authorization: `Bearer ${TEST_API_KEY}` };
    const expensive = { query: '{ countries { code name } }' };
    const before = bucketOf(
      await postGraphQL(http.base, { query: '{ country(code: "KP") { code } }' }, headers),
    );
    // 1 + 250 × (code + name) = 501 points: one more fits in what is left, the next does not.
    expect(before.remaining).toBeGreaterThanOrEqual(501);
    expect(before.remaining).toBeLessThan(1002);
    const allowed = await postGraphQL(http.base, expensive, headers);
    const refused = await postGraphQL(http.base, expensive, headers);
    expect([allowed.status, refused.status]).toEqual([200, 429]);
    const remaining = bucketOf(refused).remaining;
    expect(remaining).toBe(before.remaining - 501);
    expect(bucketOf(allowed).remaining).toBe(remaining);
    expect(Number(refused.headers.get('retry-after'))).toBe(Math.ceil((501 - remaining) / (POINTS / 60)));
    expect(bucketOf(refused).reset).toBe(resetAfterSpending(POINTS - remaining));
  });
});

describe('rate limiting off (CONTENT_GRAPH_RATE_LIMIT_POINTS=0)', () => {
  let graph: TestGraph;
  let http: Listening;
  beforeAll(async () => {
    graph = await createTestGraph(createExtractor(), { CONTENT_GRAPH_RATE_LIMIT_POINTS: '0' });
    http = await listen(graph.server);
  });
  afterAll(async () => {
    await http.close();
    await graph.close();
  });

  it('no RateLimit headers, and extensions.cost says null for the bucket', async () => {
    const response = await postGraphQL(
      http.base,
      { query: '{ countries { code } }' },
      { 'x-content-graph-cost': '1' },
    );
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith('ratelimit'))).toEqual([]);
    expect(((await response.json()) as GraphQLBody).extensions).toEqual({
      cost: {
        requested: 251,
        limit: 100_000,
        remaining: null,
        requestedQueryCost: 251,
        throttleStatus: null,
      },
    });
  });
});

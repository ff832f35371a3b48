import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extraction';
import { CostRateLimiter } from '../../src/schema/limits/cost-rate-limiter';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { createTestGraph, type TestGraph } from '../helpers/test-app';

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
    graph = await createTestGraph(createExtractor(), { CONTENT_GRAPH_RATE_LIMIT_POINTS: '1000' });
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

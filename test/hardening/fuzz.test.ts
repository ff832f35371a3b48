import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentGraphSchemaSync } from '../../src/schema/build-schema';
import { databaseChecksum } from '../helpers/database-checksum';
import { createDemoGraph } from '../helpers/demo-graph';
import type { TestGraph } from '../helpers/test-app';
import { OperationGenerator } from './fuzz/operation-generator';
import { Random } from './fuzz/random';

const OPERATIONS = 10_000;

/** Requests no generator would think of: empty, ambiguous, unknown operation names. */
const ODD_REQUESTS = [
  { query: '' },
  { query: ' ' },
  { query: '{}' },
  { query: 'query A { countries { code } } query B { countries { name } }' },
  { query: 'query A { countries { code } }', operationName: 'B' },
  { query: 'fragment F on Query { ...F } { ...F }' },
  { query: 'subscription { countries { code } }' },
  { query: '{ node(id: "") { id } }' },
  { query: '{ articles(first: 1, last: 1) { totalCount } }' },
  { query: '{ articles(after: "x", before: "y") { totalCount } }' },
];

let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph({ CONTENT_GRAPH_RATE_LIMIT_POINTS: '0' });
});
afterAll(() => graph.close());

describe('fuzz › 10,000 generated operations against the real schema', () => {
  it(
    'no 500, no crash, no unhandled rejection, every error coded, the database unchanged',
    { timeout: 180_000 },
    async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      const before = await databaseChecksum(graph.app.dataSource);
      const generator = new OperationGenerator(buildContentGraphSchemaSync(), new Random(20251130));
      const outcomes = new Map<string, number>();
      const failures: { query: string; variables: unknown; problem: string }[] = [];
      try {
        const requests = [
          ...ODD_REQUESTS.map((request) => ({ ...request, variables: {}, isMutation: false })),
          ...Array.from({ length: OPERATIONS }, () => generator.next()),
        ];
        for (const request of requests) {
          const response = await graph.server.executeOperation(request, {
            contextValue: graph.server.createContext(),
          });
          if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
          const { errors, data } = response.body.singleResult;
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          const problem =
            response.http.status === 500
              ? 'HTTP 500'
              : codes.some((code) => typeof code !== 'string')
                ? 'an error without a code'
                : codes.includes('INTERNAL_SERVER_ERROR')
                  ? 'INTERNAL_SERVER_ERROR'
                  : request.isMutation && data?.ingestArticle
                    ? 'a mutation ran without a key'
                    : null;
          if (problem) failures.push({ query: request.query, variables: request.variables, problem });
          const outcome = codes.length ? String(codes[0]) : 'OK';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
      expect(failures.slice(0, 5)).toEqual([]);
      expect(unhandled).toEqual([]);
      expect(await databaseChecksum(graph.app.dataSource)).toEqual(before);
      // The mix exercises both sides: plenty answered, plenty refused at each stage.
      const total = [...outcomes.values()].reduce((sum, n) => sum + n, 0);
      expect(total).toBe(OPERATIONS + ODD_REQUESTS.length);
      for (const code of ['OK', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']) {
        expect(outcomes.get(code) ?? 0, `${code} in ${JSON.stringify([...outcomes])}`).toBeGreaterThan(200);
      }
      expect(outcomes.get('UNAUTHENTICATED') ?? 0).toBeGreaterThan(100);
    },
  );
});

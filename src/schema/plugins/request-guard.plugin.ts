import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { QueryLimitsConfig } from '../../config';
import type { RequestContext } from '../../resolvers/request-context';
import { ErrorCode, LimitExceededError } from '../../core/errors';
import type { BucketStatus, CostRateLimiter } from '../limits/cost-rate-limiter';
import { operationCost, type CostModel } from '../limits/query-cost';
import { RateLimitedError } from '../limits/rate-limited.error';
import { setRateLimitHeaders } from '../limits/rate-limit-headers';
import { checkAccess } from './access-policy';

/** Clients send this header with value 1 to get `extensions.cost` in the response. */
export const COST_HEADER = 'x-content-graph-cost';

/**
 * `extensions.cost`: `requested`, `limit` and `remaining` as first published, and the same figures
 * in the shape Shopify's Admin API uses (`requestedQueryCost`, `throttleStatus`), which GraphQL
 * clients with cost-aware throttling already read. `remaining` and `throttleStatus` are null when
 * rate limiting is off.
 */
interface CostReport {
  requested: number;
  limit: number;
  remaining: number | null;
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
}

function costReport(cost: number, maxCost: number, bucket: BucketStatus | null): CostReport {
  return {
    requested: cost,
    limit: maxCost,
    remaining: bucket?.remaining ?? null,
    requestedQueryCost: cost,
    throttleStatus: bucket && {
      maximumAvailable: bucket.limit,
      currentlyAvailable: bucket.remaining,
      restoreRate: bucket.restorePerSecond,
    },
  };
}

/**
 * Apollo answers errors thrown before execution with HTTP 500 unless they carry a status; a bad
 * first/last found by the cost analysis is the client's mistake, so it gets 400.
 */
function asBadRequest(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || error.extensions.http) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, http: { status: 400 } },
    originalError: error,
  });
}

export interface RequestGuardOptions {
  limits: QueryLimitsConfig;
  costModel: CostModel;
  rateLimiter: CostRateLimiter | null;
  requireKeyForReads: boolean;
}

/**
 * Runs after validation and before execution, when the operation and its variables are known:
 * access, then cost (which also bounds every first/last), then the client's rate budget. Whatever
 * it throws ends the request before any resolver, so a refused request never reaches the database.
 * Every answer then reports the client's bucket in the RateLimit headers (none when rate limiting
 * is off), and in `extensions.cost` when the client sent the cost header.
 */
export function requestGuardPlugin(options: RequestGuardOptions): ApolloServerPlugin<RequestContext> {
  const { limits, costModel, rateLimiter, requireKeyForReads } = options;
  return {
    async requestDidStart({ request }) {
      const wantsCost = request.http?.headers.get(COST_HEADER) === '1';
      let cost: number | null = null;
      return {
        async didResolveOperation({ operation, document, schema, contextValue }) {
          // No operation to run (e.g. an unknown operationName): execution reports that itself.
          if (!operation) return;
          checkAccess(operation.operation, contextValue.viewer, requireKeyForReads);
          try {
            cost = operationCost(schema, document, operation, request.variables ?? {}, costModel);
          } catch (error) {
            throw asBadRequest(error);
          }
          if (cost > limits.maxCost) {
            throw new LimitExceededError(
              `The operation may cost ${cost} points; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              ErrorCode.QUERY_TOO_COSTLY,
              { limit: limits.maxCost, actual: cost },
            );
          }
          if (!rateLimiter) return;
          const decision = rateLimiter.take(contextValue.viewer.clientId, cost);
          if (!decision.allowed)
            throw new RateLimitedError(cost, decision.remaining, decision.retryAfterSeconds);
        },
        // Read at the end, not when charged: the operations of a batch share one response head,
        // and the last one written then reports the bucket after all of them were charged.
        async willSendResponse({ response, contextValue }) {
          const bucket = rateLimiter?.status(contextValue.viewer.clientId) ?? null;
          if (bucket) setRateLimitHeaders(response.http.headers, bucket);
          if (!wantsCost || cost === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: costReport(cost, limits.maxCost, bucket) };
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { QueryLimitsConfig } from '../../config';
import type { RequestContext } from '../../resolvers/request-context';
import { ErrorCode, LimitExceededError } from '../../core/errors';
import type { CostRateLimiter } from '../limits/cost-rate-limiter';
import { operationCost, type CostModel } from '../limits/query-cost';
import { RateLimitedError } from '../limits/rate-limited.error';
import { checkAccess } from './access-policy';

/** Clients send this header with value 1 to get `extensions.cost` in the response. */
export const COST_HEADER = 'x-content-graph-cost';

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
 */
export function requestGuardPlugin(options: RequestGuardOptions): ApolloServerPlugin<RequestContext> {
  const { limits, costModel, rateLimiter, requireKeyForReads } = options;
  return {
    async requestDidStart({ request }) {
      const wantsCost = request.http?.headers.get(COST_HEADER) === '1';
      let report: { requested: number; limit: number; remaining: number | null } | null = null;
      return {
        async didResolveOperation({ operation, document, schema, contextValue }) {
          // No operation to run (e.g. an unknown operationName): execution reports that itself.
          if (!operation) return;
          checkAccess(operation.operation, contextValue.viewer, requireKeyForReads);
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, request.variables ?? {}, costModel);
          } catch (error) {
            throw asBadRequest(error);
          }
          report = { requested: cost, limit: limits.maxCost, remaining: null };
          if (cost > limits.maxCost) {
            throw new LimitExceededError(
              `The operation may cost ${cost} points; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              ErrorCode.QUERY_TOO_COSTLY,
              { limit: limits.maxCost, actual: cost },
            );
          }
          if (!rateLimiter) return;
          const decision = rateLimiter.take(contextValue.viewer.clientId, cost);
          report.remaining = decision.remaining;
          if (!decision.allowed)
            throw new RateLimitedError(cost, decision.remaining, decision.retryAfterSeconds);
        },
        async willSendResponse({ response }) {
          if (!wantsCost || !report || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}

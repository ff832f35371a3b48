import type { ApolloServerPlugin } from '@apollo/server';
import { currentQueryStats } from '../../db/query-stats';

/**
 * Adds `extensions.queryStats = { sqlStatements, sqlRows, sqlMs, totalMs }` to every response
 * (CONTENT_GRAPH_QUERY_STATS=1), so a client or a benchmark sees what each request cost. The
 * recorder is the request's scope's (src/http/request-scope.ts), which Apollo runs inside.
 */
export function queryStatsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const recorder = currentQueryStats();
      return {
        async willSendResponse({ response }) {
          if (!recorder || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, queryStats: recorder.report() };
        },
      };
    },
  };
}

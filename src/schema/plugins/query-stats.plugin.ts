import type { ApolloServerPlugin } from '@apollo/server';
import { enterQueryStats, QueryStatsRecorder } from '../../db/query-stats';

/**
 * Adds `extensions.queryStats = { sqlStatements, sqlRows, sqlMs, totalMs }` to every response
 * (CONTENT_GRAPH_QUERY_STATS=1), so a client or a benchmark sees what each request cost.
 */
export function queryStatsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const recorder = new QueryStatsRecorder();
      // Entered before any resolver runs, so every statement the request causes lands here.
      enterQueryStats(recorder);
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, queryStats: recorder.report() };
        },
      };
    },
  };
}

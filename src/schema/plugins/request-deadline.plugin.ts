import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../core/errors';

/**
 * A request past its deadline (CONTENT_GRAPH_REQUEST_TIMEOUT_MS; set by src/http/request-scope.ts,
 * enforced in src/db/request-deadline.ts) is answered REQUEST_TIMEOUT with HTTP 503: the server is
 * busy with it, not broken.
 */
export function requestDeadlinePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === ErrorCode.REQUEST_TIMEOUT)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}

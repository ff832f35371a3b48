import type { ApolloServerPlugin } from '@apollo/server';
import { enterDeadline, RequestDeadline } from '../../db/request-deadline';

/**
 * Gives every GraphQL request a deadline (CONTENT_GRAPH_REQUEST_TIMEOUT_MS): past it, the request's
 * running statements are cancelled and its next reads refused (src/db/request-deadline.ts), and
 * the answer is REQUEST_TIMEOUT with HTTP 503 — the server is busy with it, not broken.
 */
export function requestDeadlinePlugin<TContext extends object>(ms: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const deadline = new RequestDeadline(ms);
      // Entered before any resolver runs, so every statement the request causes carries it.
      enterDeadline(deadline);
      return {
        async willSendResponse({ response }) {
          deadline.finish();
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === 'REQUEST_TIMEOUT')) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}

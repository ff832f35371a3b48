import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Cache hints so a CDN or browser can cache public reads: every query answer is
 * `Cache-Control: max-age=<maxAge>, public` (the graph changes only through ingestion, and reads
 * are the same for every caller). Mutations and answers with errors are `no-store`.
 *
 * The schema gives no type or field its own hint, so every field would carry the same default
 * age and a whole answer's policy is that age. It is set once per response here; Apollo's
 * cache-control plugin (turned off) computes a policy in a hook around every resolved field,
 * measurable in a page of articles with their entities (docs/performance.md).
 */
export function createCacheControlPlugins(maxAgeSeconds: number): ApolloServerPlugin[] {
  const wholeResponsePolicy: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const cacheable =
            maxAgeSeconds > 0 &&
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable ? `max-age=${maxAgeSeconds}, public` : 'no-store',
          );
        },
      };
    },
  };
  return [ApolloServerPluginCacheControlDisabled(), wholeResponsePolicy];
}

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';

/**
 * Cache hints so a CDN or browser can cache public reads: every query answer is
 * `Cache-Control: max-age=<maxAge>, public` (the graph changes only through ingestion, and reads
 * are the same for every caller). Mutations and answers with errors are `no-store`.
 */
export function createCacheControlPlugins(maxAgeSeconds: number): ApolloServerPlugin[] {
  const noStoreForMutations: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
        },
      };
    },
  };
  return [ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds }), noStoreForMutations];
}

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

export interface CacheControlOptions {
  /** max-age (seconds) of read answers; 0 makes every answer `no-store`. */
  maxAgeSeconds: number;
  /** Reads need an API key: no read answer may then be stored by a shared cache. */
  requireKeyForReads: boolean;
}

/**
 * Cache hints so a CDN or browser can cache public reads: a query answer is
 * `Cache-Control: max-age=<maxAge>, public` (the graph changes only through ingestion, and reads
 * are the same for every caller). Mutations and answers with errors are `no-store`.
 *
 * An answer that was given because of a key is `private`: when reads need a key, or whenever the
 * request carries `Authorization`. A shared cache may reuse a `public` answer to a request with
 * credentials for requests without them (RFC 9111, 3.5), which would hand key-protected reads to
 * anyone. Every read answer varies on `Authorization` (and `Accept`, which picks JSON or the
 * playground on GET), so a cache that keeps it never serves it across credentials.
 *
 * The schema gives no type or field its own hint, so every field would carry the same default
 * age and a whole answer's policy is that age. It is set once per response here; Apollo's
 * cache-control plugin (turned off) computes a policy in a hook around every resolved field,
 * measurable in a page of articles with their entities (docs/performance.md).
 */
export function createCacheControlPlugins(options: CacheControlOptions): ApolloServerPlugin[] {
  const { maxAgeSeconds, requireKeyForReads } = options;
  const wholeResponsePolicy: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response }) {
          const cacheable =
            maxAgeSeconds > 0 &&
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors;
          if (!cacheable) {
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          const keyed = requireKeyForReads || Boolean(request.http?.headers.get('authorization'));
          response.http.headers.set(
            'cache-control',
            `max-age=${maxAgeSeconds}, ${keyed ? 'private' : 'public'}`,
          );
          response.http.headers.set('vary', 'Accept, Authorization');
        },
      };
    },
  };
  return [ApolloServerPluginCacheControlDisabled(), wholeResponsePolicy];
}

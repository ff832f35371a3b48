import type { ApolloServerPlugin } from '@apollo/server';
import type { HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { COST_HEADER } from './plugins/request-guard.plugin';

export interface CacheControlOptions {
  /** max-age (seconds) of read answers; 0 makes every answer `no-store`. */
  maxAgeSeconds: number;
  /** Reads need an API key: no read answer may then be stored by a shared cache. */
  requireKeyForReads: boolean;
}

/**
 * A request whose answer belongs to one caller: it carries credentials (an API key, or a cookie
 * that a gateway in front may authenticate), or asks for its own rate budget in the body.
 */
function answerIsPersonal(headers: HeaderMap | undefined): boolean {
  return Boolean(headers?.get('authorization') || headers?.get('cookie') || headers?.get(COST_HEADER));
}

/** Strictest first: a batch's answers share one response head, and the strictest policy must win. */
const STRICTNESS = ['no-store', 'private', 'public'] as const;
type Policy = (typeof STRICTNESS)[number];

function policyOf(cacheControl: string | undefined): Policy | undefined {
  return STRICTNESS.find((policy) => cacheControl?.includes(policy));
}

/**
 * Cache hints so a CDN or browser can cache public reads: a query answered without errors is
 * `Cache-Control: max-age=<maxAge>, public` (the graph changes only through ingestion, and reads
 * are the same for every caller). Mutations and answers with errors are `no-store`.
 *
 * A personal answer is `private`: whenever reads need a key, and whenever the request carries
 * credentials or the cost header. A shared cache may reuse a `public` answer to a request with
 * credentials for requests without them (RFC 9111, 3.5), which would hand key-protected reads to
 * anyone. Vary is set by the HTTP layer (src/http/cache-defaults.ts), which also makes every
 * answer that never reaches this plugin `no-store`.
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
          const policy: Policy = !cacheable
            ? 'no-store'
            : requireKeyForReads || answerIsPersonal(request.http?.headers)
              ? 'private'
              : 'public';
          const { headers } = response.http;
          const earlier = policyOf(headers.get('cache-control'));
          if (earlier && STRICTNESS.indexOf(earlier) < STRICTNESS.indexOf(policy)) return;
          headers.set(
            'cache-control',
            policy === 'no-store' ? policy : `max-age=${maxAgeSeconds}, ${policy}`,
          );
        },
      };
    },
  };
  return [ApolloServerPluginCacheControlDisabled(), wholeResponsePolicy];
}

import type { RequestHandler } from 'express';
import { COST_HEADER } from '../schema/plugins/request-guard.plugin';

/**
 * The request headers a /graphql answer depends on: Accept picks the playground page or JSON on
 * GET, Authorization may change the answer or refuse it, and the cost header adds the caller's own
 * budget to the body. A shared cache keys stored answers on them.
 */
export const GRAPHQL_VARY_FIELDS = ['Accept', 'Authorization', COST_HEADER] as const;

/**
 * Runs first on /graphql, so that every answer from there on starts as `no-store` and varies on
 * GRAPHQL_VARY_FIELDS: refusals made before GraphQL runs (body too large or not JSON, batch too
 * large, queue full, CSRF) are never stored. The cache-control plugin replaces `no-store` only for
 * a read answered without errors. Vary is set here with `res.vary`, which appends, rather than by
 * Apollo, which would replace the `Vary: Origin` the CORS middleware adds and let a shared cache
 * hand one origin's Access-Control-Allow-Origin to another.
 */
export function cacheDefaults(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    for (const field of GRAPHQL_VARY_FIELDS) res.vary(field);
    next();
  };
}

import cors from 'cors';
import type { RequestHandler } from 'express';
import { REQUEST_ID_HEADER } from './request-id';
import { RATE_LIMIT_HEADERS } from '../schema/limits/rate-limit-headers';
import { COST_HEADER } from '../schema/plugins/request-guard.plugin';

/**
 * Every request header the API reads: the body's type, the API key, the caller's request id, the
 * cost report switch, and the two headers Apollo's CSRF prevention accepts on a GET.
 */
const ALLOWED_REQUEST_HEADERS = [
  'content-type',
  'authorization',
  REQUEST_ID_HEADER,
  COST_HEADER,
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/**
 * The response headers a browser client needs beyond the ones every response exposes
 * (Cache-Control, Content-Type, …): the request id to quote in a report, when to retry after a
 * 429 or 503, and the client's rate budget.
 */
const EXPOSED_RESPONSE_HEADERS = [REQUEST_ID_HEADER, 'retry-after', ...Object.values(RATE_LIMIT_HEADERS)];

/**
 * CORS for /graphql from the configured browser origins. Without configured origins no CORS
 * headers are sent, so browsers allow same-origin calls only. Apollo's CSRF prevention still
 * applies: cross-origin clients send JSON (a preflighted request) or apollo-require-preflight.
 */
export function createCorsMiddleware(origins: readonly string[]): RequestHandler {
  const anyOrigin = origins.includes('*');
  return cors({
    origin: anyOrigin ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_REQUEST_HEADERS,
    exposedHeaders: EXPOSED_RESPONSE_HEADERS,
    maxAge: 600,
  });
}

import cors from 'cors';
import type { RequestHandler } from 'express';

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
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

import express from 'express';
import type { Readiness } from './readiness';
import { ErrorCode } from '../core/errors';

const NOT_READY: Readiness = { ready: false, database: 'unreachable', migrations: 'unknown' };

/**
 * What the port answers while the server waits for its database: alive (/healthz 200), not ready
 * (/readyz 503, so a load balancer sends no traffic yet), and 503 SERVICE_UNAVAILABLE in GraphQL's
 * error shape for everything else.
 */
export function createStartingHttp(retryAfterSeconds: number): express.Express {
  const http = express();
  http.disable('x-powered-by');
  http.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  http.get('/readyz', (_req, res) => {
    res.status(503).json(NOT_READY);
  });
  http.use((_req, res) => {
    res
      .status(503)
      .set('retry-after', String(retryAfterSeconds))
      .json({
        errors: [
          {
            message: 'The server is starting: its database is not reachable yet',
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
          },
        ],
      });
  });
  return http;
}

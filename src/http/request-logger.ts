import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../ops/logger';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';

/**
 * Gives every HTTP request an id (x-request-id when the caller sent a usable one, else a UUID),
 * echoes it in the response header, and logs one line per request when the response is done.
 */
export function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    const started = process.hrtime.bigint();
    // Read now: routers that mount on a prefix strip it from req.path while they run.
    const path = req.path;
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.on('finish', () => {
      logger.info(
        {
          requestId,
          method: req.method,
          path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}

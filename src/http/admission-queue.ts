import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../core/errors';

export interface AdmissionOptions {
  /** Requests executing at once; the rest wait in arrival order. */
  maxConcurrent: number;
  /** Requests allowed to wait; one more is answered 503 OVERLOADED at once. */
  maxQueued: number;
}

/**
 * Bounds how many GraphQL requests run at once in this process, first come first served.
 *
 * Why: every request is a chain of awaits (parse, resolvers, one statement after another), and one
 * event loop interleaves all of them. With 128 requests in flight each await waits behind a step of
 * every other request, so a write, which holds the write lock through a dozen statements, holds it
 * a dozen event-loop rounds long, and the writes queued behind it wait seconds (docs/hardening.md,
 * "Load test"). Fewer requests in flight make each round short; the others wait here in arrival
 * order, reads and writes alike, so no kind of request starves. A request that would wait behind
 * `maxQueued` others is refused at once with a coded 503 and `Retry-After`, rather than answered
 * late.
 */
export function admissionQueue(options: AdmissionOptions) {
  let running = 0;
  const waiting: (() => void)[] = [];

  // A finished request hands its place to the first one waiting, if any.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return (_req: Request, res: Response, next: NextFunction) => {
    const admit = () => {
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release();
      };
      res.once('finish', done);
      res.once('close', done);
      next();
    };
    if (running < options.maxConcurrent) {
      running++;
      admit();
      return;
    }
    if (waiting.length >= options.maxQueued) {
      res
        .status(503)
        .set('retry-after', '1')
        .json({
          errors: [
            {
              message: `The server is busy: ${options.maxQueued} requests are waiting already; retry shortly`,
              extensions: { code: ErrorCode.OVERLOADED },
            },
          ],
        });
      return;
    }
    const turn = () => {
      res.off('close', leave);
      admit();
    };
    // A client that hangs up while waiting gives its place back.
    const leave = () => {
      const index = waiting.indexOf(turn);
      if (index >= 0) waiting.splice(index, 1);
    };
    res.once('close', leave);
    waiting.push(turn);
  };
}

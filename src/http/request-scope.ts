import type { NextFunction, Request, Response } from 'express';
import { QueryStatsRecorder, runWithQueryStats } from '../db/query-stats';
import { RequestDeadline, runWithDeadline } from '../db/request-deadline';

export interface RequestScopeOptions {
  /** CONTENT_GRAPH_REQUEST_TIMEOUT_MS; 0: no deadline. */
  requestTimeoutMs: number;
  /** CONTENT_GRAPH_QUERY_STATS: count the request's statements for extensions.queryStats. */
  queryStats: boolean;
}

/** One request's deadline and statement recorder, and the way to run its work under them. */
export interface RequestScope {
  run<T>(work: () => T): T;
  /** The request answered: its deadline's timer goes. */
  end(): void;
}

/**
 * The deadline and the stats recorder travel with the request's async context
 * (AsyncLocalStorage). They are set with `run` around the request's whole work, so they reach every
 * statement it causes and nothing else. `enterWith` in Apollo's requestDidStart, used before, left
 * them on the async context it was called from: for the first request of a process that was the
 * root context, so code outside any request (and, in a test process, the client side of later
 * requests) inherited that request's expired deadline and its recorder.
 */
export function openRequestScope(options: RequestScopeOptions): RequestScope {
  const deadline = options.requestTimeoutMs ? new RequestDeadline(options.requestTimeoutMs) : null;
  const recorder = options.queryStats ? new QueryStatsRecorder() : null;
  return {
    run<T>(work: () => T): T {
      const counted = recorder ? () => runWithQueryStats(recorder, work) : work;
      return deadline ? runWithDeadline(deadline, counted) : counted();
    },
    end: () => deadline?.finish(),
  };
}

/**
 * Scopes each HTTP request on the GraphQL route: the handlers after it run inside the scope. The
 * operations of a batched request share it (one deadline for the HTTP request, one statement count).
 */
export function requestScopeMiddleware(options: RequestScopeOptions) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const scope = openRequestScope(options);
    res.once('close', () => scope.end());
    scope.run(next);
  };
}

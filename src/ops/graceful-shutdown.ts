import type { Server } from 'node:http';

export interface ShutdownOptions {
  /** How long in-flight requests may take to finish before their connections are cut. */
  timeoutMs: number;
  /** Runs once the listener is closed and every connection is gone (stop Apollo, close the database). */
  onClosed: () => Promise<void>;
}

/**
 * Returns a function that shuts the HTTP server down gracefully: stop accepting connections,
 * answer new requests on open keep-alive connections with `Connection: close`, let in-flight
 * requests finish, then run `onClosed`. After `timeoutMs` the remaining connections are cut.
 * Calling it again returns the same promise.
 */
export function gracefulShutdown(listener: Server, options: ShutdownOptions): () => Promise<void> {
  let inFlight = 0;
  let closing: Promise<void> | null = null;
  listener.on('request', (_req, res) => {
    inFlight += 1;
    if (closing && !res.headersSent) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      if (closing && inFlight === 0) listener.closeIdleConnections();
    });
  });
  return () => {
    closing ??= new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => listener.closeAllConnections(), options.timeoutMs);
      timer.unref();
      listener.close(() => {
        clearTimeout(timer);
        options.onClosed().then(resolve, reject);
      });
      listener.closeIdleConnections();
    });
    return closing;
  };
}

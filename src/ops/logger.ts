import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one object per line (the server's log stream). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'content-graph' } }, destination);
}

/**
 * The same logs on stderr, for a one-shot command (ingest, query, migrate) whose stdout is its
 * result: a "slow query" line there would corrupt a summary or a JSON answer read by a script.
 * Synchronous, so no line is lost when the command exits.
 */
export function createCommandLogger(level: string): Logger {
  return createLogger(level, pino.destination({ fd: 2, sync: true }));
}

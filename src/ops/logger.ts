import pino, { type Logger } from 'pino';
import { chooseLogFormat, prettyDestination, type LogFormatSetting } from './log-format';

export type { Logger };

const OPTIONS = (level: string) => ({ level, base: { service: 'content-graph' } });

/**
 * The server's log stream on stdout: JSON lines, one object per line, or readable lines on a
 * terminal (see chooseLogFormat).
 */
export function createLogger(
  level: string,
  format: LogFormatSetting = 'json',
  destination?: pino.DestinationStream,
): Logger {
  if (destination) return pino(OPTIONS(level), destination);
  return chooseLogFormat(format, process.stdout.isTTY === true) === 'pretty'
    ? pino(OPTIONS(level), prettyDestination(process.stdout))
    : pino(OPTIONS(level));
}

/**
 * The same logs on stderr, for a one-shot command (ingest, query, migrate) whose stdout is its
 * result: a "slow query" line there would corrupt a summary or a JSON answer read by a script.
 * Synchronous, so no line is lost when the command exits.
 */
export function createCommandLogger(level: string, format: LogFormatSetting = 'json'): Logger {
  return chooseLogFormat(format, process.stderr.isTTY === true) === 'pretty'
    ? pino(OPTIONS(level), prettyDestination(process.stderr))
    : pino(OPTIONS(level), pino.destination({ fd: 2, sync: true }));
}

/** CONTENT_GRAPH_LOG_FORMAT: `auto` picks pretty on a terminal and JSON anywhere else. */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormatSetting = (typeof LOG_FORMATS)[number];
export type LogFormat = Exclude<LogFormatSetting, 'auto'>;

/**
 * JSON lines are for machines (CI, containers, log shippers) and stay the default there; a person
 * watching a terminal gets readable lines. The stream the logs go to decides, not stdout as such:
 * the one-shot commands log on stderr.
 */
export function chooseLogFormat(setting: LogFormatSetting, destinationIsTerminal: boolean): LogFormat {
  if (setting !== 'auto') return setting;
  return destinationIsTerminal ? 'pretty' : 'json';
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
// Fields every line has, or that a line's own wording already shows.
const OMITTED_FIELDS = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'err']);

interface LogRecord {
  level: number;
  time: number;
  msg?: string;
  err?: { message?: string; stack?: string };
  [field: string]: unknown;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

function clockTime(epochMs: number): string {
  const time = new Date(epochMs);
  return `${twoDigits(time.getHours())}:${twoDigits(time.getMinutes())}:${twoDigits(time.getSeconds())}`;
}

function fieldValue(value: unknown): string {
  return typeof value === 'string' && /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
}

/** The words of a line: the two a developer looks for are worded, the rest is `msg key=value …`. */
function describe(record: LogRecord): string {
  if (record.msg === 'listening' && typeof record.url === 'string') {
    const database = typeof record.database === 'string' ? ` (${record.database})` : '';
    return `content-graph listening on ${record.url}${database}`;
  }
  if (record.msg === 'request' && typeof record.ms === 'number') {
    return `${String(record.method)} ${String(record.path)} ${String(record.status)} ${record.ms.toFixed(1)} ms`;
  }
  const fields = Object.entries(record)
    .filter(([name]) => !OMITTED_FIELDS.has(name))
    .map(([name, value]) => `${name}=${fieldValue(value)}`);
  return [record.msg ?? '', ...fields].filter(Boolean).join(' ');
}

/**
 * One pino JSON line as a person reads it: `HH:MM:SS [LEVEL] words`, the level shown when it is
 * not info, and an error's stack on the lines below. A line that is not pino JSON passes as it is.
 */
export function formatLogLine(json: string): string {
  let record: LogRecord;
  try {
    record = JSON.parse(json) as LogRecord;
  } catch {
    return json;
  }
  const level = LEVEL_NAMES[record.level];
  const head = [clockTime(record.time), level, describe(record)].filter(Boolean).join(' ');
  const stack = record.err?.stack ?? record.err?.message;
  return stack ? `${head}\n  ${stack.replace(/\n/g, '\n  ')}\n` : `${head}\n`;
}

/** A pino destination that writes readable lines to `out` (a terminal). */
export function prettyDestination(out: { write(text: string): unknown }): { write(line: string): void } {
  return {
    write(line: string) {
      out.write(formatLogLine(line));
    },
  };
}

import { GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { CodedError, ErrorCode } from './errors';

/** The formats a DateTime input accepts, as every refusal names them. */
export const DATE_TIME_FORMATS =
  'an RFC 3339 date-time ("2025-01-01T12:00:00Z", "2025-01-01T12:00:00.5+02:00") or a date ("2025-01-01", the start of that day in UTC)';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. Null for a day that does not exist. */
function utcInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0) {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  const sameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return sameDay && hour < 24 && minute < 60 && second < 60 ? date : null;
}

/**
 * A date-time or a plain date as the API's inputs take it, or null. Leap seconds (":60") are
 * refused: a JavaScript Date cannot hold one.
 */
export function parseDateTimeInput(text: string): Date | null {
  const date = DATE.exec(text);
  if (date) return utcInstant(Number(date[1]), Number(date[2]), Number(date[3]));
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const local = utcInstant(+year, +month, +day, +hour, +minute, +second, ms);
  if (!local) return null;
  if (zulu) return local;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return new Date(local.getTime() - offset * 60_000);
}

/**
 * The refusal of a literal and of a variable alike: BAD_USER_INPUT with a message that names the
 * accepted formats. graphql-js reports a literal's error as it is (validation) and a variable's
 * with "Variable "$x" got invalid value …; " in front, and src/schema/format-error.ts gives both
 * this error's code.
 */
function notADateTime(shown: string, node?: ValueNode): CodedError {
  return new CodedError(
    `DateTime cannot represent ${shown}: expected ${DATE_TIME_FORMATS}`,
    ErrorCode.BAD_USER_INPUT,
    {},
    node ? { nodes: node } : {},
  );
}

function parseText(value: unknown, node?: ValueNode): Date {
  if (typeof value !== 'string')
    throw notADateTime(node ? print(node) : (JSON.stringify(value) ?? String(value)), node);
  const parsed = parseDateTimeInput(value);
  if (!parsed) throw notADateTime(JSON.stringify(value), node);
  return parsed;
}

/**
 * `DateTime`: answers are RFC 3339 date-times in UTC (as graphql-scalars writes them); inputs
 * also take a plain date, which means the start of that day in UTC, as `publishedAfter:
 * "2025-01-01"` reads.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, Date>({
  name: 'DateTime',
  description: `A point in time. Answers are RFC 3339 date-times in UTC ("2025-01-01T12:00:00.000Z"); inputs take ${DATE_TIME_FORMATS}.`,
  serialize: GraphQLDateTime.serialize,
  parseValue: (value) => parseText(value),
  parseLiteral: (node) => parseText(node.kind === Kind.STRING ? node.value : undefined, node),
});

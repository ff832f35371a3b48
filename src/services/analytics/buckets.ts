import type { SqlDialect } from '../../db/sql-dialect';
import { BadUserInputError } from '../../core/errors';

export type TimelineInterval = 'DAY' | 'WEEK' | 'MONTH';

/** Enough for two and a half years of days; a longer range needs WEEK or MONTH. */
export const MAX_BUCKETS = 1_000;

/** Start of the UTC day, ISO week (Monday) or month that contains a time, as YYYY-MM-DD. */
export function bucketStart(time: Date, interval: TimelineInterval): Date {
  const day = new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
  if (interval === 'DAY') return day;
  if (interval === 'MONTH') return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), 1));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

function nextBucket(start: Date, interval: TimelineInterval): Date {
  if (interval === 'MONTH') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + (interval === 'DAY' ? 1 : 7) * 86_400_000);
}

/** A bucket's key as the SQL below computes it. */
export const bucketKey = (start: Date): string => start.toISOString().slice(0, 10);

/** Position of a bucket start on a line of consecutive buckets (days, weeks or months since 1970). */
function bucketIndex(start: Date, interval: TimelineInterval): number {
  if (interval === 'MONTH') return start.getUTCFullYear() * 12 + start.getUTCMonth();
  return Math.round(start.getTime() / ((interval === 'DAY' ? 1 : 7) * 86_400_000));
}

/**
 * How many buckets from..to makes, checked against MAX_BUCKETS, by arithmetic alone. The cost
 * analysis charges a timeline by this number before anything runs, and bucketsBetween makes
 * exactly this many: one function for both, so the cost and the work cannot drift apart.
 */
export function bucketCount(from: Date, to: Date, interval: TimelineInterval): number {
  if (from.getTime() >= to.getTime()) {
    throw new BadUserInputError('from must be earlier than to', 'from');
  }
  // The last bucket is the one containing the last instant before `to` (DateTime has milliseconds).
  const last = bucketStart(new Date(to.getTime() - 1), interval);
  const count = bucketIndex(last, interval) - bucketIndex(bucketStart(from, interval), interval) + 1;
  if (count > MAX_BUCKETS) {
    throw new BadUserInputError(
      `from..to spans ${count} ${interval} buckets, more than ${MAX_BUCKETS}; use a longer interval or a shorter range`,
      'from',
    );
  }
  return count;
}

/**
 * Every bucket from the one containing `from` to the one containing the last instant before
 * `to`, empty ones included: the SQL returns only non-empty buckets, so the list is made here.
 */
export function bucketsBetween(
  from: Date,
  to: Date,
  interval: TimelineInterval,
): { start: Date; end: Date }[] {
  const count = bucketCount(from, to, interval);
  const buckets: { start: Date; end: Date }[] = [];
  for (let start = bucketStart(from, interval); buckets.length < count; start = nextBucket(start, interval)) {
    buckets.push({ start, end: nextBucket(start, interval) });
  }
  return buckets;
}

/**
 * SQL for the bucket key of an ISO-8601 sortDate column: the bucket's first day, YYYY-MM-DD,
 * exactly as bucketKey formats it. Days and months are cut from the text; weeks need the dialect.
 */
export function bucketSql(column: string, interval: TimelineInterval, dialect: SqlDialect): string {
  const day = `substr(${column}, 1, 10)`;
  if (interval === 'DAY') return day;
  if (interval === 'MONTH') return `substr(${column}, 1, 7) || '-01'`;
  return dialect.isoWeekStart(day);
}

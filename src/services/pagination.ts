import { BadUserInputError } from '../core/errors';
import { isRowId } from '../core/row-id';

/** Relay-style page request, validated. */
export interface PageRequest {
  /** How many items, at most MAX_PAGE_SIZE. */
  size: number;
  /** Forward (first/after) or backward (last/before) paging. */
  direction: 'forward' | 'backward';
  /** Keyset position to continue from, decoded from the cursor. */
  cursor: KeysetCursor | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Position in a keyset order: the sort key (an article's sortDate, an entity's name) and the row id. */
export interface KeysetCursor {
  key: string;
  id: number;
  /**
   * The order the key belongs to, for lists that can be ordered several ways by keys that look
   * alike (an entity's article count or last date); absent in the cursors of single-order lists.
   */
  order?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(cursor: KeysetCursor): string {
  const parts = cursor.order === undefined ? [cursor.key, cursor.id] : [cursor.key, cursor.id, cursor.order];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

function decodeCursor(value: string, argumentName: string): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      (parsed.length === 2 || (parsed.length === 3 && typeof parsed[2] === 'string')) &&
      typeof parsed[0] === 'string' &&
      // Keys are stored text (dates, names), which never holds a NUL; PostgreSQL would refuse one.
      !parsed[0].includes('\u0000') &&
      isRowId(parsed[1])
    ) {
      return parsed.length === 3
        ? { key: parsed[0], id: parsed[1], order: parsed[2] as string }
        : { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError(
    `${argumentName}: "${value}" is not a cursor returned by this API`,
    argumentName,
  );
}

function checkSize(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `${argumentName} must be between 1 and ${MAX_PAGE_SIZE}, got ${value}`,
      argumentName,
    );
  }
  return value;
}

/** The size of a plain list with a `first` argument (an article's mentions): DEFAULT_PAGE_SIZE when absent. */
export function listSize(first: number | null | undefined, argumentName = 'first'): number {
  return first === undefined || first === null ? DEFAULT_PAGE_SIZE : checkSize(first, argumentName);
}

/** Validates first/after/last/before; forward paging with DEFAULT_PAGE_SIZE when none is given. */
export function toPageRequest(args: PageArgs): PageRequest {
  const hasFirst = args.first !== undefined && args.first !== null;
  const hasLast = args.last !== undefined && args.last !== null;
  if (hasFirst && hasLast) throw new BadUserInputError('Pass either first or last, not both', 'last');
  if (args.after && args.before)
    throw new BadUserInputError('Pass either after or before, not both', 'before');
  if (hasLast || args.before) {
    if (args.after) throw new BadUserInputError('after cannot be combined with last/before', 'after');
    return {
      size: hasLast ? checkSize(args.last!, 'last') : DEFAULT_PAGE_SIZE,
      direction: 'backward',
      cursor: args.before ? decodeCursor(args.before, 'before') : null,
    };
  }
  return {
    size: hasFirst ? checkSize(args.first!, 'first') : DEFAULT_PAGE_SIZE,
    direction: 'forward',
    cursor: args.after ? decodeCursor(args.after, 'after') : null,
  };
}

/** The sort key of a cursor into a list ordered by a number (relevance, salience), checked. */
export function numericCursorKey(cursor: KeysetCursor, argumentName: string): number {
  const key = Number(cursor.key);
  if (cursor.order !== undefined || cursor.key === '' || !Number.isFinite(key)) {
    throw new BadUserInputError(`${argumentName}: not a cursor of this list`, argumentName);
  }
  return key;
}

import { BadUserInputError } from '../../core/errors';
import { isRowId } from '../../core/row-id';
import { encodeCursor, type KeysetCursor } from '../pagination';
import type { CoMentionOrder, CoMentionPosition } from './co-mention.service';

/**
 * A co-mention cursor is a keyset cursor whose key is the JSON of the row's ranking key: the four
 * counts its lift is computed from and its name (the id is the cursor's id, the order its order).
 * Both orders rank by the same columns, so the order travels in the cursor and a cursor of the
 * other order is refused instead of continuing a list it does not belong to.
 */
export function encodeCoMentionCursor(row: CoMentionPosition, order: CoMentionOrder): string {
  const key = [row.sharedArticles, row.ownerArticles, row.entityArticles, row.totalArticles, row.name];
  return encodeCursor({ key: JSON.stringify(key), id: row.entityId, order });
}

/** The position a decoded `after` cursor names in `order`; BAD_USER_INPUT naming the argument otherwise. */
export function coMentionPosition(
  cursor: KeysetCursor,
  order: CoMentionOrder,
  argumentName: string,
): CoMentionPosition {
  if (cursor.order !== order) {
    throw new BadUserInputError(
      `${argumentName}: this cursor is from ${cursor.order ? `co-mentions ordered by ${cursor.order}` : 'another list'}, not co-mentions ordered by ${order}`,
      argumentName,
    );
  }
  const key = parseKey(cursor.key);
  // Every count is at least 1 (the row shares an article with its owner): a zero would divide by zero.
  const counts = key?.slice(0, 4) ?? [];
  const name = key?.[4];
  if (
    counts.length !== 4 ||
    !counts.every((count) => isRowId(count) && count > 0) ||
    typeof name !== 'string' ||
    name.includes('\u0000')
  ) {
    throw new BadUserInputError(`${argumentName}: not a cursor of this list`, argumentName);
  }
  const [sharedArticles, ownerArticles, entityArticles, totalArticles] = counts as number[];
  return { sharedArticles, ownerArticles, entityArticles, totalArticles, name, entityId: cursor.id };
}

function parseKey(key: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(key);
    return Array.isArray(parsed) && parsed.length === 5 ? parsed : null;
  } catch {
    return null;
  }
}

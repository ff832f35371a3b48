/**
 * Article and entity ids are database integers, at most 2^31 - 1 on PostgreSQL (a 4-byte serial).
 * A client's id or cursor outside that range names no row; sent to PostgreSQL it would fail the
 * statement ("out of range for type integer") instead of finding nothing.
 */
export const MAX_ROW_ID = 2_147_483_647;

export function isRowId(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_ROW_ID;
}

/** The row id a global id's key spells ("12"), or null when it spells none. */
export function rowIdOf(key: string): number | null {
  if (!/^\d{1,10}$/.test(key)) return null;
  const id = Number(key);
  return isRowId(id) ? id : null;
}

/** A table copy moves row by row, in primary-key order. */
export interface CopiedTable {
  name: string;
  key: readonly string[];
  /** The integer key the database numbers itself (AUTOINCREMENT / identity): its counter is carried over. */
  identity?: string;
  /** Rows read and written per batch: fewer for tables with large text columns, to bound memory. */
  batchRows: number;
}

/**
 * The graph's own rows, parents before children (foreign keys hold after each table). Everything
 * else in a graph database is derived from them and kept by the target's triggers: posting_size,
 * country_pair_size, the full-text index (FTS5 on SQLite, article."searchVector" on PostgreSQL)
 * and any table a later migration derives the same way.
 */
export const COPIED_TABLES: readonly CopiedTable[] = [
  { name: 'country', key: ['code'], batchRows: 1000 },
  { name: 'entity', key: ['id'], identity: 'id', batchRows: 9000 },
  { name: 'article', key: ['id'], identity: 'id', batchRows: 200 },
  { name: 'mention', key: ['articleId', 'entityId'], batchRows: 9000 },
  { name: 'entity_key', key: ['kind', 'key'], batchRows: 5000 },
];

/** Columns that one backend derives itself (PostgreSQL's tsvector): never copied, whichever side has them. */
export const DERIVED_COLUMNS: ReadonlySet<string> = new Set(['searchVector']);

/**
 * Tables that hold no graph rows: the migration log (the target has its own) and SQLite's FTS5
 * index with its shadow tables, whose internal layout differs between two files with the same rows.
 */
export function isBookkeepingTable(name: string): boolean {
  return name === 'migrations' || name === 'typeorm_metadata' || /^article_fts(_|$)/.test(name);
}

/**
 * The rows of a derived table that must agree after a copy, when more than its row count must.
 * posting_size and country_pair_size keep a row at 0 for an entity or pair whose last mention went
 * away, which the target (filled from the current mentions) never has; readers treat a missing row
 * as 0, so the non-zero rows must agree, by content. Other tables are compared by row count.
 */
const DERIVED_CONTENT: Readonly<Record<string, string>> = {
  posting_size: 'SELECT "entityId", "articles" FROM "posting_size" WHERE "articles" > 0 ORDER BY "entityId"',
  country_pair_size: `SELECT "lowEntityId", "highEntityId", "articles" FROM "country_pair_size"
    WHERE "articles" > 0 ORDER BY "lowEntityId", "highEntityId"`,
};

export function derivedContentQuery(name: string): string | null {
  return DERIVED_CONTENT[name] ?? null;
}

import type { DataSource } from 'typeorm';

/** The copied graph tables with the columns both backends have, in primary-key order. */
const TABLES = [
  ['country', '"code"'],
  ['entity', '"id"'],
  ['article', '"id"'],
  ['mention', '"articleId", "entityId"'],
  ['entity_key', '"kind", "key"'],
] as const;

const ARTICLE_COLUMNS = [
  'id',
  'url',
  'title',
  'body',
  'summary',
  'source',
  'author',
  'section',
  'language',
  'publishedAt',
  'ingestedAt',
  'sortDate',
  'contentHash',
]
  .map((column) => `"${column}"`)
  .join(', ');

/**
 * Every row of the graph tables and the non-zero posting_size rows, as plain values: equal on two
 * databases that hold the same graph, whichever backends (PostgreSQL's searchVector is left out).
 */
export async function graphRows(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of TABLES) {
    const columns = table === 'article' ? ARTICLE_COLUMNS : '*';
    rows[table] = await dataSource.query(`SELECT ${columns} FROM "${table}" ORDER BY ${key}`);
  }
  rows.posting_size = await dataSource.query(
    'SELECT "entityId", "articles" FROM "posting_size" WHERE "articles" > 0 ORDER BY "entityId"',
  );
  return rows;
}

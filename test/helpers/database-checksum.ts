import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The graph's tables with their primary keys, so rows come in the same order on every backend. */
const TABLES = [
  ['country', '"code"'],
  ['entity', '"id"'],
  ['article', '"id"'],
  ['mention', '"articleId", "entityId"'],
] as const;

/** Row counts and a SHA-256 over every row of the graph's tables, in primary-key order. */
export async function databaseChecksum(dataSource: DataSource) {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const [table, key] of TABLES) {
    const rows: unknown[] = await dataSource.query(`SELECT * FROM "${table}" ORDER BY ${key}`);
    counts[table] = rows.length;
    hash.update(JSON.stringify(rows));
  }
  return { counts, sha256: hash.digest('hex') };
}

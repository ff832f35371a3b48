import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

const TABLES = ['country', 'entity', 'article', 'mention'] as const;

/** Row counts and a SHA-256 over every row of the graph's tables, in primary-key order. */
export async function databaseChecksum(dataSource: DataSource) {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows: unknown[] = await dataSource.query(`SELECT * FROM "${table}" ORDER BY rowid`);
    counts[table] = rows.length;
    hash.update(JSON.stringify(rows));
  }
  return { counts, sha256: hash.digest('hex') };
}

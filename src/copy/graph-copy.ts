import type { DataSource, QueryRunner } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { describeDatabase } from '../config';
import { CopyError } from './copy-endpoints';
import type { DatabaseCatalog } from './database-catalog';
import { createIndexes, dropSecondaryIndexes } from './deferred-indexes';
import { COPIED_TABLES, DERIVED_COLUMNS, isBookkeepingTable, type CopiedTable } from './graph-tables';
import { readIdentityCounter, setIdentityCounter } from './identity-counters';
import { readRowBatches } from './row-batches';
import { insertRows } from './row-insert';
import { quoteName } from './sql-text';
import { inReadSnapshot, inWriteTransaction } from './write-transaction';

/** One side of a copy: an open, migrated database and what it holds. */
export interface CopyEndpoint {
  dataSource: DataSource;
  config: DatabaseConfig;
  catalog: DatabaseCatalog;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface TableCount {
  table: string;
  rows: number;
}

interface TablePlan {
  table: CopiedTable;
  columns: string[];
  total: number;
  identityCounter: number;
}

async function countRows(runner: QueryRunner, table: string): Promise<number> {
  const [{ rows }]: { rows: number }[] = await runner.query(
    `SELECT COUNT(*) AS "rows" FROM ${quoteName(table)}`,
  );
  return Number(rows);
}

/** The columns both sides have, minus those a backend derives; a source column the target lacks is an error. */
async function planTable(
  reader: QueryRunner,
  source: CopyEndpoint,
  target: CopyEndpoint,
  table: CopiedTable,
): Promise<TablePlan> {
  const sourceColumns = (await source.catalog.columns(table.name)).filter((c) => !DERIVED_COLUMNS.has(c));
  const targetColumns = new Set(await target.catalog.columns(table.name));
  const missing = sourceColumns.filter((column) => !targetColumns.has(column));
  if (missing.length) {
    throw new CopyError(
      `--to: table ${table.name} has no column ${missing.map((c) => `"${c}"`).join(', ')} that the source has`,
    );
  }
  return {
    table,
    columns: sourceColumns,
    total: await countRows(reader, table.name),
    identityCounter: table.identity ? await readIdentityCounter(reader, table) : 0,
  };
}

/** The target's tables that derive from the graph rows (posting_size, and any a later migration adds). */
function derivedTables(target: CopyEndpoint): string[] {
  const copied = new Set(COPIED_TABLES.map((table) => table.name));
  return [...target.catalog.tables].filter((name) => !copied.has(name) && !isBookkeepingTable(name));
}

/**
 * Empties the target's graph: mentions first (their triggers bring the derived tables down with
 * them), then the derived tables themselves (posting_size keeps rows at 0 that would block deleting
 * their entities), then the graph tables children before parents. A freshly migrated target holds
 * only the countries and their entities, which the copy replaces with the source's own rows.
 */
async function clearTarget(runner: QueryRunner, target: CopyEndpoint): Promise<void> {
  const order = ['mention', ...derivedTables(target), ...COPIED_TABLES.map((table) => table.name).reverse()];
  for (const table of new Set(order)) await runner.query(`DELETE FROM ${quoteName(table)}`);
}

/**
 * Copies the graph rows of `source` into `target` in one transaction on the target: refuses a target
 * that already holds articles unless `replace`, streams every table in primary-key order in batches
 * of multi-row INSERTs, and carries the id counters over. Returns the rows written per table.
 *
 * Derived data is kept by the target's own triggers as each batch lands (the full-text column or
 * index, posting_size, any derived table a later migration adds), so it is exact without the copy
 * knowing how to compute it. On PostgreSQL the posting_size triggers are statement-level: one
 * grouped upsert per 9,000-row INSERT. Disabling them and rebuilding posting_size after the load
 * was measured at about 7% less time for the mentions (20k-article corpus), too little to trade
 * for that knowledge; deferring the secondary indexes (deferred-indexes.ts) saved about 27%.
 */
export async function copyGraph(
  source: CopyEndpoint,
  target: CopyEndpoint,
  options: { replace: boolean; onProgress?: (progress: CopyProgress) => void },
): Promise<TableCount[]> {
  const counts = await inReadSnapshot(source.dataSource, async (reader) => {
    const plans: TablePlan[] = [];
    for (const table of COPIED_TABLES) plans.push(await planTable(reader, source, target, table));
    return inWriteTransaction(target.dataSource, (writer) =>
      writePlans(reader, writer, target, plans, options),
    );
  });
  // Planner statistics and the visibility map now, not whenever autovacuum gets to the new rows:
  // until the map is set, index-only scans (the posting-list walks) still visit every heap row (a
  // three-entity count at 100k articles: 49 ms before, 16 ms after). VACUUM runs outside any
  // transaction, and after the source snapshot is released (on the same server it would keep the
  // new rows from counting as visible to all).
  if (target.config.type === 'postgres') {
    const tables = [...COPIED_TABLES.map((table) => table.name), ...derivedTables(target)];
    await target.dataSource.query(`VACUUM (ANALYZE) ${tables.map(quoteName).join(', ')}`);
  }
  return counts;
}

async function writePlans(
  reader: QueryRunner,
  runner: QueryRunner,
  target: CopyEndpoint,
  plans: TablePlan[],
  options: { replace: boolean; onProgress?: (progress: CopyProgress) => void },
): Promise<TableCount[]> {
  const existing = await countRows(runner, 'article');
  if (existing > 0 && !options.replace) {
    throw new CopyError(
      `--to: ${describeDatabase(target.config)} already holds ${existing} articles; ` +
        'copy into an empty database, or pass --replace to delete its graph first',
    );
  }
  await clearTarget(runner, target);
  const schema = target.config.type === 'postgres' ? target.config.schema : null;
  const names = plans.map((plan) => plan.table.name);
  const deferred = schema === null ? [] : await dropSecondaryIndexes(runner, schema, names);
  const counts: TableCount[] = [];
  for (const plan of plans) {
    let copied = 0;
    options.onProgress?.({ table: plan.table.name, copied, total: plan.total });
    for await (const rows of readRowBatches(reader, plan.table, plan.columns)) {
      await insertRows(runner, plan.table.name, plan.columns, rows);
      copied += rows.length;
      options.onProgress?.({ table: plan.table.name, copied, total: plan.total });
    }
    if (plan.table.identity) await setIdentityCounter(runner, plan.table, plan.identityCounter);
    counts.push({ table: plan.table.name, rows: copied });
  }
  await createIndexes(runner, deferred);
  return counts;
}

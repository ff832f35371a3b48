import type { QueryRunner } from 'typeorm';
import type { CopiedTable } from './graph-tables';
import { columnList, placeholderStyle, quoteName } from './sql-text';

export type Row = Record<string, unknown>;

/**
 * The rows of a table in primary-key order, one batch at a time: each batch is one keyset query
 * (`WHERE (key) > (last key read) ORDER BY key LIMIT n`) on the key's index, so memory holds one
 * batch and every batch costs the same however far into the table it is.
 */
export async function* readRowBatches(
  runner: QueryRunner,
  table: CopiedTable,
  columns: readonly string[],
): AsyncGenerator<Row[]> {
  const placeholder = placeholderStyle(runner.connection);
  const key = `(${columnList(table.key)})`;
  const select = `SELECT ${columnList(columns)} FROM ${quoteName(table.name)}`;
  const order = `ORDER BY ${columnList(table.key)} LIMIT ${table.batchRows}`;
  const after = `${select} WHERE ${key} > (${table.key.map((_, i) => placeholder(i + 1)).join(', ')}) ${order}`;
  let rows: Row[] = await runner.query(`${select} ${order}`);
  while (rows.length) {
    yield rows;
    if (rows.length < table.batchRows) return;
    const last = rows[rows.length - 1];
    rows = await runner.query(
      after,
      table.key.map((column) => last[column]),
    );
  }
}

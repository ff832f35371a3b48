import type { QueryRunner } from 'typeorm';
import type { Row } from './row-batches';
import { columnList, placeholderStyle, quoteName } from './sql-text';

/** Bind values per statement: below SQLite's limit (32766) and PostgreSQL's (65535). */
const MAX_VALUES_PER_STATEMENT = 30_000;

/** Inserts `rows` with as few multi-row INSERT statements as the bind-value limit allows. */
export async function insertRows(
  runner: QueryRunner,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  const placeholder = placeholderStyle(runner.connection);
  const perStatement = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  const into = `INSERT INTO ${quoteName(table)} (${columnList(columns)}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const tuples = slice.map(
      (_, row) =>
        `(${columns.map((_column, column) => placeholder(row * columns.length + column + 1)).join(', ')})`,
    );
    await runner.query(
      into + tuples.join(', '),
      slice.flatMap((row) => columns.map((column) => row[column] ?? null)),
    );
  }
}

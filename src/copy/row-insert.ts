import type { QueryRunner } from 'typeorm';
import type { Row } from './row-batches';
import { columnList, placeholderStyle, quoteName } from './sql-text';

/** Bind values per statement, below each driver's limit (SQLite 32766, PostgreSQL 65535). */
const MAX_VALUES_PER_STATEMENT = { sqlite: 32_000, postgres: 65_000 };

/** Inserts `rows` with as few multi-row INSERT statements as the bind-value limit allows. */
export async function insertRows(
  runner: QueryRunner,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  const placeholder = placeholderStyle(runner.connection);
  const limit =
    MAX_VALUES_PER_STATEMENT[runner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite'];
  const perStatement = Math.max(1, Math.floor(limit / columns.length));
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

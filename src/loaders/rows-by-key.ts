import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { chunk, SqlParameters } from '../db/sql-builder';
import { sqlDialect } from '../db/sql-dialect';

/** Keeps only the rows whose `column` is one of `values`. */
export interface RowFilter<T> {
  column: keyof T & string;
  values: readonly (string | number)[];
}

/** Column types that travel through the dialect's exactJsonDouble. */
const REAL_TYPES = new Set(['real', 'float', 'double', 'double precision']);

/**
 * Reads the rows of one entity whose `keyColumn` is in a list, with one hand-written SELECT per
 * chunk of keys, and hydrates them from TypeORM's column metadata (the same transformers and JSON
 * columns `Repository.findBy` applies). `findBy` builds a query builder, aliases every column and
 * regroups the rows for relations on every call; the per-request loaders read hundreds of rows
 * with no relations, and that machinery was the largest share of TypeORM's time in a headline
 * request's CPU profile (docs/performance.md).
 *
 * The rows travel as ONE JSON value (SqlDialect.jsonRows: `json_group_array(json_array(...))` on
 * SQLite, `json_agg(json_build_array(...))` on PostgreSQL): the sqlite3 driver builds a JavaScript
 * object per row column by column, which for 250 entities of 7 columns took 1.7 ms against 0.2 ms
 * for the same rows as one string that JSON.parse reads. Doubles travel as the dialect makes them
 * read back exactly (text on SQLite, whose JSON printer keeps 15 digits).
 */
export function rowsByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  keyColumn: keyof T & string,
  orderBy: { column: keyof T & string; direction: 'ASC' | 'DESC' }[] = [],
): (keys: readonly (string | number)[], only?: RowFilter<T>) => Promise<T[]> {
  const dialect = sqlDialect(dataSource);
  const metadata = dataSource.getMetadata(target);
  const columnOf = (property: keyof T & string) =>
    metadata.findColumnWithPropertyName(property)!.databaseName;
  const columns = metadata.columns;
  const isReal = columns.map((column) => REAL_TYPES.has(String(column.type)));
  const values = columns.map((column, i) =>
    isReal[i] ? dialect.exactJsonDouble(`"${column.databaseName}"`) : `"${column.databaseName}"`,
  );
  const order = orderBy.length
    ? `ORDER BY ${orderBy.map((o) => `"${columnOf(o.column)}" ${o.direction}`).join(', ')}`
    : '';
  const key = columnOf(keyColumn);

  const hydrate = (raw: unknown[]): T => {
    const row = metadata.create() as T;
    columns.forEach((column, i) => {
      const value = isReal[i] && raw[i] !== null ? Number(raw[i]) : raw[i];
      column.setEntityValue(row, dataSource.driver.prepareHydratedValue(value, column));
    });
    return row;
  };
  return async (keys, only) => {
    const rows: T[] = [];
    for (const part of chunk(keys)) {
      const params = new SqlParameters();
      const conditions = [`"${key}" IN (${params.bindList(part)})`];
      if (only) conditions.push(`"${columnOf(only.column)}" IN (${params.bindList(only.values)})`);
      const [result] = await params.run<{ rows: unknown }>(
        dataSource,
        `SELECT ${dialect.jsonRows(values, order)} AS "rows"
         FROM "${metadata.tableName}" WHERE ${conditions.join(' AND ')}`,
      );
      for (const raw of dialect.readJsonRows(result.rows)) rows.push(hydrate(raw));
    }
    return rows;
  };
}

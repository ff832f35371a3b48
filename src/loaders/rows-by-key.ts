import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { chunk, SqlParameters } from '../db/sql-builder';
import { sqlDialect } from '../db/data-source-dialect';

/** Keeps only the rows whose `column` is one of `values`. */
export interface RowFilter<T> {
  column: keyof T & string;
  values: readonly (string | number)[];
}

/**
 * Keeps only the first rows of each key in the `orderBy` order: `perKey` of all its rows, and/or
 * `perGroup.limit` of its rows for each value of `perGroup.column` listed (a row qualifies if
 * either holds). Ranked in the database, so a key with 30,000 rows sends only what is asked for.
 */
export interface TopRows<T> {
  perKey: number | null;
  perGroup: { column: keyof T & string; values: readonly (string | number)[]; limit: number } | null;
}

/** Column types that hold doubles (the dialect may send them as text). */
const REAL_TYPES = new Set(['real', 'float', 'double', 'double precision']);

/**
 * Reads the rows of one entity whose `keyColumn` is in a list, with one hand-written SELECT per
 * chunk of keys, and hydrates them from TypeORM's column metadata (the same transformers and JSON
 * columns `Repository.findBy` applies). `findBy` builds a query builder, aliases every column and
 * regroups the rows for relations on every call; the per-request loaders read hundreds of rows
 * with no relations, and that machinery was the largest share of TypeORM's time in a headline
 * request's CPU profile (docs/performance.md).
 *
 * How the rows travel is the dialect's choice (SqlDialect.rowsStatement): on SQLite as ONE JSON
 * text, which costs far less than the sqlite3 driver's object per row; on PostgreSQL as plain rows.
 */
export function rowsByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  keyColumn: keyof T & string,
  orderBy: { column: keyof T & string; direction: 'ASC' | 'DESC' }[] = [],
): (keys: readonly (string | number)[], only?: RowFilter<T>, top?: TopRows<T>) => Promise<T[]> {
  const dialect = sqlDialect(dataSource);
  const metadata = dataSource.getMetadata(target);
  const columnOf = (property: keyof T & string) =>
    metadata.findColumnWithPropertyName(property)!.databaseName;
  const columns = metadata.columns;
  const isReal = columns.map((column) => REAL_TYPES.has(String(column.type)));
  const selected = columns.map((column, i) => ({ name: `"${column.databaseName}"`, double: isReal[i] }));
  const order = orderBy.length
    ? `ORDER BY ${orderBy.map((o) => `"${columnOf(o.column)}" ${o.direction}`).join(', ')}`
    : '';
  const key = columnOf(keyColumn);
  const rankOrder = orderBy.map((o) => `"${columnOf(o.column)}" ${o.direction}`).join(', ');

  /** The rows of `keys` as a ranked subquery, the top rows kept, under the table's own name. */
  const rankedFrom = (keyCondition: string, top: TopRows<T>, params: SqlParameters): string => {
    const ranks = [`ROW_NUMBER() OVER (PARTITION BY "${key}" ORDER BY ${rankOrder}) AS "rankInKey"`];
    const kept: string[] = [];
    if (top.perKey !== null) kept.push(`"rankInKey" <= ${Number(top.perKey)}`);
    if (top.perGroup) {
      const group = columnOf(top.perGroup.column);
      ranks.push(
        `ROW_NUMBER() OVER (PARTITION BY "${key}", "${group}" ORDER BY ${rankOrder}) AS "rankInGroup"`,
      );
      kept.push(
        `("${group}" IN (${params.bindList(top.perGroup.values)}) AND "rankInGroup" <= ${Number(top.perGroup.limit)})`,
      );
    }
    const table = `"${metadata.tableName}"`;
    return `(SELECT *, ${ranks.join(', ')} FROM ${table} WHERE ${keyCondition}) ${table} WHERE ${kept.join(' OR ')}`;
  };

  const hydrate = (raw: unknown[]): T => {
    const row = metadata.create() as T;
    columns.forEach((column, i) => {
      const value = isReal[i] && raw[i] !== null ? Number(raw[i]) : raw[i];
      column.setEntityValue(row, dataSource.driver.prepareHydratedValue(value, column));
    });
    return row;
  };
  return async (keys, only, top) => {
    const rows: T[] = [];
    for (const part of chunk(keys)) {
      const params = new SqlParameters();
      const conditions = [`"${key}" IN (${params.bindList(part)})`];
      if (only) conditions.push(`"${columnOf(only.column)}" IN (${params.bindList(only.values)})`);
      const fromWhere = top
        ? rankedFrom(conditions.join(' AND '), top, params)
        : `"${metadata.tableName}" WHERE ${conditions.join(' AND ')}`;
      const statement = dialect.rowsStatement(selected, fromWhere, order);
      const result = await params.run<Record<string, unknown>>(dataSource, statement.sql);
      for (const raw of statement.read(result)) rows.push(hydrate(raw));
    }
    return rows;
  };
}

import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { chunk, SqlParameters } from '../db/sql-builder';

/** Keeps only the rows whose `column` is one of `values`. */
export interface RowFilter<T> {
  column: keyof T & string;
  values: readonly (string | number)[];
}

/**
 * Reads the rows of one entity whose `keyColumn` is in a list, with one hand-written SELECT per
 * chunk of keys, and hydrates them from TypeORM's column metadata (the same transformers and JSON
 * columns `Repository.findBy` applies). `findBy` builds a query builder, aliases every column and
 * regroups the rows for relations on every call; the per-request loaders read hundreds of rows
 * with no relations, and that machinery was the largest share of TypeORM's time in a headline
 * request's CPU profile (docs/performance.md).
 */
export function rowsByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  keyColumn: keyof T & string,
  orderBy: { column: keyof T & string; direction: 'ASC' | 'DESC' }[] = [],
): (keys: readonly (string | number)[], only?: RowFilter<T>) => Promise<T[]> {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns;
  const select = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const order = orderBy.length
    ? `ORDER BY ${orderBy.map((o) => `"${metadata.findColumnWithPropertyName(o.column)!.databaseName}" ${o.direction}`).join(', ')}`
    : '';
  const key = metadata.findColumnWithPropertyName(keyColumn)!.databaseName;

  const hydrate = (raw: Record<string, unknown>): T => {
    const row = metadata.create() as T;
    for (const column of columns) {
      column.setEntityValue(row, dataSource.driver.prepareHydratedValue(raw[column.databaseName], column));
    }
    return row;
  };
  const columnOf = (property: keyof T & string) =>
    metadata.findColumnWithPropertyName(property)!.databaseName;
  return async (keys, only) => {
    const rows: T[] = [];
    for (const part of chunk(keys)) {
      const params = new SqlParameters();
      const conditions = [`"${key}" IN (${params.bindList(part)})`];
      if (only) conditions.push(`"${columnOf(only.column)}" IN (${params.bindList(only.values)})`);
      const raw = await params.run<Record<string, unknown>>(
        dataSource,
        `SELECT ${select} FROM "${metadata.tableName}" WHERE ${conditions.join(' AND ')} ${order}`,
      );
      for (const r of raw) rows.push(hydrate(r));
    }
    return rows;
  };
}

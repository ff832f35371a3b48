import type { DataSource } from 'typeorm';

/**
 * Collects named parameters for hand-written SQL and runs it through the driver's own escaping,
 * so the same SQL text (with :name and :...list placeholders) works on SQLite and PostgreSQL.
 * Client values only ever travel as parameters, never as SQL text.
 */
export class SqlParameters {
  private readonly values: Record<string, unknown> = {};
  private next = 0;

  /** Registers a value and returns its placeholder. */
  bind(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `:${name}`;
  }

  /** Registers a non-empty list for `IN (...)` and returns its placeholder. */
  bindList(values: readonly unknown[]): string {
    if (values.length === 0) throw new Error('bindList needs at least one value');
    const name = `p${this.next++}`;
    this.values[name] = values;
    return `:...${name}`;
  }

  async run<Row>(dataSource: DataSource, sql: string): Promise<Row[]> {
    const [query, parameters] = dataSource.driver.escapeQueryWithParameters(sql, this.values, {});
    return (await dataSource.query(query, parameters)) as Row[];
  }
}

/** Splits keys so one IN list stays far below SQLite's bind-parameter limit. */
export function chunk<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

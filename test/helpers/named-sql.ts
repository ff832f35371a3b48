import type { DataSource } from 'typeorm';

/** Runs SQL with :named parameters, in the placeholders of the backend under test. */
export function runNamedSql<T>(
  dataSource: DataSource,
  query: string,
  parameters: Record<string, unknown> = {},
): Promise<T[]> {
  const [text, values] = dataSource.driver.escapeQueryWithParameters(query, parameters, {});
  return dataSource.query(text, values) as Promise<T[]>;
}

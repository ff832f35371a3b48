import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';

/** The tables of one graph database and their columns, read from the database itself. */
export class DatabaseCatalog {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string | null,
    readonly tables: ReadonlySet<string>,
  ) {}

  /** `schema` is the PostgreSQL schema named explicitly: an unknown one must not fall back to public. */
  static async read(dataSource: DataSource, config: DatabaseConfig): Promise<DatabaseCatalog> {
    const schema = config.type === 'postgres' ? config.schema : null;
    const rows: { name: string }[] =
      schema === null
        ? await dataSource.query(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
          )
        : await dataSource.query('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1', [schema]);
    return new DatabaseCatalog(dataSource, schema, new Set(rows.map((row) => row.name)));
  }

  async columns(table: string): Promise<string[]> {
    const rows: { name: string }[] =
      this.schema === null
        ? await this.dataSource.query('SELECT name FROM pragma_table_info(?) ORDER BY cid', [table])
        : await this.dataSource.query(
            `SELECT column_name AS name FROM information_schema.columns
             WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
            [this.schema, table],
          );
    return rows.map((row) => row.name);
  }

  /** Names of the migrations applied (TypeORM's `migrations` table), empty when there is none. */
  async appliedMigrations(): Promise<string[]> {
    if (!this.tables.has('migrations')) return [];
    const rows: { name: string }[] = await this.dataSource.query('SELECT "name" FROM "migrations"');
    return rows.map((row) => row.name);
  }
}

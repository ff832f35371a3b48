import sqlite3 from 'sqlite3';

/** The few promise-shaped calls the bulk loader and the raw-SQL reference need. */
export class SqliteHandle {
  private constructor(readonly db: sqlite3.Database) {}

  static open(file: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<SqliteHandle> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, mode, (error) =>
        error ? reject(error) : resolve(new SqliteHandle(db)),
      );
    });
  }

  run(sql: string, params: unknown[] = []): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.run(sql, params, (error) => (error ? reject(error) : resolve())),
    );
  }

  all<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return new Promise((resolve, reject) =>
      this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as Row[]))),
    );
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  }

  prepare(sql: string): Promise<PreparedStatement> {
    return new Promise((resolve, reject) => {
      const statement = this.db.prepare(sql, (error) =>
        error ? reject(error) : resolve(new PreparedStatement(statement)),
      );
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())));
  }
}

export class PreparedStatement {
  constructor(private readonly statement: sqlite3.Statement) {}

  run(params: unknown[]): Promise<void> {
    return new Promise((resolve, reject) =>
      this.statement.run(params, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  all<Row>(params: unknown[]): Promise<Row[]> {
    return new Promise((resolve, reject) =>
      this.statement.all(params, (error: Error | null, rows: unknown[]) =>
        error ? reject(error) : resolve(rows as Row[]),
      ),
    );
  }

  finalize(): Promise<void> {
    return new Promise((resolve) => this.statement.finalize(() => resolve()));
  }
}

import sqlite3 from 'sqlite3';

/** A plain sqlite3 connection to a database file another process writes (WAL allows reading alongside). */
export class SqliteFile {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(file: string): Promise<SqliteFile> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (error) =>
        error ? reject(error) : resolve(new SqliteFile(db)),
      );
    });
  }

  all<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[])));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())));
  }
}

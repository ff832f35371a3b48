import pg from 'pg';
import sqlite3 from 'sqlite3';
import { parsePostgresUrl } from '../src/core/database-url';
import { SqliteHandle } from './sqlite-handle';

/**
 * The raw-SQL floor's connection to the benchmark corpus: the scenarios' hand-written SQL (quoted
 * camelCase names, `?` placeholders) runs on either backend, plus the one piece they cannot write
 * once for both, the full-text match.
 */
export interface FloorDatabase {
  all<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** SELECT of the ids (column `id`) of the articles whose title or body has a word; one `?`, bound to wordParameter. */
  readonly articlesWithWord: string;
  wordParameter(word: string): string;
  close(): Promise<void>;
}

/** SQLite: one read-only connection, as the benchmark has always used; FTS5 for words. */
class SqliteFloor implements FloorDatabase {
  readonly articlesWithWord = 'SELECT rowid AS id FROM article_fts WHERE article_fts MATCH ?';

  constructor(private readonly handle: SqliteHandle) {}

  all<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.handle.all<Row>(sql, params);
  }

  wordParameter(word: string): string {
    return `"${word}"`;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/**
 * PostgreSQL: a pool as large as the floor's concurrency (20), on the corpus's schema; the word
 * goes through the same normalization the index applies (docs/postgres.md).
 */
class PostgresFloor implements FloorDatabase {
  readonly articlesWithWord = `SELECT "id" FROM "article"
    WHERE "searchVector" @@ phraseto_tsquery('simple', article_search_text(?))`;

  constructor(private readonly pool: pg.Pool) {}

  async all<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    let position = 0;
    const text = sql.replace(/\?/g, () => `$${++position}`);
    return (await this.pool.query(text, params)).rows as Row[];
  }

  wordParameter(word: string): string {
    return word;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Opens `sqlite:PATH` read-only, or a `postgres://…[?schema=name]` URL with a pool of 20. */
export async function openFloorDatabase(url: string): Promise<FloorDatabase> {
  if (url.startsWith('sqlite:')) {
    return new SqliteFloor(await SqliteHandle.open(url.slice('sqlite:'.length), sqlite3.OPEN_READONLY));
  }
  const { endpoint, schema = 'public' } = parsePostgresUrl(url, '--database');
  const pool = new pg.Pool({
    host: endpoint.host,
    port: endpoint.port,
    user: endpoint.user,
    password: endpoint.password,
    database: endpoint.database,
    ssl: endpoint.ssl ? { rejectUnauthorized: false } : undefined,
    max: 20,
    options: `-c search_path=${schema},public`,
  });
  return new PostgresFloor(pool);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';

/** What one GraphQL request cost in SQL, as `extensions.queryStats` reports it. */
export interface QueryStatsReport {
  sqlStatements: number;
  /** Rows the statements sent back (rows a SQLite statement packs into one JSON text count one by one). */
  sqlRows: number;
  /** Wall time with at least one statement of this request outstanding (queueing included). */
  sqlMs: number;
  totalMs: number;
}

/**
 * Per-request SQL accounting. Requests run concurrently on one process, so a global counter would
 * mix them up: the recorder travels with the request's async context instead.
 */
export class QueryStatsRecorder {
  private statements = 0;
  private rows = 0;
  private sqlMs = 0;
  private inFlight = 0;
  private busySince = 0;
  private readonly startedAt = performance.now();

  statement(): void {
    this.statements += 1;
  }

  rowsReturned(count: number): void {
    this.rows += count;
  }

  /** Statements of one request may overlap (Promise.all); overlapping time is counted once. */
  sqlStarted(): void {
    if (this.inFlight++ === 0) this.busySince = performance.now();
  }

  sqlEnded(): void {
    if (--this.inFlight === 0) this.sqlMs += performance.now() - this.busySince;
  }

  report(): QueryStatsReport {
    const round = (ms: number) => Math.round(ms * 1000) / 1000;
    return {
      sqlStatements: this.statements,
      sqlRows: this.rows,
      sqlMs: round(this.sqlMs),
      totalMs: round(performance.now() - this.startedAt),
    };
  }
}

const current = new AsyncLocalStorage<QueryStatsRecorder>();

/** The recorder of the request whose async context is running, if stats are on. */
export function currentQueryStats(): QueryStatsRecorder | undefined {
  return current.getStore();
}

/** Runs `work` with `recorder` counting every statement it causes, and no statement outside it. */
export function runWithQueryStats<T>(recorder: QueryStatsRecorder, work: () => T): T {
  return current.run(recorder, work);
}

const instrumented = new WeakSet<object>();

type Callback = (this: unknown, error: Error | null, rows?: unknown) => void;
type Method = (sql: string, parameters: unknown, callback: Callback) => unknown;

/**
 * Times every statement where the driver runs it (TypeORM's logger sees the start of a statement
 * but not its end), and counts the rows it sends back: the sqlite3 handle's all/run, or on
 * PostgreSQL each pooled client's query.
 */
export function instrumentSqlTiming(dataSource: DataSource): void {
  if (dataSource.options.type === 'postgres') instrumentPostgresPools(dataSource);
  else instrumentSqliteHandle(dataSource);
}

/** The recorder is captured at call time because the driver's callback does not run in the caller's async context. */
function instrumentSqliteHandle(dataSource: DataSource): void {
  const handle = (dataSource.driver as unknown as { databaseConnection: Record<'all' | 'run', Method> })
    .databaseConnection;
  if (instrumented.has(handle)) return;
  instrumented.add(handle);
  for (const name of ['all', 'run'] as const) {
    const original = handle[name].bind(handle);
    handle[name] = (sql, parameters, callback) => {
      const recorder = current.getStore();
      if (!recorder) return original(sql, parameters, callback);
      recorder.sqlStarted();
      return original(sql, parameters, function (this: unknown, error, rows) {
        recorder.sqlEnded();
        if (Array.isArray(rows)) recorder.rowsReturned(rows.length);
        callback.call(this, error, rows);
      });
    };
  }
}

interface PgPool {
  on(event: 'acquire', listener: (client: PgClient) => void): void;
}
interface PgClient {
  query(...args: unknown[]): unknown;
}

/**
 * TypeORM checks a client out of the pool for each query runner and awaits `client.query(sql,
 * values)`. Every client is wrapped when first checked out (the pool's 'acquire' event fires for
 * new and reused clients alike), on the primary's pool and on each replica's.
 */
function instrumentPostgresPools(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { master: PgPool; slaves: PgPool[] };
  for (const pool of [driver.master, ...driver.slaves]) {
    if (instrumented.has(pool)) continue;
    instrumented.add(pool);
    pool.on('acquire', instrumentPostgresClient);
  }
}

function instrumentPostgresClient(client: PgClient): void {
  if (instrumented.has(client)) return;
  instrumented.add(client);
  const original = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const recorder = current.getStore();
    const result = original(...args);
    if (!recorder || !(result instanceof Promise)) return result;
    recorder.sqlStarted();
    return result
      .then((answer: unknown) => {
        const rows = (answer as { rows?: unknown } | undefined)?.rows;
        if (Array.isArray(rows)) recorder.rowsReturned(rows.length);
        return answer;
      })
      .finally(() => recorder.sqlEnded());
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A request ran past its deadline, or one of its statements past the statement timeout, and its
 * statement was cancelled. The formatter answers it as REQUEST_TIMEOUT (HTTP 503).
 */
export class RequestTimeoutError extends Error {
  readonly code = 'REQUEST_TIMEOUT';
}

/** True for a RequestTimeoutError, also as the driver error inside TypeORM's QueryFailedError. */
export function isRequestTimeout(error: unknown): boolean {
  if (error instanceof RequestTimeoutError) return true;
  const driverError = (error as { driverError?: unknown } | null)?.driverError;
  return driverError instanceof RequestTimeoutError;
}

/** PostgreSQL's query_canceled: a cancel request or statement_timeout stopped the statement. */
const PG_QUERY_CANCELED = '57014';

/**
 * One request's deadline. When it expires, the statements the request has running are cancelled
 * and its next read statements are refused, so a request cannot hold the database past it.
 */
export class RequestDeadline {
  expired = false;
  private timer: NodeJS.Timeout | null;

  constructor(readonly ms: number) {
    this.timer = setTimeout(() => this.expire(), ms);
    this.timer.unref();
  }

  expire(): void {
    if (this.expired) return;
    this.expired = true;
    this.finish();
    for (const cancel of cancellers) cancel(this);
  }

  /** The request answered: the timer goes. */
  finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  error(): RequestTimeoutError {
    return new RequestTimeoutError(
      `The request ran longer than its deadline of ${this.ms} ms (CONTENT_GRAPH_REQUEST_TIMEOUT_MS) and was cancelled`,
    );
  }
}

const current = new AsyncLocalStorage<RequestDeadline>();
const cancellers = new Set<(deadline: RequestDeadline) => void>();
const enforced = new WeakSet<object>();

/**
 * Runs `work` under `deadline`: every statement it causes carries it, and nothing outside it does
 * (src/http/request-scope.ts scopes each request this way).
 */
export function runWithDeadline<T>(deadline: RequestDeadline, work: () => T): T {
  return current.run(deadline, work);
}

/**
 * Only statements that read are refused after a deadline or interrupted on SQLite: a write, BEGIN,
 * COMMIT or ROLLBACK always runs, so a transaction is never cut half-way by its own request.
 */
const READ_STATEMENT = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|replace|pg_advisory\w*)\b/i;
function isRead(sql: string): boolean {
  return READ_STATEMENT.test(sql) && !WRITES.test(sql);
}

/**
 * Wires deadline cancellation into the data source's driver (once per handle or pool).
 * `readOnly` says the connection cannot write (SQLite's `query_only` read connection): every
 * statement on it may then be interrupted. Otherwise a statement the read test takes for a write
 * (a PRAGMA, BEGIN, or a read naming `replace(`) would hold the interrupt back while it waits on
 * the connection behind the very statement that should be interrupted.
 */
export function enforceDeadlines(dataSource: DataSource, options: { readOnly: boolean }): void {
  if (dataSource.options.type === 'postgres') enforcePostgres(dataSource);
  else enforceSqlite(dataSource, options.readOnly);
}

type Callback = (this: unknown, error: Error | null, rows?: unknown) => void;
type Method = (sql: string, parameters: unknown, callback: Callback) => unknown;
interface SqliteHandle {
  all: Method;
  run: Method;
  interrupt(): void;
}
interface SqliteStatement {
  deadline: RequestDeadline | undefined;
  read: boolean;
}

/** How soon an interrupt that found no running statement is sent again. */
const INTERRUPT_RETRY_MS = 10;

/**
 * SQLite has no statement timeout, and node-sqlite3 offers `interrupt()`, which stops whatever
 * statement runs on the connection, and the one connection serves every request. So a deadline
 * interrupts only when every write statement is done: an interrupted read statement fails without
 * touching the transaction around it, while an interrupted write would roll the whole transaction
 * back. A read of another request that the interrupt hits is run again (it did no work that
 * counts), and the expired request's statement fails with RequestTimeoutError. While a write
 * statement runs the interrupt waits for it to end.
 */
function enforceSqlite(dataSource: DataSource, readOnly: boolean): void {
  const handle = (dataSource.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
  if (enforced.has(handle)) return;
  enforced.add(handle);
  const inFlight = new Set<SqliteStatement>();
  const pending = new Set<RequestDeadline>();
  let retry: NodeJS.Timeout | null = null;
  const interruptIfSafe = () => {
    if (!pending.size) return;
    const statements = [...inFlight];
    if (statements.some((s) => !s.read)) return;
    for (const deadline of pending) {
      if (!statements.some((s) => s.deadline === deadline)) pending.delete(deadline);
    }
    if (!pending.size) return;
    handle.interrupt();
    // sqlite3_interrupt() is a no-op while no statement is running on the connection, and a
    // statement node-sqlite3 has accepted may not have started yet: try again until the expired
    // request's statement has ended (its callback removes it from inFlight).
    if (!retry) {
      retry = setTimeout(() => {
        retry = null;
        interruptIfSafe();
      }, INTERRUPT_RETRY_MS);
      retry.unref();
    }
  };
  cancellers.add((deadline) => {
    pending.add(deadline);
    interruptIfSafe();
  });
  for (const name of ['all', 'run'] as const) {
    const original = handle[name].bind(handle);
    handle[name] = (sql, parameters, callback) => {
      const statement: SqliteStatement = { deadline: current.getStore(), read: readOnly || isRead(sql) };
      if (statement.read && statement.deadline?.expired) {
        const error = statement.deadline.error();
        process.nextTick(() => callback.call({}, error));
        return handle;
      }
      let retries = 0;
      const attempt = () => {
        inFlight.add(statement);
        return original(sql, parameters, function (this: unknown, error, rows) {
          inFlight.delete(statement);
          if ((error as { code?: string } | null)?.code === 'SQLITE_INTERRUPT') {
            if (statement.deadline?.expired) error = statement.deadline.error();
            else if (statement.read && retries++ < 3) {
              attempt();
              return;
            }
          }
          interruptIfSafe();
          callback.call(this, error, rows);
        });
      };
      return attempt();
    };
  }
}

interface PgPool {
  on(event: 'acquire', listener: (client: PgClient) => void): void;
}
interface PgClient {
  host: string;
  port: number;
  processID: number;
  secretKey: number;
  activeQuery: unknown;
  query(...args: unknown[]): unknown;
}

/**
 * PostgreSQL bounds each statement itself (statement_timeout on every pooled connection). A
 * deadline sends the protocol's cancel request for the statements its request has running (a
 * cancelled statement inside a transaction aborts the whole transaction, which is atomic there);
 * its next read statements are refused.
 */
function enforcePostgres(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { master: PgPool; slaves: PgPool[] };
  const running = new Map<PgClient, RequestDeadline>();
  cancellers.add((deadline) => {
    for (const [client, owner] of running) {
      if (owner !== deadline || !client.activeQuery) continue;
      const canceller = new pg.Client({ host: client.host, port: client.port });
      (canceller as unknown as { cancel(client: PgClient, query: unknown): void }).cancel(
        client,
        client.activeQuery,
      );
    }
  });
  for (const pool of [driver.master, ...driver.slaves]) {
    if (enforced.has(pool)) continue;
    enforced.add(pool);
    pool.on('acquire', (client) => {
      if (enforced.has(client)) return;
      enforced.add(client);
      const original = client.query.bind(client);
      client.query = (...args: unknown[]) => {
        const deadline = current.getStore();
        const sql = typeof args[0] === 'string' ? args[0] : '';
        if (!deadline) return original(...args);
        if (deadline.expired && isRead(sql)) return Promise.reject(deadline.error());
        const result = original(...args);
        if (!(result instanceof Promise)) return result;
        running.set(client, deadline);
        return result.then(
          (rows: unknown) => {
            running.delete(client);
            return rows;
          },
          (error: unknown) => {
            running.delete(client);
            throw deadline.expired && (error as { code?: string }).code === PG_QUERY_CANCELED
              ? deadline.error()
              : error;
          },
        );
      };
    });
  }
}

/** The statement_timeout of PostgreSQL answered through the same coded error. */
export function isStatementTimeout(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; message?: string } } | null)?.driverError;
  return driverError?.code === PG_QUERY_CANCELED && /statement timeout/.test(driverError.message ?? '');
}

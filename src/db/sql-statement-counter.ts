import type { Logger, QueryRunner } from 'typeorm';
import { currentQueryStats } from './query-stats';

/** A statement that ran longer than the configured threshold (CONTENT_GRAPH_SLOW_QUERY_MS). */
export interface SlowQuery {
  ms: number;
  /** The SQL text, cut at 2,000 characters; parameters are left out (they may hold article text). */
  sql: string;
  parameterCount: number;
}

/**
 * A TypeORM logger that counts the SQL statements it sees. Tests read `count` before and after an
 * operation to prove that loaders batch (statement counts, not timings). The running request's
 * query stats, when on, count the same statements. Statements slower than TypeORM's
 * `maxQueryExecutionTime` go to `onSlowQuery`.
 */
export class SqlStatementCounter implements Logger {
  count = 0;

  constructor(private readonly onSlowQuery?: (slow: SlowQuery) => void) {}

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    currentQueryStats()?.statement();
  }
  logQueryError(): void {}
  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.onSlowQuery?.({ ms: time, sql: query.slice(0, 2000), parameterCount: parameters?.length ?? 0 });
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

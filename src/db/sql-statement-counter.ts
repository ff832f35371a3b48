import type { Logger, QueryRunner } from 'typeorm';
import { currentQueryStats } from './query-stats';

/**
 * A TypeORM logger that counts the SQL statements it sees. Tests read `count` before and after an
 * operation to prove that loaders batch (statement counts, not timings). The running request's
 * query stats, when on, count the same statements.
 */
export class SqlStatementCounter implements Logger {
  count = 0;

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    currentQueryStats()?.statement();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

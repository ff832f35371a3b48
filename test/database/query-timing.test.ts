import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentSqlTiming, QueryStatsRecorder, runWithQueryStats } from '../../src/db/query-stats';
import { Country } from '../../src/entities/country';
import { rowsByKey } from '../../src/loaders/rows-by-key';
import { openTestDatabase, type OpenTestDatabase } from '../helpers/open-test-database';

let db: OpenTestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  instrumentSqlTiming(db.dataSource);
  instrumentSqlTiming(db.dataSource);
});
afterAll(() => db.close());

/** Runs `work` as one request would, with its own recorder in its async context. */
async function measured(work: () => Promise<unknown>) {
  const recorder = new QueryStatsRecorder();
  await runWithQueryStats(recorder, work);
  return recorder.report();
}

describe('per-statement accounting at the driver', () => {
  it('counts every statement once and times it, sequential or overlapping, however often instrumented', async () => {
    const query = (sql: string) => db.dataSource.query(sql);
    const report = await measured(async () => {
      await query('SELECT 1 AS one');
      await Promise.all([query('SELECT 2 AS two'), query('SELECT count(*) AS n FROM "country"')]);
    });
    expect(report.sqlStatements).toBe(3);
    expect(report.sqlMs).toBeGreaterThan(0);
    expect(report.totalMs).toBeGreaterThanOrEqual(report.sqlMs);
  });

  it('keeps two requests apart', async () => {
    const [first, second] = await Promise.all([
      measured(() => db.dataSource.query('SELECT 1 AS one')),
      measured(async () => {
        await db.dataSource.query('SELECT 1 AS one');
        await db.dataSource.query('SELECT 2 AS two');
      }),
    ]);
    expect([first.sqlStatements, second.sqlStatements]).toEqual([1, 2]);
  });

  it('counts the rows statements send back, rows packed into one JSON text one by one', async () => {
    let countries = 0;
    const report = await measured(async () => {
      countries = ((await db.dataSource.query('SELECT "code" FROM "country"')) as unknown[]).length;
      await rowsByKey(db.dataSource, Country, 'code')(['KP', 'CN', 'US']);
    });
    expect(countries).toBeGreaterThan(200);
    expect(report.sqlRows).toBe(countries + 3);
  });
});

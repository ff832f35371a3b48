import type { DataSource } from 'typeorm';

export const REFUSAL_MESSAGE = 'refused by the test';

/**
 * Makes the database refuse, as a real constraint would, the rows of `table` for which `condition`
 * (SQL over NEW, the same text on both backends) holds: a per-row failure of the kind a bulk ingest
 * must survive. SQLite: a trigger's RAISE(ABORT) (SQLITE_CONSTRAINT); PostgreSQL: a trigger raising
 * check_violation (SQLSTATE 23514).
 */
export async function refuseRows(dataSource: DataSource, table: string, condition: string): Promise<void> {
  const name = `test_refuse_${table}`;
  if (dataSource.options.type === 'sqlite') {
    await dataSource.query(
      `CREATE TRIGGER "${name}" BEFORE INSERT ON "${table}" WHEN ${condition}
       BEGIN SELECT RAISE(ABORT, '${REFUSAL_MESSAGE}'); END`,
    );
    return;
  }
  await dataSource.query(
    `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF ${condition} THEN RAISE EXCEPTION '${REFUSAL_MESSAGE}' USING ERRCODE = 'check_violation'; END IF;
       RETURN NEW;
     END $$`,
  );
  await dataSource.query(
    `CREATE TRIGGER "${name}" BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`,
  );
}

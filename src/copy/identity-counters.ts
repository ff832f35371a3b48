import type { QueryRunner } from 'typeorm';
import type { CopiedTable } from './graph-tables';
import { quoteName } from './sql-text';

/**
 * The last id the source handed out for a table: SQLite's sqlite_sequence, PostgreSQL's identity
 * sequence. It can exceed the largest id present (rows were deleted); carrying it over means the
 * target never hands out an id the source already used.
 */
export async function readIdentityCounter(runner: QueryRunner, table: CopiedTable): Promise<number> {
  const rows: { value: number | null }[] =
    runner.connection.options.type === 'postgres'
      ? await runner.query(
          `SELECT s.last_value AS value FROM pg_sequences s
           WHERE format('%I.%I', s.schemaname, s.sequencename) = pg_get_serial_sequence($1, $2)`,
          [quoteName(table.name), table.identity],
        )
      : await runner.query('SELECT seq AS value FROM sqlite_sequence WHERE name = ?', [table.name]);
  return Number(rows[0]?.value ?? 0);
}

/**
 * Sets the target's counter so the next id is above both the largest copied id and the source's
 * counter. PostgreSQL's identity sequence does not move when ids are inserted explicitly; SQLite's
 * AUTOINCREMENT raises sqlite_sequence to the largest id itself, but not to a higher counter.
 */
export async function setIdentityCounter(
  runner: QueryRunner,
  table: CopiedTable,
  sourceCounter: number,
): Promise<void> {
  const name = quoteName(table.name);
  const column = quoteName(table.identity!);
  if (runner.connection.options.type === 'postgres') {
    await runner.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(v, 1), v > 0)
       FROM (SELECT GREATEST(COALESCE(MAX(${column}), 0), $3::bigint) AS v FROM ${name}) AS last`,
      [name, table.identity, sourceCounter],
    );
    return;
  }
  await runner.query('UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?', [
    sourceCounter,
    table.name,
  ]);
  await runner.query(
    'INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE ? > 0 AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)',
    [table.name, sourceCounter, sourceCounter, table.name],
  );
}

import type { QueryRunner } from 'typeorm';
import { quoteName } from './sql-text';

/**
 * PostgreSQL builds an index over loaded rows (one sort, or one GIN build) several times faster than
 * it grows it row by row; the GIN index over article."searchVector" most of all. The secondary
 * indexes of the copied tables (those that back no constraint: primary keys and UNIQUE columns stay,
 * so keys are checked as rows land) are dropped before the load and created again from their own
 * definitions after it, in the same transaction.
 */
export async function dropSecondaryIndexes(
  runner: QueryRunner,
  schema: string,
  tables: readonly string[],
): Promise<string[]> {
  const indexes: { name: string; definition: string }[] = await runner.query(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = $1 AND i.tablename = ANY($2)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                       WHERE n.nspname = i.schemaname AND c.conname = i.indexname)
     ORDER BY i.tablename, i.indexname`,
    [schema, tables],
  );
  for (const index of indexes) await runner.query(`DROP INDEX ${quoteName(schema)}.${quoteName(index.name)}`);
  return indexes.map((index) => index.definition);
}

export async function createIndexes(runner: QueryRunner, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await runner.query(definition);
}

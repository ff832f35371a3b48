import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ContentGraphServer } from '../http/server';
import type { DatabaseCatalog } from './database-catalog';
import { derivedContentQuery, isBookkeepingTable, COPIED_TABLES } from './graph-tables';
import type { SampleQuery } from './sample-queries';
import { quoteName } from './sql-text';

/** A table or a query whose answer differs between source and target. */
export interface Difference {
  what: string;
  source: string;
  target: string;
}

export interface TableComparison {
  table: string;
  source: string;
  target: string;
}

async function tableSummary(dataSource: DataSource, table: string): Promise<string> {
  const content = derivedContentQuery(table);
  if (content) {
    const rows: unknown[] = await dataSource.query(content);
    return `${rows.length} rows, sha256 ${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
  }
  const [{ rows }]: { rows: number }[] = await dataSource.query(
    `SELECT COUNT(*) AS "rows" FROM ${quoteName(table)}`,
  );
  return `${rows} rows`;
}

/**
 * Row counts of every graph table present on both sides, and for derived tables what must agree
 * (graph-tables.ts says what). Tables of one backend only (SQLite's FTS5 index) are not compared.
 */
export async function compareTables(
  source: { dataSource: DataSource; catalog: DatabaseCatalog },
  target: { dataSource: DataSource; catalog: DatabaseCatalog },
): Promise<TableComparison[]> {
  const copied = new Set(COPIED_TABLES.map((table) => table.name));
  const shared = [...source.catalog.tables]
    .filter((name) => target.catalog.tables.has(name) && !isBookkeepingTable(name))
    .sort((a, b) => Number(copied.has(b)) - Number(copied.has(a)) || a.localeCompare(b));
  const comparisons: TableComparison[] = [];
  for (const table of shared) {
    comparisons.push({
      table,
      source: await tableSummary(source.dataSource, table),
      target: await tableSummary(target.dataSource, table),
    });
  }
  return comparisons;
}

interface Answer {
  text: string;
  errors: string[];
}

async function answer(server: ContentGraphServer, sample: SampleQuery): Promise<Answer> {
  const response = await server.executeOperation(
    { query: sample.query, variables: sample.variables },
    { contextValue: server.createContext(undefined) },
  );
  if (response.body.kind !== 'single') return { text: '', errors: ['unexpected incremental response'] };
  const { data, errors } = response.body.singleResult;
  return { text: JSON.stringify(data), errors: (errors ?? []).map((error) => error.message) };
}

/** What a side answered, short: its error messages, or its JSON around the first place the two differ. */
function describe(own: Answer, other: Answer): string {
  if (own.errors.length) return `errors: ${own.errors.join('; ')}`;
  let at = 0;
  while (at < own.text.length && own.text[at] === other.text[at]) at++;
  const start = Math.max(0, at - 60);
  return `${start ? '…' : ''}${own.text.slice(start, at + 60)}${at + 60 < own.text.length ? '…' : ''}`;
}

/** Runs every sample query on both servers; an answer that differs, or any error, is a difference. */
export async function compareAnswers(
  source: ContentGraphServer,
  target: ContentGraphServer,
  samples: readonly SampleQuery[],
): Promise<Difference[]> {
  const differences: Difference[] = [];
  for (const sample of samples) {
    const [before, after] = [await answer(source, sample), await answer(target, sample)];
    if (before.text !== after.text || before.errors.length || after.errors.length) {
      differences.push({
        what: `query: ${sample.name}`,
        source: describe(before, after),
        target: describe(after, before),
      });
    }
  }
  return differences;
}

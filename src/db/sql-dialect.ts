import type { SqlParameters } from './sql-builder';

/** One term of a text search: its words in order (a phrase when several), the last maybe a prefix. */
export interface TextTerm {
  words: string[];
  prefix: boolean;
}

/** Best-match ranking of `article a` rows: where they come from, which match, and their score. */
export interface RankedTextMatch {
  /** FROM clause that names the article table `a`. */
  from: string;
  /** Condition that keeps the articles matching every term. */
  where: string;
  /** Relevance as a double, lower is better (title matches weigh more than body matches). */
  score: string;
}

/** An article's title and best body snippet with the matched words between the match marks. */
export interface MarkedHighlight {
  id: number;
  title: string;
  /** A stretch of the body, with "…" where it was cut from more text. */
  snippet: string;
}

/** A column a rowsStatement selects: its quoted name, and whether it holds doubles. */
export interface SelectedColumn {
  name: string;
  double: boolean;
}

export interface RowsStatement {
  sql: string;
  /** The values of each row in column order; doubles as numbers or as text that reads back exactly. */
  read(result: Record<string, unknown>[]): unknown[][];
}

export interface HighlightStatement {
  sql: string;
  read(row: Record<string, unknown>): MarkedHighlight;
}

/**
 * What the hand-written SQL cannot say once for both backends. Everything else is written in the
 * SQL both accept: quoted camelCase names, aliased derived tables, explicit GROUP BY columns.
 */
export interface SqlDialect {
  /** Condition: the article whose id is `idColumn` matches every term. */
  textMatch(idColumn: string, terms: readonly TextTerm[], params: SqlParameters): string;
  rankedTextMatch(terms: readonly TextTerm[], params: SqlParameters): RankedTextMatch;
  /** Rows for `read`, one per matching article among `articleIds`. */
  highlights(
    terms: readonly TextTerm[],
    articleIds: readonly number[],
    params: SqlParameters,
  ): HighlightStatement;
  /** Monday of the ISO week of a YYYY-MM-DD text expression, as YYYY-MM-DD text. */
  isoWeekStart(isoDay: string): string;
  /**
   * A SELECT of many rows (src/loaders/rows-by-key.ts) in the form this backend's driver turns into
   * JavaScript with the least CPU, read back as one array of values per row, in column order.
   */
  rowsStatement(columns: readonly SelectedColumn[], fromWhere: string, orderBy: string): RowsStatement;
  /**
   * First statement of an ingest transaction: waits for the database's write lock and holds it
   * until commit, so ingests from several processes never interleave their lookups and writes.
   */
  readonly ingestLock: string;
}

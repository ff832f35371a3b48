import type { DataSource } from 'typeorm';
import { MATCH_CLOSE, MATCH_OPEN } from '../../db/match-marks';
import { SqlParameters } from '../../db/sql-builder';
import { sqlDialect } from '../../db/data-source-dialect';
import type { SqlDialect, TextTerm } from '../../db/sql-dialect';
import { BadUserInputError } from '../../core/errors';
import type { ArticlePage, ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import { encodeCursor, numericCursorKey, toPageRequest, type PageArgs } from '../pagination';

/** A text with the matched words located by offsets. */
export interface HighlightedText {
  text: string;
  highlights: { start: number; end: number }[];
}

export interface ArticleHighlight {
  articleId: number;
  title: HighlightedText;
  snippet: HighlightedText;
}

/** Splits highlight output at the match marks into text and offsets. */
export function parseMarked(marked: string): HighlightedText {
  let text = '';
  let start = -1;
  const highlights: { start: number; end: number }[] = [];
  for (const char of marked) {
    if (char === MATCH_OPEN) start = text.length;
    else if (char === MATCH_CLOSE) {
      if (start >= 0) highlights.push({ start, end: text.length });
      start = -1;
    } else text += char;
  }
  return { text, highlights };
}

/** Full-text search over titles and bodies: relevance-ranked keyset pages and highlighted snippets. */
export class SearchService {
  private readonly dialect: SqlDialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticleQueryService,
  ) {
    this.dialect = sqlDialect(dataSource);
  }

  /**
   * A page ordered by relevance (best first, ties by id); the filter's textQuery is the text to
   * rank by. Backward pages (last/before) read the same order in reverse and are flipped after, so
   * walking back from the end meets the rows of walking forward.
   */
  async findPage(filter: ResolvedArticleFilter, args: PageArgs): Promise<ArticlePage> {
    if (filter.textQuery === null) throw new BadUserInputError('query: a search needs text', 'query');
    const page = toPageRequest(args);
    const backward = page.direction === 'backward';
    const params = new SqlParameters();
    const ranked = this.dialect.rankedTextMatch(filter.textQuery, params);
    const conditions = this.articles.conditions({ ...filter, textQuery: null }, params);
    const keyset: string[] = [];
    if (page.cursor) {
      const score = params.bind(numericCursorKey(page.cursor, backward ? 'before' : 'after'));
      const op = backward ? '<' : '>';
      keyset.push(`(score ${op} ${score} OR (score = ${score} AND id ${op} ${params.bind(page.cursor.id)}))`);
    }
    const dir = backward ? 'DESC' : 'ASC';
    const rows = await params.run<{ id: number; score: number }>(
      this.dataSource,
      `SELECT id, score FROM (
         SELECT a.id AS id, ${ranked.score} AS score
         FROM ${ranked.from}
         WHERE ${ranked.where} ${conditions.map((c) => `AND ${c}`).join(' ')}
       ) ranked
       ${keyset.length ? `WHERE ${keyset.join(' AND ')}` : ''}
       ORDER BY score ${dir}, id ${dir} LIMIT ${page.size + 1}`,
    );
    const hasMore = rows.length > page.size;
    const kept = rows.slice(0, page.size);
    if (backward) kept.reverse();
    const items = kept.map((row) => ({
      id: Number(row.id),
      // Scores are doubles; String() round-trips them exactly for the keyset comparison.
      cursor: encodeCursor({ key: String(row.score), id: Number(row.id) }),
    }));
    return backward
      ? { items, hasNextPage: page.cursor !== null, hasPreviousPage: hasMore }
      : { items, hasNextPage: hasMore, hasPreviousPage: page.cursor !== null };
  }

  /** The highlighted title and best body snippet of many articles for one query, in one statement. */
  async highlights(
    textQuery: readonly TextTerm[],
    articleIds: readonly number[],
  ): Promise<(ArticleHighlight | null)[]> {
    const params = new SqlParameters();
    const statement = this.dialect.highlights(textQuery, articleIds, params);
    const rows = await params.run<Record<string, unknown>>(this.dataSource, statement.sql);
    const byId = new Map(
      rows
        .map(statement.read)
        .map((row) => [
          row.id,
          { articleId: row.id, title: parseMarked(row.title), snippet: parseMarked(row.snippet) },
        ]),
    );
    return articleIds.map((id) => byId.get(id) ?? null);
  }
}

import type { DataSource } from 'typeorm';
import { SqlParameters } from '../../db/sql-builder';
import { BadUserInputError } from '../../schema/errors';
import type { ArticlePage, ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import { encodeCursor, toPageRequest, type PageArgs } from '../pagination';

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

// Control characters are stripped from every stored title and body at ingest (article-input.ts),
// so they can mark the matched words in FTS5 output without ever colliding with the text.
const OPEN = '\u0002';
const CLOSE = '\u0003';
/** Title matches weigh more than body matches in the bm25 ranking. */
const BM25 = 'bm25(article_fts, 4.0, 1.0)';
const SNIPPET_TOKENS = 24;

/** Splits FTS5 highlight()/snippet() output at the markers into text and offsets. */
export function parseMarked(marked: string): HighlightedText {
  let text = '';
  let start = -1;
  const highlights: { start: number; end: number }[] = [];
  for (const char of marked) {
    if (char === OPEN) start = text.length;
    else if (char === CLOSE) {
      if (start >= 0) highlights.push({ start, end: text.length });
      start = -1;
    } else text += char;
  }
  return { text, highlights };
}

/** Full-text search over titles and bodies: bm25-ranked keyset pages and highlighted snippets. */
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticleQueryService,
  ) {}

  /** A page ordered by relevance (best first); the filter's ftsQuery is the text to rank by. */
  async findPage(filter: ResolvedArticleFilter, args: PageArgs): Promise<ArticlePage> {
    if (filter.ftsQuery === null) throw new BadUserInputError('query: a search needs text', 'query');
    const page = toPageRequest(args);
    if (page.direction === 'backward') {
      throw new BadUserInputError('search results page forward only: use first and after', 'last');
    }
    const params = new SqlParameters();
    const match = params.bind(filter.ftsQuery);
    const conditions = this.articles.conditions({ ...filter, ftsQuery: null }, params);
    const keyset: string[] = [];
    if (page.cursor) {
      const score = params.bind(Number(page.cursor.key));
      keyset.push(`(score > ${score} OR (score = ${score} AND id > ${params.bind(page.cursor.id)}))`);
    }
    const rows = await params.run<{ id: number; score: number }>(
      this.dataSource,
      `SELECT id, score FROM (
         SELECT a.id AS id, ${BM25} AS score
         FROM article_fts JOIN article a ON a.id = article_fts.rowid
         WHERE article_fts MATCH ${match} ${conditions.map((c) => `AND ${c}`).join(' ')}
       ) ranked
       ${keyset.length ? `WHERE ${keyset.join(' AND ')}` : ''}
       ORDER BY score ASC, id ASC LIMIT ${page.size + 1}`,
    );
    const items = rows.slice(0, page.size).map((row) => ({
      id: Number(row.id),
      // bm25 scores are doubles; String() round-trips them exactly for the keyset comparison.
      cursor: encodeCursor({ key: String(row.score), id: Number(row.id) }),
    }));
    return { items, hasNextPage: rows.length > page.size, hasPreviousPage: page.cursor !== null };
  }

  /** The highlighted title and best body snippet of many articles for one query, in one statement. */
  async highlights(ftsQuery: string, articleIds: readonly number[]): Promise<(ArticleHighlight | null)[]> {
    const params = new SqlParameters();
    const open = params.bind(OPEN);
    const close = params.bind(CLOSE);
    const rows = await params.run<{ id: number; title: string; snippet: string }>(
      this.dataSource,
      `SELECT rowid AS id, highlight(article_fts, 0, ${open}, ${close}) AS title,
              snippet(article_fts, 1, ${open}, ${close}, '…', ${SNIPPET_TOKENS}) AS snippet
       FROM article_fts
       WHERE article_fts MATCH ${params.bind(ftsQuery)} AND rowid IN (${params.bindList(articleIds)})`,
    );
    const byId = new Map(
      rows.map((row) => [
        Number(row.id),
        { articleId: Number(row.id), title: parseMarked(row.title), snippet: parseMarked(row.snippet) },
      ]),
    );
    return articleIds.map((id) => byId.get(id) ?? null);
  }
}

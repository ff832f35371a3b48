import type { DataSource } from 'typeorm';
import { SqlParameters } from '../../db/sql-builder';
import { BadUserInputError } from '../../core/errors';
import type { ArticlePage, ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import { encodeCursor, numericCursorKey, toPageRequest, type PageArgs } from '../pagination';

/** Articles ordered by how prominently they mention one entity (mention salience), most first. */
export class SalienceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticleQueryService,
  ) {}

  async findPage(filter: ResolvedArticleFilter, entityId: number, args: PageArgs): Promise<ArticlePage> {
    const page = toPageRequest(args);
    if (page.direction === 'backward') {
      throw new BadUserInputError('salience order pages forward only: use first and after', 'last');
    }
    const params = new SqlParameters();
    const conditions = [
      `m."entityId" = ${params.bind(entityId)}`,
      ...this.articles.conditions(filter, params),
    ];
    if (page.cursor) {
      const salience = params.bind(numericCursorKey(page.cursor, 'after'));
      conditions.push(
        `(m.salience < ${salience} OR (m.salience = ${salience} AND a.id > ${params.bind(page.cursor.id)}))`,
      );
    }
    const rows = await params.run<{ id: number; salience: number }>(
      this.dataSource,
      `SELECT a.id AS id, m.salience AS salience
       FROM mention m JOIN article a ON a.id = m."articleId"
       WHERE ${conditions.join(' AND ')}
       ORDER BY m.salience DESC, a.id ASC LIMIT ${page.size + 1}`,
    );
    const items = rows.slice(0, page.size).map((row) => ({
      id: Number(row.id),
      cursor: encodeCursor({ key: String(row.salience), id: Number(row.id) }),
    }));
    return { items, hasNextPage: rows.length > page.size, hasPreviousPage: page.cursor !== null };
  }
}

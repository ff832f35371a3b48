import type { RequestContext } from '../resolvers/request-context';
import { BadUserInputError } from '../core/errors';
import type { ArticlePage, ResolvedArticleFilter } from './article-query.service';
import { ArticleOrderBy } from '../resolvers/types/article-order.enum';
import type { ArticlesArgs } from '../resolvers/types/articles.args';

/** Query.articles in any order: by date (keyset on sortDate), by text relevance or by salience. */
export function findArticlePage(
  filter: ResolvedArticleFilter,
  args: ArticlesArgs,
  ctx: RequestContext,
): Promise<ArticlePage> {
  switch (args.orderBy) {
    case ArticleOrderBy.RELEVANCE:
      if (filter.textQuery === null) {
        throw new BadUserInputError('orderBy: RELEVANCE needs filter.text to rank by', 'orderBy');
      }
      return ctx.services.analytics.search.findPage(filter, args);
    case ArticleOrderBy.SALIENCE:
      if (filter.mentionsAll.length === 0) {
        throw new BadUserInputError('orderBy: SALIENCE needs filter.mentionsAll to rank by', 'orderBy');
      }
      // resolveFilter keeps mentionsAll in the client's order: the first entry is the ranked one.
      return ctx.services.analytics.salience.findPage(filter, filter.mentionsAll[0], args);
    default:
      return ctx.services.articles.findPage(filter, args.orderBy, args);
  }
}

/** Entity.articles pages are batched by date across parents; ranked orders exist on Query.articles. */
export function checkEntityArticlesOrder(orderBy: ArticleOrderBy): 'NEWEST_FIRST' | 'OLDEST_FIRST' {
  if (orderBy === ArticleOrderBy.RELEVANCE || orderBy === ArticleOrderBy.SALIENCE) {
    throw new BadUserInputError(
      `orderBy: ${orderBy} is available on Query.articles and Query.search`,
      'orderBy',
    );
  }
  return orderBy;
}

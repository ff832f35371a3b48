import { BadUserInputError } from '../core/errors';
import type { AnalyticsServices } from './analytics/analytics-services';
import type {
  ArticleOrder,
  ArticlePage,
  ArticleQueryService,
  ResolvedArticleFilter,
} from './article-query.service';
import type { PageArgs } from './pagination';

/** Every order of an article list: by date, or ranked by text relevance or by salience. */
export type ArticleListOrder = ArticleOrder | 'RELEVANCE' | 'SALIENCE';

/** The services that hold a page query for each order. */
export interface ArticlePageServices {
  articles: ArticleQueryService;
  analytics: Pick<AnalyticsServices, 'search' | 'salience'>;
}

/** Query.articles in any order: by date (keyset on sortDate), by text relevance or by salience. */
export function findArticlePage(
  services: ArticlePageServices,
  filter: ResolvedArticleFilter,
  order: ArticleListOrder,
  page: PageArgs,
): Promise<ArticlePage> {
  switch (order) {
    case 'RELEVANCE':
      if (filter.textQuery === null) {
        throw new BadUserInputError('orderBy: RELEVANCE needs filter.text to rank by', 'orderBy');
      }
      return services.analytics.search.findPage(filter, page);
    case 'SALIENCE':
      if (filter.mentionsAll.length === 0) {
        throw new BadUserInputError('orderBy: SALIENCE needs filter.mentionsAll to rank by', 'orderBy');
      }
      // resolveFilter keeps mentionsAll in the client's order: the first entry is the ranked one.
      return services.analytics.salience.findPage(filter, filter.mentionsAll[0], page);
    default:
      return services.articles.findPage(filter, order, page);
  }
}

/** Entity.articles pages are batched by date across parents; ranked orders exist on Query.articles. */
export function checkEntityArticlesOrder(order: ArticleListOrder): ArticleOrder {
  if (order === 'RELEVANCE' || order === 'SALIENCE') {
    throw new BadUserInputError(
      `orderBy: ${order} is available on Query.articles and Query.search`,
      'orderBy',
    );
  }
  return order;
}

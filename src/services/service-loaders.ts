import DataLoader from 'dataloader';
import type { Country } from '../entities/country';
import type { AnalyticsServices } from './analytics/analytics-services';
import { createAnalyticsLoaders } from './analytics/analytics-loaders';
import type {
  ArticleFilterArgs,
  ArticleOrder,
  ArticlePage,
  ArticleQueryService,
  ResolvedArticleFilter,
} from './article-query.service';
import type { CountryDirectory } from './country-directory';
import type { EntityReferenceService } from './entity-reference.service';
import type { PageArgs } from './pagination';

/** Arguments of a nested Entity.articles / Country.articles field; one loader per distinct set. */
export interface EntityArticlesKey {
  filter: ResolvedArticleFilter;
  order: ArticleOrder;
  page: PageArgs;
}

/** The services whose batch methods the request's loaders call. */
export interface LoadedServices {
  articles: ArticleQueryService;
  analytics: AnalyticsServices;
  references: EntityReferenceService;
  countries: CountryDirectory;
}

/**
 * The per-request loaders over services' batch methods (filters, pages and counts of many
 * entities, analytics): parents asking the same question share one batch. They live with the
 * services they call, so that src/loaders reads rows by key and imports no service.
 */
export function createServiceLoaders(services: LoadedServices) {
  const { articles: articleQueries, analytics, references, countries } = services;
  // Countries are fixed reference data, held in memory since start: no SQL per request.
  const countryByCode = new DataLoader<string, Country | null>(async (codes) =>
    codes.map((code) => countries.byCode(code)),
  );
  /** Filters resolved once per request, however many parents share them. */
  const articleFilter = new DataLoader<{ filter?: ArticleFilterArgs | null }, ResolvedArticleFilter, string>(
    (keys) => Promise.all(keys.map((key) => articleQueries.resolveFilter(key.filter))),
    { cacheKeyFn: (key) => JSON.stringify(key.filter ?? null) },
  );
  const pagesByArgs = new Map<string, DataLoader<number, ArticlePage>>();
  const countsByFilter = new Map<string, DataLoader<number, number>>();
  return {
    countryByCode,
    articleFilter,
    analytics: createAnalyticsLoaders(analytics, references),
    /** Article pages of many entities with the same arguments, in one statement. */
    articlePagesOfEntities(key: EntityArticlesKey): DataLoader<number, ArticlePage> {
      const cacheKey = JSON.stringify(key);
      let loader = pagesByArgs.get(cacheKey);
      if (!loader) {
        loader = new DataLoader((ids) =>
          articleQueries.findPagesForEntities(ids, key.filter, key.order, key.page),
        );
        pagesByArgs.set(cacheKey, loader);
      }
      return loader;
    },
    /** Article counts of many entities under the same filter, in one GROUP BY. */
    articleCountsOfEntities(filter: ResolvedArticleFilter): DataLoader<number, number> {
      const cacheKey = JSON.stringify(filter);
      let loader = countsByFilter.get(cacheKey);
      if (!loader) {
        loader = new DataLoader((ids) => articleQueries.countForEntities(ids, filter));
        countsByFilter.set(cacheKey, loader);
      }
      return loader;
    },
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;

import DataLoader from 'dataloader';
import type { TextTerm } from '../../db/sql-dialect';
import type { ArticleHighlight } from './search.service';
import type { AnalyticsServices } from './analytics-services';
import type { CoMentionOptions, CoMentionRow, CoMentionSetOptions } from './co-mention.service';
import type { FacetOptions, FacetRow } from './facet.service';
import type { TimelineBucket, TimelineOptions } from './timeline.service';
import type { EntityReferenceService } from '../entity-reference.service';

/**
 * One DataLoader per distinct set of arguments, created on first use within the request: parents
 * that ask the same question (20 entities × coMentions(first: 5)) share one batch, one statement.
 */
function loaderFamily<Options, Key, Value>(
  batch: (keys: readonly Key[], options: Options) => Promise<Value[]>,
): (options: Options) => DataLoader<Key, Value> {
  const loaders = new Map<string, DataLoader<Key, Value>>();
  return (options) => {
    const cacheKey = JSON.stringify(options);
    let loader = loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader((keys) => batch(keys, options));
      loaders.set(cacheKey, loader);
    }
    return loader;
  };
}

/** Per-request loaders of the analytics fields; owner keys are entity ids or NO_OWNER. */
export function createAnalyticsLoaders(analytics: AnalyticsServices, references: EntityReferenceService) {
  return {
    coMentions: loaderFamily<CoMentionOptions, number, CoMentionRow[]>((ids, options) =>
      analytics.coMentions.topForEntities(ids, options),
    ),
    /** The size of each owner's whole co-mention list (a connection's totalCount). */
    coMentionCounts: loaderFamily<CoMentionSetOptions, number, number>((ids, options) =>
      analytics.coMentions.countForEntities(ids, options),
    ),
    timeline: loaderFamily<TimelineOptions, number, TimelineBucket[]>((ids, options) =>
      analytics.timelines.forOwners(ids, options),
    ),
    facets: loaderFamily<FacetOptions, number, FacetRow[]>((ids, options) =>
      analytics.facets.forOwners(ids, options),
    ),
    /** Highlights of the articles on a page, per text query. */
    highlights: loaderFamily<readonly TextTerm[], number, ArticleHighlight | null>((ids, textQuery) =>
      analytics.search.highlights(textQuery, ids),
    ),
    /** Filter entries (as the client wrote them) mapped to entity ids, once per distinct filter. */
    filterTerms: new DataLoader<readonly string[], number[], string>(
      (lists) => Promise.all(lists.map((terms) => references.resolveEach(terms, 'filter'))),
      { cacheKeyFn: (terms) => JSON.stringify(terms) },
    ),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;

import { ArticleConnectionAnalyticsResolver } from './article-connection-analytics.resolver';
import { ArticleEdgeResolver, FilterMatchResolver } from './article-edge.resolver';
import { CoMentionMatrixResolver } from './co-mention-matrix.resolver';
import {
  CoMentionConnectionResolver,
  CoMentionResolver,
  CountryAnalyticsResolver,
  EntityAnalyticsResolver,
} from './entity-analytics.resolver';
import { ArticleFacetsResolver, CountryFacetResolver, EntityFacetResolver } from './facets.resolver';
import { CoMentionPathsResolver, PathHopResolver } from './path.resolver';
import { SearchResolver } from './search.resolver';

/** The graph-analytics resolvers (issue 4), registered together in build-schema.ts. */
export const ANALYTICS_RESOLVERS = [
  EntityAnalyticsResolver,
  CountryAnalyticsResolver,
  CoMentionResolver,
  CoMentionConnectionResolver,
  CoMentionMatrixResolver,
  ArticleConnectionAnalyticsResolver,
  ArticleFacetsResolver,
  EntityFacetResolver,
  CountryFacetResolver,
  ArticleEdgeResolver,
  FilterMatchResolver,
  SearchResolver,
  CoMentionPathsResolver,
  PathHopResolver,
] as const;

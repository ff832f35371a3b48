import type { Credential } from '../core/api-keys';
import type { Loaders } from '../loaders/create-loaders';
import type { AnalyticsServices } from '../services/analytics/analytics-services';
import type { ArticleQueryService } from '../services/article-query.service';
import type { CountryDirectory } from '../services/country-directory';
import type { EntityQueryService } from '../services/entity-query.service';
import type { EntityReferenceService } from '../services/entity-reference.service';
import type { IngestService } from '../services/ingest.service';

/** Long-lived services, built once at start and shared by every request. */
export interface Services {
  articles: ArticleQueryService;
  entities: EntityQueryService;
  references: EntityReferenceService;
  ingest: IngestService;
  countries: CountryDirectory;
  analytics: AnalyticsServices;
}

/** Who is calling: reads are public; mutations need a configured API key. */
export interface Viewer {
  hasApiKey: boolean;
  /** What the Authorization header amounted to. */
  credential: Credential['status'];
  /** Whom the rate limiter charges: the API key when a valid one was presented, else the address. */
  clientId: string;
}

/** Built fresh for every request: its loaders cache only within the request. */
export interface RequestContext {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  /** Correlates the request's log lines (x-request-id, or generated). */
  requestId: string;
}

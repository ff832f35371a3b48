import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { openDatabase } from './db/data-source';
import type { SqlStatementCounter } from './db/sql-statement-counter';
import type { Extractor } from './extraction/types';
import { createLogger, type Logger } from './ops/logger';
import type { Services } from './schema/context';
import { createAnalyticsServices } from './services/analytics/analytics-services';
import { ArticleQueryService } from './services/article-query.service';
import { CountryDirectory } from './services/country-directory';
import { EntityQueryService } from './services/entity-query.service';
import { EntityReferenceService } from './services/entity-reference.service';
import { IngestService } from './services/ingest.service';

/** Everything long-lived, built once at start: the database, the extractor and the services. */
export interface App {
  config: AppConfig;
  dataSource: DataSource;
  statements: SqlStatementCounter;
  services: Services;
  logger: Logger;
  close(): Promise<void>;
}

export async function createApp(config: AppConfig, extractor: Extractor): Promise<App> {
  const logger = createLogger(config.logLevel);
  const { dataSource, statements } = await openDatabase(config.database, (slow) =>
    logger.warn(slow, 'slow query'),
  );
  const countries = await CountryDirectory.load(dataSource);
  const references = new EntityReferenceService(dataSource, countries);
  const articles = new ArticleQueryService(dataSource, references);
  const services: Services = {
    countries,
    references,
    articles,
    analytics: createAnalyticsServices(dataSource, articles, references),
    entities: new EntityQueryService(dataSource, countries),
    ingest: new IngestService(
      dataSource,
      extractor,
      config.maxArticleChars,
      countries.codes,
      config.writeBusyMaxMs,
    ),
  };
  return { config, dataSource, statements, services, logger, close: () => dataSource.destroy() };
}

import type { DataSource } from 'typeorm';
import type { AppConfig, DatabaseConfig } from './config';
import { openDatabase } from './db/data-source';
import { openReadConnection } from './db/read-connection';
import type { SqlStatementCounter } from './db/sql-statement-counter';
import type { Extractor } from './extraction/types';
import { createLogger, type Logger } from './ops/logger';
import { createAnalyticsServices, type AnalyticsServices } from './services/analytics/analytics-services';
import { ArticleQueryService } from './services/article-query.service';
import { CountryDirectory } from './services/country-directory';
import { EntityQueryService } from './services/entity-query.service';
import { EntityReferenceService } from './services/entity-reference.service';
import { IngestService } from './services/ingest.service';

/** Long-lived services, built once at start and shared by every request. */
export interface Services {
  articles: ArticleQueryService;
  entities: EntityQueryService;
  references: EntityReferenceService;
  ingest: IngestService;
  countries: CountryDirectory;
  analytics: AnalyticsServices;
}

/** Everything long-lived, built once at start: the database, the extractor and the services. */
export interface App {
  config: AppConfig;
  /** The connection that writes (ingestion), and the one migrations ran on. */
  dataSource: DataSource;
  /** What the API's reads use: a second, read-only connection on a SQLite file, else `dataSource`. */
  reader: DataSource;
  statements: SqlStatementCounter;
  services: Services;
  logger: Logger;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Where logs go; the server's stdout logger unless given (commands log to stderr). */
  logger?: Logger;
  /**
   * The app answers API requests (`serve`, and `query`, which serves one): its PostgreSQL
   * connections get statement_timeout (CONTENT_GRAPH_STATEMENT_TIMEOUT_MS). The timeout protects
   * the server from requests; the other commands (copy's VACUUM and INSERT … SELECT of a whole
   * corpus, ingest, migrate, eval) run long statements on purpose and keep the database's own
   * setting.
   */
  serving?: boolean;
}

export async function createApp(
  config: AppConfig,
  extractor: Extractor,
  options: AppOptions = {},
): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel, config.logFormat);
  const database: DatabaseConfig =
    config.database.type === 'postgres' && !options.serving
      ? { ...config.database, statementTimeoutMs: 0 }
      : config.database;
  const { dataSource, statements } = await openDatabase(database, (slow) => logger.warn(slow, 'slow query'));
  let reader: DataSource;
  try {
    reader = await openReadConnection(database, dataSource, statements);
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  const countries = await CountryDirectory.load(reader);
  const references = new EntityReferenceService(reader, countries);
  const articles = new ArticleQueryService(reader, references);
  const services: Services = {
    countries,
    references,
    articles,
    analytics: createAnalyticsServices(reader, articles, references),
    entities: new EntityQueryService(reader, countries),
    ingest: new IngestService(dataSource, extractor, countries.codes, config),
  };
  const close = async () => {
    if (reader !== dataSource) await reader.destroy();
    await dataSource.destroy();
  };
  return { config, dataSource, reader, statements, services, logger, close };
}

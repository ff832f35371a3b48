import path from 'node:path';
import {
  DatabaseUrlError,
  parsePostgresUrl,
  redactUrl,
  validateSchemaName,
  type PostgresEndpoint,
} from './core/database-url';
import { LOG_FORMATS, type LogFormatSetting } from './ops/log-format';

export interface SqliteDatabaseConfig {
  type: 'sqlite';
  path: string;
  slowQueryMs?: number;
}

/** One primary, optional read replicas, one schema; every process opens its own pools of `poolSize`. */
export interface PostgresDatabaseConfig {
  type: 'postgres';
  primary: PostgresEndpoint;
  replicas: PostgresEndpoint[];
  schema: string;
  poolSize: number;
  /** statement_timeout of the API's pooled connections (serve, query), in milliseconds; 0 turns it off. */
  statementTimeoutMs: number;
  slowQueryMs?: number;
}

/** Where the data lives: the embedded SQLite file by default, or PostgreSQL. */
export type DatabaseConfig = SqliteDatabaseConfig | PostgresDatabaseConfig;

/** The database as messages and logs name it (never with a password). */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.type === 'sqlite') return `sqlite:${config.path}`;
  return config.schema === 'public' || config.primary.display.includes('schema=')
    ? config.primary.display
    : `${config.primary.display} (schema ${config.schema})`;
}

/** Abuse limits on GraphQL requests (docs/hardening.md lists each with its error code). */
export interface QueryLimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxBatchSize: number;
  /** Cost points each client may spend per minute; 0 turns rate limiting off. */
  rateLimitPointsPerMinute: number;
}

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** API keys that may call mutations (Authorization: Bearer <key>). */
  apiKeys: string[];
  /** SHA-256 hex digests of API keys (the documented way: the keys themselves never sit in config). */
  apiKeyHashes: string[];
  /** SHA-256 hex digests of keys that were revoked: presenting one is FORBIDDEN. */
  revokedKeyHashes: string[];
  /** Reads are public unless this is set. */
  requireKeyForReads: boolean;
  introspection: boolean;
  playground: boolean;
  limits: QueryLimitsConfig;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** JSON lines, readable lines, or (auto) readable ones only when the logs go to a terminal. */
  logFormat: LogFormatSetting;
  /** `serve` retries opening an unavailable database with doubling waits up to this many milliseconds. */
  databaseRetryMaxMs: number;
  /** Milliseconds to let in-flight requests finish after SIGTERM before connections are cut. */
  shutdownTimeoutMs: number;
  /** Development mode shows stack traces in errors; anything else masks them. */
  isDevelopment: boolean;
  /** Largest article body accepted, in characters. */
  maxArticleChars: number;
  /**
   * Entities kept per article, the most salient first. News articles name tens (19 at most in
   * ../shared/eval); a pathological text of a million characters named about 31,000, each a row to
   * write and a posting to keep: the cap bounds what one article adds to the graph.
   */
  maxEntitiesPerArticle: number;
  /**
   * How long a write may wait, in all, for another process's SQLite write lock before it is
   * answered DATABASE_BUSY; each attempt of the whole transaction also waits busy_timeout.
   */
  writeBusyMaxMs: number;
  /** Largest HTTP request body accepted, in bytes. */
  maxRequestBytes: number;
  /** Browser origins allowed to call /graphql cross-origin ("*" for any); empty: same origin only. */
  corsOrigins: string[];
  /** Cache-Control max-age (seconds) of public read responses, so a CDN can cache them; 0 disables. */
  cacheMaxAgeSeconds: number;
  /** A GraphQL request's statements are cancelled after this many milliseconds (REQUEST_TIMEOUT); 0: none. */
  requestTimeoutMs: number;
  /** GraphQL requests executing at once in one process; more wait in arrival order (src/http/admission-queue.ts). */
  maxConcurrentRequests: number;
  /** Requests allowed to wait for a turn; beyond them a request is answered OVERLOADED (503). */
  maxQueuedRequests: number;
  /** CONTENT_GRAPH_QUERY_STATS=1: every response carries extensions.queryStats (SQL count and time). */
  queryStats: boolean;
}

export class ConfigError extends Error {}

const DEFAULT_SQLITE_PATH = path.join('data', 'content-graph.sqlite');

const DEFAULT_POOL_SIZE = 10;
const MAX_POOL_SIZE = 500;

function parsePostgresConfig(url: string, env: NodeJS.ProcessEnv): PostgresDatabaseConfig {
  try {
    const primary = parsePostgresUrl(url, 'DATABASE_URL');
    const replicas = (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => parsePostgresUrl(entry, 'DATABASE_REPLICA_URLS').endpoint);
    const fromEnv = env.DATABASE_SCHEMA
      ? validateSchemaName(env.DATABASE_SCHEMA, 'DATABASE_SCHEMA')
      : undefined;
    if (fromEnv && primary.schema && fromEnv !== primary.schema) {
      throw new ConfigError(
        `DATABASE_SCHEMA "${fromEnv}" contradicts schema=${primary.schema} in DATABASE_URL; give one of them`,
      );
    }
    const poolSize = parsePositiveInt('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, DEFAULT_POOL_SIZE);
    if (poolSize > MAX_POOL_SIZE) {
      throw new ConfigError(
        `DATABASE_POOL_SIZE: at most ${MAX_POOL_SIZE} connections per process, got ${poolSize}`,
      );
    }
    return {
      type: 'postgres',
      primary: primary.endpoint,
      replicas,
      schema: fromEnv ?? primary.schema ?? 'public',
      poolSize,
      statementTimeoutMs: parseNonNegativeInt(
        'CONTENT_GRAPH_STATEMENT_TIMEOUT_MS',
        env.CONTENT_GRAPH_STATEMENT_TIMEOUT_MS,
        10_000,
      ),
    };
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new ConfigError(error.message);
    throw error;
  }
}

function parseDatabaseUrl(url: string | undefined, env: NodeJS.ProcessEnv): DatabaseConfig {
  if (!url?.startsWith('postgres') && env.DATABASE_REPLICA_URLS) {
    throw new ConfigError('DATABASE_REPLICA_URLS: read replicas need a postgres:// DATABASE_URL');
  }
  if (!url) return { type: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file)
      throw new ConfigError('DATABASE_URL: "sqlite:" needs a file path, e.g. sqlite:./data/graph.sqlite');
    return { type: 'sqlite', path: file };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return parsePostgresConfig(url, env);
  throw new ConfigError(
    `DATABASE_URL: unsupported scheme in "${redactUrl(url)}"; use sqlite:PATH or postgres://user@host:port/db`,
  );
}

function parseCorsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const bad = origins.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin));
  if (bad !== undefined) {
    throw new ConfigError(
      `CONTENT_GRAPH_CORS_ORIGINS: "${bad}" is not an origin like https://dashboard.example.org (or *)`,
    );
  }
  return origins;
}

function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name}: expected a positive integer, got "${raw}"`);
  }
  return value;
}

function parseNonNegativeInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === '0') return 0;
  return parsePositiveInt(name, raw, fallback);
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name}: expected 1/true/yes/on or 0/false/no/off, got "${raw}"`);
}

/** "sha256:<64 hex>" or bare hex, comma-separated; returns lowercase hex digests. */
function parseKeyHashes(name: string, raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const hex = entry.replace(/^sha256:/i, '').toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(hex)) {
        throw new ConfigError(`${name}: "${entry}" is not a SHA-256 hash (sha256:<64 hex digits>)`);
      }
      return hex;
    });
}

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Parses the environment once at start; a bad value stops the process with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const apiKeys = (env.CONTENT_GRAPH_API_KEYS ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  const shortKey = apiKeys.find((key) => key.length < 16);
  if (shortKey !== undefined) {
    throw new ConfigError('CONTENT_GRAPH_API_KEYS: every key must be at least 16 characters long');
  }
  const isProduction = env.NODE_ENV === 'production';
  const logLevel = env.CONTENT_GRAPH_LOG_LEVEL || 'info';
  if (!LOG_LEVELS.has(logLevel)) {
    throw new ConfigError(`CONTENT_GRAPH_LOG_LEVEL: expected one of ${[...LOG_LEVELS].join(', ')}`);
  }
  const logFormat = (env.CONTENT_GRAPH_LOG_FORMAT || 'auto') as LogFormatSetting;
  if (!LOG_FORMATS.includes(logFormat)) {
    throw new ConfigError(`CONTENT_GRAPH_LOG_FORMAT: expected one of ${LOG_FORMATS.join(', ')}`);
  }
  return {
    port: parsePositiveInt('PORT', env.PORT, 4000),
    database: {
      ...parseDatabaseUrl(env.DATABASE_URL, env),
      slowQueryMs: parsePositiveInt('CONTENT_GRAPH_SLOW_QUERY_MS', env.CONTENT_GRAPH_SLOW_QUERY_MS, 200),
    },
    apiKeys,
    apiKeyHashes: parseKeyHashes('CONTENT_GRAPH_API_KEY_HASHES', env.CONTENT_GRAPH_API_KEY_HASHES),
    revokedKeyHashes: parseKeyHashes(
      'CONTENT_GRAPH_REVOKED_KEY_HASHES',
      env.CONTENT_GRAPH_REVOKED_KEY_HASHES,
    ),
    requireKeyForReads: parseBoolean(
      'CONTENT_GRAPH_REQUIRE_KEY_FOR_READS',
      env.CONTENT_GRAPH_REQUIRE_KEY_FOR_READS,
      false,
    ),
    introspection: parseBoolean(
      'CONTENT_GRAPH_INTROSPECTION',
      env.CONTENT_GRAPH_INTROSPECTION,
      !isProduction,
    ),
    playground: parseBoolean('CONTENT_GRAPH_PLAYGROUND', env.CONTENT_GRAPH_PLAYGROUND, !isProduction),
    limits: {
      maxDepth: parsePositiveInt('CONTENT_GRAPH_MAX_DEPTH', env.CONTENT_GRAPH_MAX_DEPTH, 15),
      maxAliases: parsePositiveInt('CONTENT_GRAPH_MAX_ALIASES', env.CONTENT_GRAPH_MAX_ALIASES, 30),
      maxDirectives: parsePositiveInt('CONTENT_GRAPH_MAX_DIRECTIVES', env.CONTENT_GRAPH_MAX_DIRECTIVES, 50),
      maxTokens: parsePositiveInt('CONTENT_GRAPH_MAX_TOKENS', env.CONTENT_GRAPH_MAX_TOKENS, 10_000),
      maxCost: parsePositiveInt('CONTENT_GRAPH_MAX_COST', env.CONTENT_GRAPH_MAX_COST, 100_000),
      maxBatchSize: parsePositiveInt('CONTENT_GRAPH_MAX_BATCH_SIZE', env.CONTENT_GRAPH_MAX_BATCH_SIZE, 10),
      rateLimitPointsPerMinute: parseNonNegativeInt(
        'CONTENT_GRAPH_RATE_LIMIT_POINTS',
        env.CONTENT_GRAPH_RATE_LIMIT_POINTS,
        1_000_000,
      ),
    },
    logLevel,
    logFormat,
    databaseRetryMaxMs: parsePositiveInt(
      'CONTENT_GRAPH_DB_RETRY_MAX_MS',
      env.CONTENT_GRAPH_DB_RETRY_MAX_MS,
      30_000,
    ),
    shutdownTimeoutMs: parsePositiveInt(
      'CONTENT_GRAPH_SHUTDOWN_TIMEOUT_MS',
      env.CONTENT_GRAPH_SHUTDOWN_TIMEOUT_MS,
      10_000,
    ),
    isDevelopment: env.NODE_ENV === 'development',
    maxArticleChars: parsePositiveInt(
      'CONTENT_GRAPH_MAX_ARTICLE_CHARS',
      env.CONTENT_GRAPH_MAX_ARTICLE_CHARS,
      1_000_000,
    ),
    maxEntitiesPerArticle: parsePositiveInt(
      'CONTENT_GRAPH_MAX_ENTITIES_PER_ARTICLE',
      env.CONTENT_GRAPH_MAX_ENTITIES_PER_ARTICLE,
      1_000,
    ),
    writeBusyMaxMs: parsePositiveInt(
      'CONTENT_GRAPH_WRITE_BUSY_MAX_MS',
      env.CONTENT_GRAPH_WRITE_BUSY_MAX_MS,
      30_000,
    ),
    maxRequestBytes: parsePositiveInt(
      'CONTENT_GRAPH_MAX_REQUEST_BYTES',
      env.CONTENT_GRAPH_MAX_REQUEST_BYTES,
      4_000_000,
    ),
    corsOrigins: parseCorsOrigins(env.CONTENT_GRAPH_CORS_ORIGINS),
    cacheMaxAgeSeconds:
      env.CONTENT_GRAPH_CACHE_MAX_AGE === '0'
        ? 0
        : parsePositiveInt('CONTENT_GRAPH_CACHE_MAX_AGE', env.CONTENT_GRAPH_CACHE_MAX_AGE, 60),
    requestTimeoutMs: parseNonNegativeInt(
      'CONTENT_GRAPH_REQUEST_TIMEOUT_MS',
      env.CONTENT_GRAPH_REQUEST_TIMEOUT_MS,
      15_000,
    ),
    maxConcurrentRequests: parsePositiveInt(
      'CONTENT_GRAPH_MAX_CONCURRENT_REQUESTS',
      env.CONTENT_GRAPH_MAX_CONCURRENT_REQUESTS,
      8,
    ),
    maxQueuedRequests: parseNonNegativeInt(
      'CONTENT_GRAPH_MAX_QUEUED_REQUESTS',
      env.CONTENT_GRAPH_MAX_QUEUED_REQUESTS,
      1_000,
    ),
    queryStats: env.CONTENT_GRAPH_QUERY_STATS === '1',
  };
}

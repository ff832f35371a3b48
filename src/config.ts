import path from 'node:path';

/** Where the data lives: the embedded SQLite file by default. */
export type DatabaseConfig = { type: 'sqlite'; path: string };

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** API keys that may call mutations (Authorization: Bearer <key>). */
  apiKeys: string[];
  /** Development mode shows stack traces in errors; anything else masks them. */
  isDevelopment: boolean;
  /** Largest article body accepted, in characters. */
  maxArticleChars: number;
  /** Largest HTTP request body accepted, in bytes. */
  maxRequestBytes: number;
  /** CONTENT_GRAPH_QUERY_STATS=1: every response carries extensions.queryStats (SQL count and time). */
  queryStats: boolean;
}

export class ConfigError extends Error {}

const DEFAULT_SQLITE_PATH = path.join('data', 'content-graph.sqlite');

function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { type: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file)
      throw new ConfigError('DATABASE_URL: "sqlite:" needs a file path, e.g. sqlite:./data/graph.sqlite');
    return { type: 'sqlite', path: file };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    throw new ConfigError('DATABASE_URL: PostgreSQL is not supported yet; use sqlite:PATH');
  }
  throw new ConfigError(`DATABASE_URL: unsupported scheme in "${url}"; use sqlite:PATH`);
}

function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name}: expected a positive integer, got "${raw}"`);
  }
  return value;
}

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
  return {
    port: parsePositiveInt('PORT', env.PORT, 4000),
    database: parseDatabaseUrl(env.DATABASE_URL),
    apiKeys,
    isDevelopment: env.NODE_ENV === 'development',
    maxArticleChars: parsePositiveInt(
      'CONTENT_GRAPH_MAX_ARTICLE_CHARS',
      env.CONTENT_GRAPH_MAX_ARTICLE_CHARS,
      1_000_000,
    ),
    maxRequestBytes: parsePositiveInt(
      'CONTENT_GRAPH_MAX_REQUEST_BYTES',
      env.CONTENT_GRAPH_MAX_REQUEST_BYTES,
      4_000_000,
    ),
    queryStats: env.CONTENT_GRAPH_QUERY_STATS === '1',
  };
}

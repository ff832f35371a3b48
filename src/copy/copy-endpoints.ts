import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type DatabaseConfig } from '../config';

/** A bad --from/--to value, or a source that cannot be copied; the message names what was wrong. */
export class CopyError extends Error {}

/**
 * Parses a `--from`/`--to` URL exactly as DATABASE_URL is parsed (same schemes, same checks, the
 * password never shown), with messages that name the flag instead of the variable.
 */
export function parseCopyUrl(url: string, flag: '--from' | '--to'): DatabaseConfig {
  try {
    return loadConfig({ DATABASE_URL: url }).database;
  } catch (error) {
    if (error instanceof ConfigError) throw new CopyError(error.message.replace(/^DATABASE_URL\b/, flag));
    throw error;
  }
}

/** Where the rows live, as a string equal for two configurations that name the same tables. */
function location(config: DatabaseConfig): string {
  if (config.type === 'sqlite') {
    const resolved = path.resolve(config.path);
    return `sqlite ${fs.existsSync(resolved) ? fs.realpathSync(resolved) : resolved}`;
  }
  const { host, port, database } = config.primary;
  return `postgres ${host.toLowerCase()}:${port}/${database}/${config.schema}`;
}

/** Copying a database onto itself would first empty it: refused before anything is opened. */
export function assertDistinct(source: DatabaseConfig, target: DatabaseConfig): void {
  if (location(source) === location(target)) {
    throw new CopyError('--from and --to name the same database; copy needs two different ones');
  }
}

/**
 * An SQLite source must be an existing file: opening a missing one would create an empty graph
 * there. An in-memory database on either side holds nothing before, or after, the copy.
 */
export function assertFileEndpoints(source: DatabaseConfig, target: DatabaseConfig): void {
  if (source.type === 'sqlite' && source.path === ':memory:') {
    throw new CopyError('--from: an in-memory SQLite database holds nothing to copy');
  }
  if (target.type === 'sqlite' && target.path === ':memory:') {
    throw new CopyError('--to: an in-memory SQLite database would be gone when copy exits; give a file');
  }
  if (source.type === 'sqlite' && !fs.existsSync(source.path)) {
    throw new CopyError(`--from: no such SQLite file: ${source.path}`);
  }
}

/** One PostgreSQL server as a `postgres://user[:password]@host[:port]/db` URL names it. */
export interface PostgresEndpoint {
  host: string;
  port: number;
  user?: string;
  password?: string;
  database: string;
  /** `sslmode=require` in the URL: TLS without verifying the certificate chain. */
  ssl: boolean;
  /** The URL as messages and logs show it: the password replaced by `***`. */
  display: string;
}

export class DatabaseUrlError extends Error {}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const KNOWN_PARAMETERS = new Set(['schema', 'sslmode']);

/**
 * Replaces the password of any `scheme://user:password@host…` URL with `***`. Works on strings that
 * do not parse as URLs too (they still reach error messages), taking the last `@` before the path
 * or query as the end of the credentials, since an unencoded password may hold `@`, `/` or `:`.
 */
export function redactUrl(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return url;
  const query = url.indexOf('?');
  const at = url.lastIndexOf('@', query === -1 ? url.length : query);
  if (at < scheme[0].length) return url;
  const credentials = url.slice(scheme[0].length, at);
  const colon = credentials.indexOf(':');
  if (colon === -1) return url;
  return `${scheme[0]}${credentials.slice(0, colon)}:***${url.slice(at)}`;
}

/** Checks a PostgreSQL schema name: lower-case letters, digits and `_`, as it appears unquoted. */
export function validateSchemaName(name: string, source: string): string {
  if (!SCHEMA_NAME.test(name)) {
    throw new DatabaseUrlError(
      `${source}: schema "${name}" must be lower-case letters, digits and _ (at most 63, not starting with a digit)`,
    );
  }
  return name;
}

/** Parses `postgres://` or `postgresql://` URLs; returns the endpoint and the `?schema=` it names, if any. */
export function parsePostgresUrl(
  raw: string,
  variable: string,
): { endpoint: PostgresEndpoint; schema?: string } {
  const display = redactUrl(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseUrlError(`${variable}: "${display}" is not a valid URL`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DatabaseUrlError(`${variable}: "${display}" is not a postgres:// URL`);
  }
  if (!url.hostname) throw new DatabaseUrlError(`${variable}: "${display}" names no host`);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database || database.includes('/')) {
    throw new DatabaseUrlError(
      `${variable}: "${display}" must name one database, e.g. postgres://user@host:5432/graph`,
    );
  }
  const unknown = [...url.searchParams.keys()].filter((key) => !KNOWN_PARAMETERS.has(key));
  if (unknown.length) {
    throw new DatabaseUrlError(
      `${variable}: unknown parameter ${unknown.map((key) => `"${key}"`).join(', ')} in "${display}" (known: schema, sslmode)`,
    );
  }
  const sslmode = url.searchParams.get('sslmode') ?? 'disable';
  if (sslmode !== 'disable' && sslmode !== 'require') {
    throw new DatabaseUrlError(`${variable}: sslmode must be disable or require, got "${sslmode}"`);
  }
  const schema = url.searchParams.get('schema');
  return {
    endpoint: {
      // URL keeps the brackets of an IPv6 literal; the driver wants the bare address.
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port ? Number(url.port) : 5432,
      user: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      database,
      ssl: sslmode === 'require',
      display,
    },
    schema: schema === null ? undefined : validateSchemaName(schema, variable),
  };
}

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type TestBackend = 'sqlite' | 'postgres';

/** The backend this test run uses: env TEST_BACKEND (the vitest projects set it), SQLite by default. */
export function testBackend(): TestBackend {
  const backend = process.env.TEST_BACKEND || 'sqlite';
  if (backend !== 'sqlite' && backend !== 'postgres') {
    throw new Error(`TEST_BACKEND: expected sqlite or postgres, got "${backend}"`);
  }
  return backend;
}

/** The server PostgreSQL tests use: TEST_DATABASE_URL, or the local one this project's machines run. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
}

/** Schemas made by test workers are named after the worker's pid, so a later run can remove those of dead workers. */
export const TEST_SCHEMA_PREFIX = 'cg_test_';

/** One connection to the test server, failing (never skipping) with a message that says what to do. */
export async function connectTestServer(): Promise<Client> {
  const url = testServerUrl();
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL test server unreachable at ${url} (${error instanceof Error ? error.message || error.name : String(error)}); ` +
        'start it, set TEST_DATABASE_URL, or run only the sqlite project (npx vitest run --project sqlite)',
      { cause: error },
    );
  }
  return client;
}

/** A database of its own for one test: what DATABASE_URL to give the app or the CLI, and how to remove it. */
export interface TestDatabase {
  backend: TestBackend;
  url: string;
  /** The PostgreSQL schema (null on SQLite). */
  schema: string | null;
  drop(): Promise<void>;
}

/**
 * SQLite: `sqliteUrl` (an in-memory database unless a file is given). PostgreSQL: a new, empty
 * schema with a unique name on the test server; the app migrates it when it opens it, and drop()
 * removes it with everything in it.
 */
export async function createTestDatabase(sqliteUrl = 'sqlite::memory:'): Promise<TestDatabase> {
  if (testBackend() === 'sqlite') {
    return { backend: 'sqlite', url: sqliteUrl, schema: null, drop: async () => undefined };
  }
  const schema = `${TEST_SCHEMA_PREFIX}${process.pid}_${randomBytes(5).toString('hex')}`;
  const client = await connectTestServer();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await client.end();
  }
  const base = testServerUrl();
  return {
    backend: 'postgres',
    url: `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`,
    schema,
    drop: async () => {
      const admin = await connectTestServer();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

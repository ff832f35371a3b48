import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/data-source';
import { DatabaseUnavailableError } from '../../src/db/database-errors';
import { startPasswordRefusingServer } from '../helpers/password-refusing-server';

const root = path.join(__dirname, '..', '..');
const PASSWORD = 'hunter2-secret';

/** The error openDatabase fails with for this URL. */
async function openFailure(url: string): Promise<Error> {
  try {
    const { dataSource } = await openDatabase(loadConfig({ DATABASE_URL: url }).database);
    await dataSource.destroy();
  } catch (error) {
    return error as Error;
  }
  throw new Error(`opening ${url} did not fail`);
}

describe('PostgreSQL connection failures › a clear message naming the URL, never the password', () => {
  it('a wrong password › "password authentication failed" and the URL with *** for the password', async () => {
    const server = await startPasswordRefusingServer();
    try {
      const error = await openFailure(`postgres://graph:${PASSWORD}@127.0.0.1:${server.port}/news`);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(error.message).toBe(
        `cannot connect to postgres://graph:***@127.0.0.1:${server.port}/news: password authentication failed for user "graph" (28P01)`,
      );
    } finally {
      await server.close();
    }
  });

  it('an unreachable host (nothing listens on the port) › the refused address', async () => {
    const error = await openFailure(`postgres://postgres:${PASSWORD}@127.0.0.1:1/test`);
    expect(error.message).toBe(
      'cannot connect to postgres://postgres:***@127.0.0.1:1/test: connect ECONNREFUSED 127.0.0.1:1',
    );
  });

  it('a database that does not exist › the server says so', async () => {
    const error = await openFailure(`postgres://postgres:${PASSWORD}@127.0.0.1:5432/cg_no_such_database`);
    expect(error.message).toBe(
      'cannot connect to postgres://postgres:***@127.0.0.1:5432/cg_no_such_database: database "cg_no_such_database" does not exist (3D000)',
    );
  });

  it('content-graph migrate on an unreachable server › exit 1, the message on stderr, no password anywhere', () => {
    const run = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), 'migrate'],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `postgres://postgres:${PASSWORD}@127.0.0.1:1/test` },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'content-graph: cannot connect to postgres://postgres:***@127.0.0.1:1/test: connect ECONNREFUSED',
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain(PASSWORD);
  });
});

import { connectTestServer, TEST_SCHEMA_PREFIX } from './test-database';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Test schemas and databases are named `cg_test_<worker pid>_…`. */
function leftByDeadWorker(name: string): boolean {
  const pid = Number(name.slice(TEST_SCHEMA_PREFIX.length).split('_')[0]);
  return Number.isInteger(pid) && !isRunning(pid);
}

/**
 * Before the postgres project runs: the test server must answer (the run fails, never skips, when it
 * does not), and schemas and databases left by test workers that died before cleaning up are
 * removed. Those of workers still running (another run on this machine) are kept.
 */
export default async function setup(): Promise<void> {
  const client = await connectTestServer();
  try {
    const { rows } = await client.query<{ name: string }>(
      'SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)',
      [TEST_SCHEMA_PREFIX],
    );
    for (const { name } of rows) {
      const pid = Number(name.slice(TEST_SCHEMA_PREFIX.length).split('_')[0]);
      if (Number.isInteger(pid) && !isRunning(pid))
        await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}

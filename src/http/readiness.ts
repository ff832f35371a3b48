import type { DataSource } from 'typeorm';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
}

const UNREACHABLE: Readiness = { ready: false, database: 'unreachable', migrations: 'unknown' };

/**
 * How long the probe waits for the database. A PostgreSQL host that drops packets would otherwise
 * hold the probe for the whole connect timeout, longer than load balancers wait for an answer.
 */
const PROBE_TIMEOUT_MS = 3000;

function withinProbeTime<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS).unref(),
    ),
  ]);
}

/** Ready means: the database answers, and no migration is waiting to run. */
export async function checkReadiness(dataSource: DataSource): Promise<Readiness> {
  try {
    await withinProbeTime(dataSource.query('SELECT 1'));
    const pending = await withinProbeTime(dataSource.showMigrations());
    return { ready: !pending, database: 'ok', migrations: pending ? 'pending' : 'current' };
  } catch {
    return UNREACHABLE;
  }
}

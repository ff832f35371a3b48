import type { DataSource } from 'typeorm';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
}

/** Ready means: the database answers, and no migration is waiting to run. */
export async function checkReadiness(dataSource: DataSource): Promise<Readiness> {
  try {
    await dataSource.query('SELECT 1');
  } catch {
    return { ready: false, database: 'unreachable', migrations: 'unknown' };
  }
  const pending = await dataSource.showMigrations();
  return { ready: !pending, database: 'ok', migrations: pending ? 'pending' : 'current' };
}

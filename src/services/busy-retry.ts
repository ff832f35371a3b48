import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseBusy } from '../db/database-errors';
import { DatabaseBusyError } from '../core/errors';

const FIRST_PAUSE_MS = 20;
const LONGEST_PAUSE_MS = 500;

/**
 * Runs a whole write transaction again while SQLite answers SQLITE_BUSY: another process (a CLI
 * ingest on the same file) held the write lock beyond busy_timeout. busy_timeout only makes one
 * statement wait, and SQLite's busy handler is not fair: a process that commits and begins again at
 * once can win the lock over and over. Starting the transaction over, after a random pause that
 * grows, gives the other process's gaps a chance. The work must be all-or-nothing (a failed attempt
 * has been rolled back). Past `maxWaitMs` in all, the write is refused with DATABASE_BUSY, which
 * tells the client to retry: SQLITE_BUSY never reaches a client as an internal error.
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, maxWaitMs: number): Promise<T> {
  const started = Date.now();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= maxWaitMs) throw new DatabaseBusyError(waited);
      await sleep(Math.min(pause * (0.5 + Math.random()), maxWaitMs - waited));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}

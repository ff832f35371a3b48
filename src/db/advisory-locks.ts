/**
 * PostgreSQL advisory locks this application takes, as (space, key) pairs for the two-int form of
 * pg_advisory_xact_lock. The space keeps them apart from other applications' locks on a shared server.
 */
export const ADVISORY_LOCK_SPACE = 0x43470000;

/** Held by the transaction that runs migrations: one process migrates, the others wait and find nothing pending. */
export const MIGRATION_LOCK = 1;

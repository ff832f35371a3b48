import type { ValueTransformer } from 'typeorm';

/**
 * Dates are stored as ISO-8601 UTC strings ("2025-06-01T09:30:00.000Z"). That sorts correctly as
 * text, compares the same way on SQLite and PostgreSQL, and keeps keyset cursors driver-neutral.
 */
export const isoDateTransformer: ValueTransformer = {
  to: (value: Date | null | undefined) => (value ? value.toISOString() : value),
  from: (value: string | null) => (value ? new Date(value) : null),
};

import { BadUserInputError } from '../../core/errors';

/** Ranked analytics lists (co-mentions, facets) return the top `first`, default 10, at most 100. */
export const DEFAULT_TOP = 10;
export const MAX_TOP = 100;

/** Validates a `first` argument of a top-N list; the error names the argument. */
export function checkTop(value: number | null | undefined, argumentName: string, max = MAX_TOP): number {
  if (value === undefined || value === null) return Math.min(DEFAULT_TOP, max);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`${argumentName} must be between 1 and ${max}, got ${value}`, argumentName);
  }
  return value;
}

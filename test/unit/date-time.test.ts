import { describe, expect, it } from 'vitest';
import { parseDateTimeInput } from '../../src/core/date-time.scalar';

const iso = (text: string) => parseDateTimeInput(text)?.toISOString() ?? null;

describe('DateTime inputs', () => {
  it('take RFC 3339 date-times with Z or an offset, and fractions of a second', () => {
    expect(iso('2025-01-01T12:00:00Z')).toBe('2025-01-01T12:00:00.000Z');
    expect(iso('2025-01-01t12:00:00z')).toBe('2025-01-01T12:00:00.000Z');
    expect(iso('2025-01-01T12:00:00+02:00')).toBe('2025-01-01T10:00:00.000Z');
    expect(iso('2025-01-01T00:30:00-01:30')).toBe('2025-01-01T02:00:00.000Z');
    expect(iso('2025-01-01T12:00:00.5Z')).toBe('2025-01-01T12:00:00.500Z');
    expect(iso('2025-01-01T12:00:00.123456Z')).toBe('2025-01-01T12:00:00.123Z');
  });

  it('take a plain date as the start of that day in UTC, years below 100 included', () => {
    expect(iso('2025-01-01')).toBe('2025-01-01T00:00:00.000Z');
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDateTimeInput('0050-06-01')?.getUTCFullYear()).toBe(50);
  });

  it('refuse days, times and offsets that do not exist, and other shapes', () => {
    for (const text of [
      '2025-02-29',
      '2025-13-01',
      '2025-01-32',
      '2025-01-01T24:00:00Z',
      '2025-01-01T12:60:00Z',
      '2025-01-01T12:00:60Z',
      '2025-01-01T12:00:00+24:00',
      '2025-01-01T12:00:00',
      '2025-01-01 12:00:00Z',
      '2025-1-1',
      '20250101',
      '1735689600',
      '',
    ]) {
      expect(parseDateTimeInput(text), text).toBeNull();
    }
  });
});

import type { HeaderMap } from '@apollo/server';
import type { BucketStatus } from './cost-rate-limiter';

/**
 * The three fields of draft-ietf-httpapi-ratelimit-headers-06, the last revision that has them
 * (later ones fold them into one structured `RateLimit` field); docs/hardening.md says why.
 */
export const RATE_LIMIT_HEADERS = {
  limit: 'ratelimit-limit',
  remaining: 'ratelimit-remaining',
  reset: 'ratelimit-reset',
} as const;

export function setRateLimitHeaders(headers: HeaderMap, status: BucketStatus): void {
  headers.set(RATE_LIMIT_HEADERS.limit, String(status.limit));
  headers.set(RATE_LIMIT_HEADERS.remaining, String(status.remaining));
  headers.set(RATE_LIMIT_HEADERS.reset, String(status.resetSeconds));
}

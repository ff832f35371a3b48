import { HeaderMap } from '@apollo/server';
import { CodedError, ErrorCode } from '../../core/errors';

/** The client spent its cost points: HTTP 429 with Retry-After, and the same figures in extensions. */
export class RateLimitedError extends CodedError {
  constructor(cost: number, remaining: number, retryAfterSeconds: number) {
    super(
      `Rate limit: this operation costs ${cost} points and ${remaining} are left; retry in ${retryAfterSeconds} s`,
      ErrorCode.RATE_LIMITED,
      {
        cost,
        remaining,
        retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    );
  }
}

import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can switch on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR'
  | 'DATABASE_BUSY'
  | LimitErrorCode;

/** One code per request limit (docs/hardening.md): clients learn which limit they hit. */
export type LimitErrorCode =
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_TOKENS'
  | 'QUERY_TOO_COSTLY'
  | 'BATCH_TOO_LARGE'
  | 'RATE_LIMITED';

export class CodedError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** The request is wrong: names the argument so the client can fix it. */
export class BadUserInputError extends CodedError {
  constructor(message: string, argumentName?: string) {
    super(message, 'BAD_USER_INPUT', argumentName ? { argumentName } : {});
  }
}

/** A name, slug, code or id that the client gave does not exist in the graph. */
export class NotFoundError extends CodedError {
  constructor(message: string, argumentName?: string) {
    super(message, 'NOT_FOUND', argumentName ? { argumentName } : {});
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'This operation requires an API key: send "Authorization: Bearer <key>"') {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** The key is known but may not be used (it was revoked). */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super(message, 'FORBIDDEN', { http: { status: 403 } });
  }
}

/** A request limit was exceeded; `limit` and `actual` tell the client by how much. */
export class LimitExceededError extends CodedError {
  constructor(message: string, code: LimitErrorCode, figures: { limit: number; actual?: number }) {
    super(message, code, { ...figures, http: { status: code === 'RATE_LIMITED' ? 429 : 400 } });
  }
}

/**
 * Another process kept the database's write lock longer than the write may wait
 * (CONTENT_GRAPH_WRITE_BUSY_MAX_MS): nothing was written, and the same request can be sent again.
 */
export class DatabaseBusyError extends CodedError {
  constructor(waitedMs: number) {
    super(
      `the database is busy with another writer (waited ${waitedMs} ms); nothing was written, retry the request`,
      'DATABASE_BUSY',
      { http: { status: 503 } },
    );
  }
}

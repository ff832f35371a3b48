import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/**
 * Every code the service puts in `extensions.code` or `UserError.code`, one list that the schema
 * exposes as `enum ErrorCode` (src/resolvers/types/error-code.enum.ts) and docs/errors.md explains.
 * Codes reach clients only through this enum: the error formatter turns any other into
 * INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  // Input: the request names something wrong or unknown.
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  // The document or the HTTP request itself (graphql-js, Apollo, the body parser).
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST = 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  // Request limits (docs/hardening.md).
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  RATE_LIMITED = 'RATE_LIMITED',
  // Credentials.
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  // The server: retry later, or report.
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  OVERLOADED = 'OVERLOADED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  DATABASE_BUSY = 'DATABASE_BUSY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  // UserError.code of a REJECTED ingestArticle: one input field, named by UserError.field.
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  NOT_STORED = 'NOT_STORED',
}

const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && ERROR_CODES.has(code);
}

/** The codes of a mutation's `userErrors` (an input field the caller can fix, or NOT_STORED). */
export type UserErrorCode =
  ErrorCode.REQUIRED | ErrorCode.TOO_LONG | ErrorCode.INVALID | ErrorCode.NOT_STORED;

/** One code per request limit (docs/hardening.md): clients learn which limit they hit. */
export type LimitErrorCode =
  | ErrorCode.QUERY_TOO_DEEP
  | ErrorCode.TOO_MANY_ALIASES
  | ErrorCode.TOO_MANY_DIRECTIVES
  | ErrorCode.TOO_MANY_TOKENS
  | ErrorCode.QUERY_TOO_COSTLY
  | ErrorCode.BATCH_TOO_LARGE
  | ErrorCode.RATE_LIMITED;

export class CodedError extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    extra: Record<string, unknown> = {},
    options: Omit<GraphQLErrorOptions, 'extensions'> = {},
  ) {
    super(message, { ...options, extensions: { code, ...extra } });
  }
}

/** The request is wrong: names the argument so the client can fix it. */
export class BadUserInputError extends CodedError {
  constructor(message: string, argumentName?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, argumentName ? { argumentName } : {});
  }
}

/**
 * A name, slug, code, URL or id that the client gave does not exist in the graph: names the
 * argument and lists the values it did not find, so a client can tell "no such thing" from "no
 * results".
 */
export class NotFoundError extends CodedError {
  constructor(message: string, argumentName: string, unknownValues: readonly string[]) {
    super(message, ErrorCode.NOT_FOUND, { argumentName, unknownValues });
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'This operation requires an API key: send "Authorization: Bearer <key>"') {
    super(message, ErrorCode.UNAUTHENTICATED, { http: { status: 401 } });
  }
}

/** The key is known but may not be used (it was revoked). */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN, { http: { status: 403 } });
  }
}

/** A request limit was exceeded; `limit` and `actual` tell the client by how much. */
export class LimitExceededError extends CodedError {
  constructor(message: string, code: LimitErrorCode, figures: { limit: number; actual?: number }) {
    super(message, code, { ...figures, http: { status: code === ErrorCode.RATE_LIMITED ? 429 : 400 } });
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
      ErrorCode.DATABASE_BUSY,
      { http: { status: 503 } },
    );
  }
}

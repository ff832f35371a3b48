import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isRequestTimeout, isStatementTimeout } from '../db/request-deadline';
import { CodedError, ErrorCode, isErrorCode } from '../core/errors';

/** Codes whose messages are written for clients; anything else is an unexpected failure. */
const CLIENT_FACING_CODES: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/** graphql-js reports `parseOptions.maxTokens` only through this message ("more that" in 16.x). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * Our coded error behind Apollo's wrappers: Apollo re-codes every validation error as
 * GRAPHQL_VALIDATION_FAILED, but a limit rule's own code (QUERY_TOO_DEEP, …) is what clients need.
 */
function codedErrorBehind(error: unknown): CodedError | null {
  for (let current = error; current instanceof Error; current = (current as GraphQLError).originalError) {
    if (current instanceof CodedError) return current;
    if (!(current instanceof GraphQLError)) break;
  }
  return null;
}

/**
 * A cancelled statement reaches the formatter as a failed SQL statement (TypeORM's QueryFailedError
 * inside graphql-js's located error): the request ran past its deadline, or on PostgreSQL one
 * statement past statement_timeout. Either is the request's size, not a fault: REQUEST_TIMEOUT.
 */
function timeoutMessage(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = (current as GraphQLError).originalError) {
    if (isRequestTimeout(current)) return current.message;
    if (isStatementTimeout(current)) {
      return 'A statement of this request ran longer than the statement timeout (CONTENT_GRAPH_STATEMENT_TIMEOUT_MS) and was cancelled';
    }
  }
  return null;
}

/** True when `error` is a cancelled statement that the formatter answers REQUEST_TIMEOUT. */
export function isTimeoutError(error: unknown): boolean {
  return timeoutMessage(error) !== null;
}

/** Apollo answers an APQ hash that does not match its query with a bare 400 error and no code. */
const APQ_HASH_MISMATCH = 'provided sha does not match query';

/** The code a client should see, when it is more specific than the one Apollo gave. */
function specificCode(formatted: GraphQLFormattedError, error: unknown): ErrorCode | null {
  const coded = codedErrorBehind(error);
  if (coded) return coded.extensions.code as ErrorCode;
  if (formatted.message === APQ_HASH_MISMATCH) return ErrorCode.BAD_REQUEST;
  if (
    formatted.extensions?.code === ErrorCode.GRAPHQL_PARSE_FAILED &&
    TOO_MANY_TOKENS.test(formatted.message)
  ) {
    return ErrorCode.TOO_MANY_TOKENS;
  }
  return null;
}

/** graphql-js's suggestion at the end of a message: `Did you mean "articles"?`. */
const SUGGESTION = / ?Did you mean .+\?$/;

export interface FormatErrorOptions {
  isDevelopment: boolean;
  /**
   * Drop graphql-js's "Did you mean …" suggestions, which name fields, types and enum values.
   * Apollo's `hideSchemaDetailsFromClientErrors` does it for validation errors only; variable
   * errors ("Value "PERSN" does not exist in "EntityKind" enum. Did you mean …") carry them too.
   */
  hideSuggestions: boolean;
}

/**
 * One place decides what leaves the server: coded client errors pass through; unexpected errors
 * (a failed SQL statement, a bug) become INTERNAL_SERVER_ERROR with no message detail, stack or SQL
 * text, unless the server runs in development.
 */
export function createFormatError({ isDevelopment, hideSuggestions }: FormatErrorOptions) {
  return (apolloFormatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const timeout = timeoutMessage(error);
    if (timeout !== null) {
      const { locations, path } = apolloFormatted;
      return { message: timeout, locations, path, extensions: { code: ErrorCode.REQUEST_TIMEOUT } };
    }
    const specific = specificCode(apolloFormatted, error);
    const message = hideSuggestions
      ? apolloFormatted.message.replace(SUGGESTION, '')
      : apolloFormatted.message;
    const formatted = {
      ...apolloFormatted,
      message,
      ...(specific ? { extensions: { ...apolloFormatted.extensions, code: specific } } : {}),
    };
    const code = formatted.extensions?.code;
    if (specific || (isErrorCode(code) && CLIENT_FACING_CODES.has(code))) {
      if (isDevelopment) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDevelopment)
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

import { registerEnumType } from 'type-graphql';
import { ErrorCode } from '../../core/errors';

/** One line per code for the schema; docs/errors.md has the HTTP status and what a client should do. */
const DESCRIPTIONS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'An argument or variable is invalid; extensions.argumentName names it.',
  NOT_FOUND:
    'A code, name, slug, URL or id names nothing in the graph; extensions.argumentName and extensions.unknownValues say which.',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not fit the schema (unknown field, wrong argument type, …).',
  OPERATION_RESOLUTION_FAILURE: 'operationName names no operation of the document, or it is missing.',
  BAD_REQUEST:
    'The HTTP request is malformed (body not JSON or not UTF-8, persisted-query hash mismatch, …).',
  PERSISTED_QUERY_NOT_FOUND: 'The persisted-query hash is not known yet: send the query text with it.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are turned off.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server accepts.',
  QUERY_TOO_DEEP: 'The operation nests fields deeper than the limit.',
  TOO_MANY_ALIASES: 'The document has more aliases than the limit.',
  TOO_MANY_DIRECTIVES: 'The document has more directives than the limit.',
  TOO_MANY_TOKENS: 'The document has more lexical tokens than the limit.',
  QUERY_TOO_COSTLY: 'The operation may return more values than the cost limit allows.',
  BATCH_TOO_LARGE: 'A batched request holds more operations than the limit.',
  RATE_LIMITED:
    "The client's cost budget for this minute is spent; retry after extensions.retryAfterSeconds.",
  UNAUTHENTICATED: 'An API key is needed, or the one sent is unknown.',
  FORBIDDEN: 'The API key was revoked.',
  REQUEST_TIMEOUT: 'The request ran past its deadline and its statements were cancelled.',
  OVERLOADED: 'Too many requests are waiting; retry shortly.',
  SERVICE_UNAVAILABLE: 'The server is starting and its database is not reachable yet; retry shortly.',
  DATABASE_BUSY: 'Another writer held the database too long; nothing was written, retry the request.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; the server logged it with the request id.',
  REQUIRED: 'UserError: the input field is missing or empty.',
  TOO_LONG: 'UserError: the input field is longer than allowed.',
  INVALID: 'UserError: the input field has a value that is not allowed (the message says why).',
  NOT_STORED: 'UserError: the input was valid but the article could not be stored (the message says why).',
};

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    "Every code this API puts in an error's extensions.code or in UserError.code (docs/errors.md: when, HTTP status, what to do).",
  valuesConfig: Object.fromEntries(
    Object.entries(DESCRIPTIONS).map(([code, description]) => [code, { description }]),
  ),
});

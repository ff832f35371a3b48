import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can switch on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

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
    super(message, 'UNAUTHENTICATED');
  }
}

/** One entry of a GraphQL answer's `errors`, as the server sends it. */
export interface GraphQLResponseError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  /** `code` is the machine-readable reason: `NOT_FOUND`, `BAD_USER_INPUT`, `UNAUTHENTICATED`, … */
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The server answered, but not with the data asked for: GraphQL errors (`errors`, with any
 * partial `data`), or an HTTP answer that is not a GraphQL response at all (`errors` empty).
 * Network failures are not wrapped: they stay fetch's own TypeError.
 */
export class ContentGraphRequestError extends Error {
  override readonly name = 'ContentGraphRequestError';

  constructor(
    message: string,
    /** The HTTP status of the answer (200 for errors raised while resolving fields). */
    readonly status: number,
    readonly errors: readonly GraphQLResponseError[],
    /** What the server resolved despite the errors, if anything. */
    readonly data: unknown = undefined,
  ) {
    super(message);
  }

  /** Every error's `extensions.code`, in order; errors without one are left out. */
  get codes(): string[] {
    return this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : []));
  }
}

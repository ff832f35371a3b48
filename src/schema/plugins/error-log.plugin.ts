import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from '../../ops/logger';
import type { RequestContext } from '../../resolvers/request-context';
import { ErrorCode } from '../../core/errors';
import { isTimeoutError } from '../format-error';

/**
 * Errors with a code were raised on purpose (parse, validation, limits, bad input, auth); those
 * without one, or coded internal, are failures the operator has to look at.
 */
function isUnexpected(error: GraphQLError): boolean {
  const code = error.extensions.code;
  return typeof code !== 'string' || code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Clients see "Internal server error" and nothing more (format-error.ts); the operator needs the
 * real error, so unexpected ones are logged here with the request id and the stack. A cancelled
 * statement (deadline or statement timeout) reaches here uncoded, as a failed SQL statement, but
 * is an expected outcome the client gets as REQUEST_TIMEOUT: a warning, once per request, with
 * what names the request; its stack says nothing.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const timeouts = errors.filter(isTimeoutError);
          if (timeouts.length) {
            logger.warn(
              {
                requestId: contextValue.requestId,
                operationName,
                paths: timeouts.map((error) => error.path),
              },
              'request timeout',
            );
          }
          for (const error of errors) {
            if (!isUnexpected(error) || isTimeoutError(error)) continue;
            logger.error(
              {
                requestId: contextValue.requestId,
                operationName,
                path: error.path,
                err: error.originalError ?? error,
              },
              'unexpected error',
            );
          }
        },
      };
    },
  };
}

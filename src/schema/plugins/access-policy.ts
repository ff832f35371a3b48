import type { OperationTypeNode } from 'graphql';
import type { Viewer } from '../../resolvers/request-context';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors';

/**
 * Who may run what, decided before anything executes: a revoked key is FORBIDDEN everywhere, an
 * unknown key is UNAUTHENTICATED everywhere (a client with a typo in its key should hear so, not
 * get public answers), mutations need a valid key, and reads need one only when configured so.
 */
export function checkAccess(operation: OperationTypeNode, viewer: Viewer, requireKeyForReads: boolean): void {
  if (viewer.credential === 'revoked') throw new ForbiddenError('This API key has been revoked');
  if (viewer.credential === 'invalid') {
    throw new UnauthenticatedError('The API key is not valid: send "Authorization: Bearer <key>"');
  }
  if (viewer.credential === 'valid') return;
  if (operation === 'mutation' || requireKeyForReads) throw new UnauthenticatedError();
}

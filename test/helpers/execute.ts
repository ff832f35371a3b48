import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { print } from 'graphql';
import type { ContentGraphServer } from '../../src/http/server';

export interface ExecutionResult<TData> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs a typed operation through Apollo (the full request pipeline, without HTTP). */
export async function execute<TData, TVariables extends Record<string, unknown>>(
  server: ContentGraphServer,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  authorization?: string,
): Promise<ExecutionResult<TData>> {
  const response = await server.executeOperation<TData, TVariables>(
    { query: print(document), variables },
    { contextValue: server.createContext(authorization) },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return response.body.singleResult as ExecutionResult<TData>;
}

/** Runs an untyped query string (for malformed or ad-hoc operations). */
export async function executeText(
  server: ContentGraphServer,
  query: string,
  variables?: Record<string, unknown>,
  authorization?: string,
): Promise<ExecutionResult<Record<string, unknown>>> {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: server.createContext(authorization) },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return response.body.singleResult as ExecutionResult<Record<string, unknown>>;
}

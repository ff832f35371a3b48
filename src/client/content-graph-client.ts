import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { ContentGraphRequestError, type GraphQLResponseError } from './request-error.ts';

export interface ContentGraphClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; `ingestArticle` needs one, reads do not. */
  apiKey?: string;
  /** Sent with every request, after the client's own headers (so they may override them). */
  headers?: Record<string, string>;
}

/** Variables may be left out when the operation has none or none is required. */
type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLResponseError[];
}

const printedDocuments = new WeakMap<DocumentNode, string>();

function queryText(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}

function describeErrors(errors: readonly GraphQLResponseError[]): string {
  return errors
    .map((error) => (error.extensions?.code ? `${error.extensions.code}: ${error.message}` : error.message))
    .join('; ');
}

function parseBody(text: string): GraphQLResponseBody | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return body !== null && typeof body === 'object' && ('data' in body || 'errors' in body)
      ? (body as GraphQLResponseBody)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A small GraphQL-over-HTTP client for content-graph: POSTs a typed document (the `…Document`
 * exports of this package, or any TypedDocumentNode) with its variables, using the global fetch.
 */
export class ContentGraphClient {
  constructor(private readonly options: ContentGraphClientOptions) {}

  /**
   * The operation's `data`, typed by the document. Throws ContentGraphRequestError when the
   * answer carries GraphQL errors (even with partial data) or is not a GraphQL answer.
   */
  async request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<TData> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(this.options.apiKey === undefined ? {} : { authorization: `Bearer ${this.options.apiKey}` }),
      ...this.options.headers,
    };
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: queryText(document), variables }),
    });
    const body = parseBody(await response.text());
    if (body === undefined) {
      const contentType = response.headers.get('content-type') ?? 'no content type';
      throw new ContentGraphRequestError(
        `HTTP ${response.status}: the answer is not a GraphQL response (${contentType})`,
        response.status,
        [],
      );
    }
    if (body.errors?.length) {
      throw new ContentGraphRequestError(
        `HTTP ${response.status}: ${describeErrors(body.errors)}`,
        response.status,
        body.errors,
        body.data,
      );
    }
    if (body.data === undefined || body.data === null) {
      throw new ContentGraphRequestError(
        `HTTP ${response.status}: the answer has neither data nor errors`,
        response.status,
        [],
      );
    }
    return body.data as TData;
  }
}

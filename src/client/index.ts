import { print } from 'graphql';
import * as operations from './generated/graphql.ts';

/**
 * `content-graph/client`: the typed client SDK. Every example operation as a TypedDocumentNode
 * with its result and variable types, and a fetch client that runs them. Nothing here may load a
 * server module: the package's ESM and CommonJS builds of this folder are what users import.
 */
export * from './generated/graphql.ts';
export { ContentGraphClient, type ContentGraphClientOptions } from './content-graph-client.ts';
export { ContentGraphRequestError, type GraphQLResponseError } from './request-error.ts';

const examples = [
  operations.EntityCoMentionsDocument,
  operations.CountryCoMentionsDocument,
  operations.CoMentionHeatMapDocument,
  operations.EntityTimelineDocument,
  operations.CountryTimelineDocument,
  operations.ArticleTimelineDocument,
  operations.ArticleFacetsDocument,
  operations.ArticleEvidenceDocument,
  operations.SearchDocument,
  operations.RankedArticlesDocument,
  operations.CoMentionPathDocument,
];

/**
 * One named operation per capability, printed as a single document for the playground. Every
 * variable has a default, so each operation runs as is from the playground's run menu.
 */
export const EXAMPLE_OPERATIONS_TEXT = examples.map((document) => print(document)).join('\n\n');

import { print } from 'graphql';
import * as operations from './generated/graphql';

/** The typed client SDK: every example operation as a TypedDocumentNode, with its result types. */
export * from './generated/graphql';

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

import { registerEnumType } from 'type-graphql';

export enum ArticleOrderBy {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(ArticleOrderBy, {
  name: 'ArticleOrderBy',
  description: 'Order of article lists, by publication time (ingestion time for undated articles).',
});

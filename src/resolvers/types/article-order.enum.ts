import { registerEnumType } from 'type-graphql';

export enum ArticleOrderBy {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
  RELEVANCE = 'RELEVANCE',
  SALIENCE = 'SALIENCE',
}

registerEnumType(ArticleOrderBy, {
  name: 'ArticleOrderBy',
  description: 'Order of article lists, by publication time (ingestion time for undated articles).',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recent first.' },
    OLDEST_FIRST: { description: 'Oldest first.' },
    RELEVANCE: {
      description:
        'Best match to filter.text first (title words weigh more). Query.articles only; needs filter.text.',
    },
    SALIENCE: {
      description:
        'Articles where the first filter.mentionsAll entry is most prominent first. Query.articles only; needs filter.mentionsAll.',
    },
  },
});

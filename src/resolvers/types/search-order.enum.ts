import { registerEnumType } from 'type-graphql';

export enum SearchOrderBy {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}

registerEnumType(SearchOrderBy, {
  name: 'SearchOrderBy',
  description: 'Order of search hits.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first (title words weigh more), ties by id.' },
    NEWEST: {
      description: 'Most recently published first (ingestion time for undated articles), ties by id.',
    },
  },
});

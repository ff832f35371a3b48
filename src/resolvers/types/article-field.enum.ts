import { registerEnumType } from 'type-graphql';

export enum ArticleField {
  TITLE = 'TITLE',
  BODY = 'BODY',
}

registerEnumType(ArticleField, { name: 'ArticleField', description: 'A text field of an article.' });

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../../entities/article';
import { ErrorCode, type UserErrorCode } from '../../core/errors';
import './error-code.enum';

export enum IngestStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What ingesting an article did.',
  valuesConfig: {
    CREATED: { description: 'A new article was stored.' },
    UPDATED: { description: 'An article with the same URL or content was updated.' },
    UNCHANGED: { description: 'The same article was already stored; nothing changed.' },
    REJECTED: {
      description: 'The input was invalid or could not be stored; see userErrors. Nothing was written.',
    },
  },
});

@ObjectType('UserError', { description: 'A problem with the input that the caller can fix.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field, e.g. ["input", "body"].' })
  field!: string[];

  @Field(() => String, { description: 'What is wrong, for people.' })
  message!: string;

  @Field(() => ErrorCode, {
    description:
      'Stable machine-readable code: REQUIRED, TOO_LONG or INVALID; NOT_STORED when the input is valid but this article could not be stored (the message says why).',
  })
  code!: UserErrorCode;
}

@ObjectType('IngestArticlePayload', { description: 'Result of ingestArticle.' })
export class IngestArticlePayload {
  @Field(() => Article, { nullable: true, description: 'The stored article; null when rejected.' })
  article!: Article | null;

  @Field(() => IngestStatus, { description: 'What happened.' })
  status!: IngestStatus;

  @Field(() => [UserError], { description: 'Input problems; empty on success.' })
  userErrors!: UserError[];
}

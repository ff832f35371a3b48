import { DateTimeScalar } from '../../core/date-time.scalar';
import { Field, InputType } from 'type-graphql';

const ENTITY_REF_HELP =
  'Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it.';

@InputType('ArticleFilter', { description: 'Restricts a list of articles. All given conditions must hold.' })
export class ArticleFilterInput {
  @Field(() => [String], {
    nullable: true,
    description: `Articles that mention every one of these. ${ENTITY_REF_HELP}`,
  })
  mentionsAll?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Articles that mention at least one of these. ${ENTITY_REF_HELP}`,
  })
  mentionsAny?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Articles that mention none of these. ${ENTITY_REF_HELP}`,
  })
  mentionsNone?: string[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Published at or after this time (articles without a date count from when they were ingested).',
  })
  publishedAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Published before this time (exclusive).' })
  publishedBefore?: Date | null;

  @Field(() => String, { nullable: true, description: 'Exact source name, e.g. "Reuters".' })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over title and body: all words must match; "quoted phrase" for a phrase, word* for a prefix.',
  })
  text?: string | null;
}

import { DateTimeScalar } from '../../core/date-time.scalar';
import { Field, InputType } from 'type-graphql';
import { MAX_METADATA_VALUES } from '../../services/article-metadata-filter';

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

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use sources',
    description:
      'Exact source name, e.g. "Reuters" (case-sensitive). Deprecated: `sources` takes several names and ignores case; giving both is a BAD_USER_INPUT.',
  })
  source?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Articles from any of these sources, compared ignoring case of A-Z ("reuters" finds "Reuters"; other letters must match exactly). 1 to ${MAX_METADATA_VALUES} names; not together with the deprecated \`source\`.`,
  })
  sources?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Articles in any of these languages, as BCP 47 tags ignoring case: a tag matches itself and the tags it is a prefix of up to a hyphen ("en" finds "en" and "en-GB", "en-GB" finds "en-GB" but not "en"; RFC 4647 basic filtering). 1 to ${MAX_METADATA_VALUES} tags.`,
  })
  languages?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Articles in any of these sections, exact names ignoring case of A-Z ("world" finds "World"). 1 to ${MAX_METADATA_VALUES} names.`,
  })
  sections?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over title and body: all words must match; "quoted phrase" for a phrase, word* for a prefix.',
  })
  text?: string | null;
}

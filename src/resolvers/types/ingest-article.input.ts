import { DateTimeScalar } from '../../core/date-time.scalar';
import { Field, InputType } from 'type-graphql';

@InputType('IngestArticleInput', {
  description: 'An article to add to the graph, or to update when its URL or content is known.',
})
export class IngestArticleInput {
  @Field(() => String, {
    nullable: true,
    description: 'Canonical http(s) URL; the same URL updates the stored article.',
  })
  url?: string | null;

  @Field(() => String, { description: 'Headline (required, non-empty).' })
  title!: string;

  @Field(() => String, {
    description: 'Full text, paragraphs separated by blank lines (required, size-limited).',
  })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Summary or dek.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  author?: string | null;

  @Field(() => String, { nullable: true, description: 'Section of the publication.' })
  section?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag.' })
  language?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Publication time.' })
  publishedAt?: Date | null;
}

import { ArgsType, Field, Int } from 'type-graphql';
import { ArticleFilterInput } from './article-filter.input';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description:
      'Words that must all match (title or body); "quoted phrase" for a phrase, word* for a prefix. Other punctuation is ignored.',
  })
  query!: string;

  @Field(() => ArticleFilterInput, { nullable: true, description: 'Restricts the articles searched.' })
  filter?: ArticleFilterInput | null;

  @Field(() => Int, { nullable: true, description: 'Hits after `after`, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after (from pageInfo.endCursor).' })
  after?: string | null;
}

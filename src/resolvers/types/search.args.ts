import { ArgsType, Field } from 'type-graphql';
import { ArticleFilterInput } from './article-filter.input';
import { ConnectionArgs } from './connection.args';
import { SearchOrderBy } from './search-order.enum';

/** first/after pages forward, last/before backward through the same order; a cursor belongs to its order. */
@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, {
    description:
      'Words that must all match (title or body); "quoted phrase" for a phrase, word* for a prefix. Other punctuation is ignored.',
  })
  query!: string;

  @Field(() => ArticleFilterInput, { nullable: true, description: 'Restricts the articles searched.' })
  filter?: ArticleFilterInput | null;

  @Field(() => SearchOrderBy, {
    defaultValue: SearchOrderBy.RELEVANCE,
    description:
      'Order of the hits. A cursor continues only the order it came from: one from the other order is a BAD_USER_INPUT naming `after` or `before`.',
  })
  orderBy!: SearchOrderBy;
}

import { ArgsType, Field } from 'type-graphql';
import { ArticleFilterInput } from './article-filter.input';
import { ArticleOrderBy } from './article-order.enum';
import { ConnectionArgs } from './connection.args';

@ArgsType()
export class ArticlesArgs extends ConnectionArgs {
  @Field(() => ArticleFilterInput, { nullable: true, description: 'Which articles.' })
  filter?: ArticleFilterInput | null;

  @Field(() => ArticleOrderBy, {
    defaultValue: ArticleOrderBy.NEWEST_FIRST,
    description: 'Order of the list.',
  })
  orderBy!: ArticleOrderBy;
}

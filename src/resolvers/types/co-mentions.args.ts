import { ArgsType, Field, Int } from 'type-graphql';
import { EntityKind } from '../../entities/entity-kind';
import { ArticleFilterInput } from './article-filter.input';
import { CoMentionOrderBy } from './co-mention.type';

@ArgsType()
export class CoMentionsArgs {
  @Field(() => EntityKind, { nullable: true, description: 'Only co-mentioned entities of this kind.' })
  kind?: EntityKind | null;

  @Field(() => Int, { nullable: true, description: 'How many to return, 1 to 100 (default 10).' })
  first?: number | null;

  @Field(() => ArticleFilterInput, {
    nullable: true,
    description: 'Restricts the articles counted (dates, source, other entities, text).',
  })
  filter?: ArticleFilterInput | null;

  @Field(() => CoMentionOrderBy, {
    defaultValue: CoMentionOrderBy.SHARED_ARTICLES,
    description: 'Ranking of the list.',
  })
  orderBy!: CoMentionOrderBy;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Leave out entities sharing fewer articles than this (at least 1).',
  })
  minSharedArticles!: number;
}

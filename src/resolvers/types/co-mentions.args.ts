import { ArgsType, Field, Int } from 'type-graphql';
import { EntityKind } from '../../entities/entity-kind';
import { ArticleFilterInput } from './article-filter.input';
import { CoMentionOrderBy } from './co-mention.type';

/** What both co-mention fields count and how they rank it; each adds its own paging. */
@ArgsType()
export class CoMentionSetArgs {
  @Field(() => EntityKind, { nullable: true, description: 'Only co-mentioned entities of this kind.' })
  kind?: EntityKind | null;

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

@ArgsType()
export class CoMentionsArgs extends CoMentionSetArgs {
  @Field(() => Int, { nullable: true, description: 'How many to return, 1 to 100 (default 10).' })
  first?: number | null;
}

/** Forward paging only (first/after): a ranking is read from its top. */
@ArgsType()
export class CoMentionConnectionArgs extends CoMentionSetArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor to continue after (from pageInfo.endCursor). A cursor continues only the order it came from: one from another orderBy is a BAD_USER_INPUT naming `after`.',
  })
  after?: string | null;
}

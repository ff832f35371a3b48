import { Field, Int, ObjectType } from 'type-graphql';
import { CoMention } from './co-mention.type';
import { PageInfo } from './page-info.type';

@ObjectType('CoMentionEdge', { description: 'A co-mentioned entity in the ranking, with its cursor.' })
export class CoMentionEdge {
  @Field(() => String, { description: 'Opaque position of this co-mention in the ranking.' })
  cursor!: string;

  @Field(() => CoMention, { description: 'The co-mention.' })
  node!: CoMention;
}

@ObjectType('CoMentionConnection', {
  description:
    'A page of co-mentioned entities in the order asked for (Relay cursor connection, forward paging: first/after).',
})
export class CoMentionConnection {
  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => [CoMentionEdge], { description: 'The co-mentions of this page with their cursors.' })
  edges!: CoMentionEdge[];

  @Field(() => [CoMention], { description: 'The co-mentions of this page.' })
  nodes!: CoMention[];

  /** Counts the whole list, only when a client asks for totalCount. */
  countTotal!: () => Promise<number>;

  @Field(() => Int, {
    description:
      'Number of co-mentioned entities in the whole list (of `kind`, sharing at least `minSharedArticles` filtered articles), not just this page.',
  })
  totalCount!: number;
}

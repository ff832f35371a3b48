import { ArgsType, Field, Int } from 'type-graphql';

/** first/after/last/before, validated by the services (1..100, cursors from this API). */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after (from pageInfo.endCursor).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Items before `before`, 1 to 100.' })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to continue before (from pageInfo.startCursor).',
  })
  before?: string | null;
}

import { Field, ObjectType } from 'type-graphql';

/** Relay PageInfo: where this page sits in the whole list. */
@ObjectType('PageInfo', { description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'More items follow this page (in the paging direction for first/after).',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item; pass as `before`.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass as `after`.' })
  endCursor!: string | null;
}

/** Builds PageInfo from cursors in page order and the two flags. */
export function toPageInfo(cursors: string[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return Object.assign(new PageInfo(), {
    hasNextPage,
    hasPreviousPage,
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  });
}

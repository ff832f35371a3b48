import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphEntity } from '../entities/graph-entity';
import { Mention } from '../entities/mention';
import type { RequestContext } from './request-context';
import { Snippet, toSnippets } from './types/snippet.type';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => GraphEntity, { description: 'The entity mentioned.' })
  async entity(@Root() mention: Mention, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    const entity = await ctx.loaders.entityById.load(mention.entityId);
    if (!entity) throw new Error(`entity ${mention.entityId} of a mention is missing`);
    return entity;
  }

  @FieldResolver(() => [Snippet], {
    description: 'The sentences that mention the entity (up to 5), with the mention located by offsets.',
  })
  snippets(@Root() mention: Mention): Snippet[] {
    return toSnippets(mention.evidence);
  }
}

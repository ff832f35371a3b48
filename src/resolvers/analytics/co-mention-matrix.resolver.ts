import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import { ArticleFilterInput } from '../types/article-filter.input';
import { CoMentionMatrix } from '../types/co-mention.type';
import { loadEntity } from './load-entity';

@Resolver(() => CoMentionMatrix)
export class CoMentionMatrixResolver {
  @Query(() => CoMentionMatrix, {
    description:
      'Articles shared by every pair of 2 to 20 entities (codes, names, slugs or ids), for a heat map.',
  })
  async coMentionMatrix(
    @Arg('entities', () => [String], { description: 'The entities to compare, 2 to 20, no repeats.' })
    entities: string[],
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ArticleFilterInput, {
      nullable: true,
      description: 'Restricts the articles counted.',
    })
    filter?: ArticleFilterInput,
  ): Promise<CoMentionMatrix> {
    const resolved = await ctx.loaders.articleFilter.load({ filter });
    const matrix = await ctx.services.analytics.coMentions.matrix(entities, resolved);
    return Object.assign(new CoMentionMatrix(), matrix);
  }

  @FieldResolver(() => [GraphEntity], { description: 'The entities, in the order they were asked for.' })
  entities(@Root() matrix: CoMentionMatrix, @Ctx() ctx: RequestContext): Promise<GraphEntity[]> {
    return Promise.all(matrix.entityIds.map((id) => loadEntity(id, ctx)));
  }
}

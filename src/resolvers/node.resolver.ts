import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { rowIdOf } from '../core/row-id';
import type { RequestContext } from './request-context';
import { BadUserInputError } from '../core/errors';
import { tryFromGlobalId } from '../core/global-id';
import { Node } from '../core/node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it no longer exists.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Node | null> {
    const decoded = tryFromGlobalId(id, 'id');
    if (!decoded) throw new BadUserInputError(`id: "${id}" is not a global id issued by this API`, 'id');
    const numeric = rowIdOf(decoded.key);
    switch (decoded.type) {
      case 'Article':
        return numeric === null ? null : ((await ctx.loaders.articleById.load(numeric)) as Node | null);
      case 'Entity':
        return numeric === null ? null : ((await ctx.loaders.entityById.load(numeric)) as Node | null);
      case 'Country':
        return (await ctx.loaders.countryByCode.load(decoded.key)) as Node | null;
    }
  }
}

import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../request-context';
import { NO_OWNER } from '../../services/analytics/article-scope';
import { parseSearchText } from '../../services/full-text-query';
import { ArticleConnection, toArticleConnection } from '../types/article-connection.type';
import { SearchArgs } from '../types/search.args';
import { SearchOrderBy } from '../types/search-order.enum';

@Resolver()
export class SearchResolver {
  @Query(() => ArticleConnection, {
    description:
      'Full-text search over titles and bodies, best match first (title words weigh more) or newest first (orderBy), paged forward (first/after) or backward (last/before). Each edge has a highlight; combine with entity, date and source filters.',
  })
  async search(@Args() args: SearchArgs, @Ctx() ctx: RequestContext): Promise<ArticleConnection> {
    const query = parseSearchText(args.query, 'query');
    const resolved = await ctx.services.articles.resolveFilter(args.filter);
    // Both texts must match: every term of either must be found.
    const filter = { ...resolved, textQuery: [...query, ...(resolved.textQuery ?? [])] };
    const page =
      args.orderBy === SearchOrderBy.NEWEST
        ? await ctx.services.articles.findPage(filter, 'NEWEST_FIRST', args)
        : await ctx.services.analytics.search.findPage(filter, args);
    return toArticleConnection(page, () => ctx.services.articles.count(filter), {
      filter,
      args: args.filter ?? null,
      ownerId: NO_OWNER,
    });
  }
}

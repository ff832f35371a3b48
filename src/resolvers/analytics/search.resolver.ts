import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../schema/context';
import { NO_OWNER } from '../../services/analytics/article-scope';
import { toFtsQuery } from '../../services/full-text-query';
import { ArticleConnection, toArticleConnection } from '../types/article-connection.type';
import { SearchArgs } from '../types/search.args';

@Resolver()
export class SearchResolver {
  @Query(() => ArticleConnection, {
    description:
      'Full-text search over titles and bodies, best match first (bm25; title words weigh more). Each edge has a highlight; combine with entity, date and source filters.',
  })
  async search(@Args() args: SearchArgs, @Ctx() ctx: RequestContext): Promise<ArticleConnection> {
    const query = toFtsQuery(args.query, 'query');
    const resolved = await ctx.services.articles.resolveFilter(args.filter);
    // Both texts must match: FTS5 ANDs the quoted terms of the two queries.
    const filter = { ...resolved, ftsQuery: resolved.ftsQuery ? `${query} ${resolved.ftsQuery}` : query };
    const page = await ctx.services.analytics.search.findPage(filter, args);
    return toArticleConnection(page, () => ctx.services.articles.count(filter), {
      filter,
      args: args.filter ?? null,
      ownerId: NO_OWNER,
    });
  }
}

import type { RequestContext } from './request-context';
import { checkEntityArticlesOrder } from '../services/ranked-articles';
import { type ArticleConnection, toArticleConnection } from './types/article-connection.type';
import type { ArticlesArgs } from './types/articles.args';

/** Entity.articles and Country.articles: batched across parents through the request's loaders. */
export async function articlesOfEntity(
  entityId: number,
  args: ArticlesArgs,
  ctx: RequestContext,
): Promise<ArticleConnection> {
  const filter = await ctx.loaders.articleFilter.load({ filter: args.filter });
  const { first, after, last, before } = args;
  const page = await ctx.loaders
    .articlePagesOfEntities({
      filter,
      order: checkEntityArticlesOrder(args.orderBy),
      page: { first, after, last, before },
    })
    .load(entityId);
  return toArticleConnection(page, () => ctx.loaders.articleCountsOfEntities(filter).load(entityId), {
    filter,
    args: args.filter ?? null,
    ownerId: entityId,
  });
}

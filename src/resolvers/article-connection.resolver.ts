import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Article } from '../entities/article';
import type { RequestContext } from './request-context';
import { ArticleConnection, ArticleEdge } from './types/article-connection.type';

/** Loads the articles of a page through the request's loader, so nested lists batch together. */
async function loadPage(connection: ArticleConnection, ctx: RequestContext): Promise<ArticleEdge[]> {
  const articles = await ctx.loaders.articleById.loadMany(connection.page.items.map((item) => item.id));
  return connection.page.items.flatMap((item, i) => {
    const node = articles[i];
    return node instanceof Article
      ? [Object.assign(new ArticleEdge(), { cursor: item.cursor, node, scope: connection.scope })]
      : [];
  });
}

@Resolver(() => ArticleConnection)
export class ArticleConnectionResolver {
  @FieldResolver(() => [ArticleEdge])
  edges(@Root() connection: ArticleConnection, @Ctx() ctx: RequestContext): Promise<ArticleEdge[]> {
    return loadPage(connection, ctx);
  }

  @FieldResolver(() => [Article])
  async nodes(@Root() connection: ArticleConnection, @Ctx() ctx: RequestContext): Promise<Article[]> {
    return (await loadPage(connection, ctx)).map((edge) => edge.node);
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: ArticleConnection): Promise<number> {
    return connection.countTotal();
  }
}

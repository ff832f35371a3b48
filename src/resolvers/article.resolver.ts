import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../entities/article';
import { Country } from '../entities/country';
import { EntityKind } from '../entities/entity-kind';
import { GraphEntity } from '../entities/graph-entity';
import { Mention } from '../entities/mention';
import type { RequestContext } from './request-context';
import { NO_OWNER } from '../services/analytics/article-scope';
import { DEFAULT_PAGE_SIZE, listSize, MAX_PAGE_SIZE } from '../services/pagination';
import { findArticlePage } from '../services/ranked-articles';
import { fromGlobalId } from '../core/global-id';
import { rowIdOf } from '../core/row-id';
import { BadUserInputError, NotFoundError } from '../core/errors';
import { ArticleConnection, toArticleConnection } from './types/article-connection.type';
import { ArticlesArgs } from './types/articles.args';

/** The `first` argument of an article's countries, entities and mentions: a page, like a connection's. */
const FIRST_MOST_SALIENT = {
  nullable: true,
  description: `How many, most salient first, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
} as const;

function present<T>(value: T | null | Error): value is T {
  return value !== null && !(value instanceof Error);
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: 'One article by global id or by URL. An unknown one is a NOT_FOUND error (data null).',
  })
  async article(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('url', () => String, { nullable: true }) url?: string,
  ): Promise<Article> {
    if ((id ? 1 : 0) + (url ? 1 : 0) !== 1)
      throw new BadUserInputError('Pass exactly one of id or url', 'id');
    if (id) {
      const articleId = rowIdOf(fromGlobalId(id, 'Article', 'id'));
      const article = articleId === null ? null : await ctx.loaders.articleById.load(articleId);
      if (!article) throw new NotFoundError(`id: no article with the id "${id}"`, 'id', [id]);
      return article;
    }
    const article = await ctx.services.articles.findByUrl(url!);
    if (!article) throw new NotFoundError(`url: no article with the URL "${url}"`, 'url', [url!]);
    return article;
  }

  @Query(() => ArticleConnection, { description: 'Articles matching a filter, newest first by default.' })
  async articles(@Args() args: ArticlesArgs, @Ctx() ctx: RequestContext): Promise<ArticleConnection> {
    const filter = await ctx.services.articles.resolveFilter(args.filter);
    const page = await findArticlePage(ctx.services, filter, args.orderBy, args);
    return toArticleConnection(page, () => ctx.services.articles.count(filter), {
      filter,
      args: args.filter ?? null,
      ownerId: NO_OWNER,
    });
  }

  @FieldResolver(() => [Country], { description: 'Countries the article mentions, most salient first.' })
  async countries(
    @Root() article: Article,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, FIRST_MOST_SALIENT) first?: number,
  ): Promise<Country[]> {
    const mentions = await ctx.loaders.mentionsOfArticle.load({
      articleId: article.id,
      kind: EntityKind.COUNTRY,
      first: listSize(first),
    });
    const entities = await ctx.loaders.entityById.loadMany(mentions.map((m) => m.entityId));
    const codes = entities.filter(present).flatMap((e) => (e.countryCode ? [e.countryCode] : []));
    return (await ctx.loaders.countryByCode.loadMany(codes)).filter(present);
  }

  @FieldResolver(() => [GraphEntity], { description: 'Entities the article mentions, most salient first.' })
  async entities(
    @Root() article: Article,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => EntityKind, { nullable: true, description: 'Only entities of this kind.' })
    kind?: EntityKind,
    @Arg('first', () => Int, FIRST_MOST_SALIENT) first?: number,
  ): Promise<GraphEntity[]> {
    const mentions = await this.mentions(article, ctx, kind, first);
    return (await ctx.loaders.entityById.loadMany(mentions.map((m) => m.entityId))).filter(present);
  }

  @FieldResolver(() => [Mention], {
    description: 'How the article mentions each entity (count, salience, evidence), most salient first.',
  })
  async mentions(
    @Root() article: Article,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => EntityKind, { nullable: true, description: 'Only mentions of this kind.' })
    kind?: EntityKind,
    @Arg('first', () => Int, FIRST_MOST_SALIENT) first?: number,
  ): Promise<Mention[]> {
    return ctx.loaders.mentionsOfArticle.load({
      articleId: article.id,
      kind: kind ?? null,
      first: listSize(first),
    });
  }
}

import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../entities/country';
import { GraphEntity } from '../entities/graph-entity';
import type { RequestContext } from './request-context';
import { NotFoundError } from '../core/errors';
import { articlesOfEntity } from './entity-articles';
import { ArticleConnection, toArticleConnection } from './types/article-connection.type';
import { ArticlesArgs } from './types/articles.args';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description:
      'A country by alpha-2 or alpha-3 code, or by any name, alias or demonym ("North Korea", "DPRK").',
  })
  country(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Country | null> | null {
    const alpha2 = ctx.services.countries.findCode(code);
    return alpha2 ? ctx.loaders.countryByCode.load(alpha2) : null;
  }

  @Query(() => [Country], { description: 'All countries and territories with ISO 3166-1 codes, by name.' })
  countries(@Ctx() ctx: RequestContext): Promise<Country[]> {
    return ctx.services.countries.all();
  }

  @FieldResolver(() => GraphEntity, {
    description: 'The entity row that stands for this country in mentions.',
  })
  async entity(@Root() country: Country, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    const entity = await ctx.loaders.countryEntityByCode.load(country.code);
    if (!entity) throw new NotFoundError(`country ${country.code} has no entity row`);
    return entity;
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles that mention this country, newest first.',
  })
  async articles(@Root() country: Country, @Args() args: ArticlesArgs, @Ctx() ctx: RequestContext) {
    const entity = await ctx.loaders.countryEntityByCode.load(country.code);
    if (!entity)
      return toArticleConnection({ items: [], hasNextPage: false, hasPreviousPage: false }, async () => 0);
    return articlesOfEntity(entity.id, args, ctx);
  }
}

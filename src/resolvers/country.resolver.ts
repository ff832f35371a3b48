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
      'A country by alpha-2 or alpha-3 code, or by any name, alias or demonym ("North Korea", "DPRK"). An unknown one is a NOT_FOUND error (data null).',
  })
  async country(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<Country> {
    const alpha2 = ctx.services.countries.findCode(code);
    const country = alpha2 ? await ctx.loaders.countryByCode.load(alpha2) : null;
    if (!country) {
      throw new NotFoundError(
        `code: no country with the code or name "${code}" (use an ISO 3166-1 alpha-2 or alpha-3 code, or a name, alias or demonym)`,
        'code',
        [code],
      );
    }
    return country;
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
    // Every country row gets its entity row in the same migration: a missing one is a server fault.
    if (!entity) throw new Error(`country ${country.code} has no entity row`);
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

import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Country } from '../../entities/country';
import { EntityKind } from '../../entities/entity-kind';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import type { FacetDimension, FacetRow } from '../../services/analytics/facet.service';
import { checkTop } from '../../services/analytics/limits';
import { ArticleFacets, CountryFacet, EntityFacet, SourceFacet } from '../types/article-facets.type';
import { loadEntity } from './load-entity';

const FIRST_HELP = 'How many values, most frequent first, 1 to 100 (default 10).';

async function facetRows(
  facets: ArticleFacets,
  dimension: FacetDimension,
  first: number | undefined,
  ctx: RequestContext,
): Promise<FacetRow[]> {
  const top = checkTop(first, 'first');
  if (!facets.scope) return [];
  return ctx.loaders.analytics
    .facets({ filter: facets.scope.filter, dimension, first: top })
    .load(facets.scope.ownerId);
}

async function entityFacets(
  facets: ArticleFacets,
  kind: EntityKind,
  first: number | undefined,
  ctx: RequestContext,
): Promise<EntityFacet[]> {
  const rows = await facetRows(facets, kind, first, ctx);
  return rows.map((row) => Object.assign(new EntityFacet(), { entityId: row.entityId!, count: row.count }));
}

@Resolver(() => ArticleFacets)
export class ArticleFacetsResolver {
  @FieldResolver(() => [CountryFacet], { description: 'Countries the articles mention.' })
  async countries(
    @Root() facets: ArticleFacets,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_HELP }) first?: number,
  ): Promise<CountryFacet[]> {
    const rows = await facetRows(facets, EntityKind.COUNTRY, first, ctx);
    return rows.map((row) =>
      Object.assign(new CountryFacet(), { entityId: row.entityId!, count: row.count }),
    );
  }

  @FieldResolver(() => [EntityFacet], { description: 'People the articles mention.' })
  people(
    @Root() facets: ArticleFacets,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_HELP }) first?: number,
  ): Promise<EntityFacet[]> {
    return entityFacets(facets, EntityKind.PERSON, first, ctx);
  }

  @FieldResolver(() => [EntityFacet], { description: 'Organizations the articles mention.' })
  organizations(
    @Root() facets: ArticleFacets,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_HELP }) first?: number,
  ): Promise<EntityFacet[]> {
    return entityFacets(facets, EntityKind.ORGANIZATION, first, ctx);
  }

  @FieldResolver(() => [EntityFacet], {
    description: 'Places (cities, regions, landmarks) the articles mention.',
  })
  places(
    @Root() facets: ArticleFacets,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_HELP }) first?: number,
  ): Promise<EntityFacet[]> {
    return entityFacets(facets, EntityKind.PLACE, first, ctx);
  }

  @FieldResolver(() => [SourceFacet], { description: 'Publishers of the articles.' })
  async sources(
    @Root() facets: ArticleFacets,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_HELP }) first?: number,
  ): Promise<SourceFacet[]> {
    const rows = await facetRows(facets, 'SOURCE', first, ctx);
    return rows.map((row) => Object.assign(new SourceFacet(), { source: row.source!, count: row.count }));
  }
}

@Resolver(() => EntityFacet)
export class EntityFacetResolver {
  @FieldResolver(() => GraphEntity, { description: 'The entity.' })
  entity(@Root() facet: EntityFacet, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(facet.entityId, ctx);
  }
}

@Resolver(() => CountryFacet)
export class CountryFacetResolver {
  @FieldResolver(() => Country, { description: 'The country.' })
  async country(@Root() facet: CountryFacet, @Ctx() ctx: RequestContext): Promise<Country> {
    const entity = await loadEntity(facet.entityId, ctx);
    const country = entity.countryCode ? await ctx.loaders.countryByCode.load(entity.countryCode) : null;
    if (!country) throw new Error(`country of entity ${entity.id} is missing`);
    return country;
  }
}

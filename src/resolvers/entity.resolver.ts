import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../entities/country';
import { GraphEntity } from '../entities/graph-entity';
import type { RequestContext } from './request-context';
import { fromGlobalId } from '../core/global-id';
import { rowIdOf } from '../core/row-id';
import { toPageInfo } from './types/page-info.type';
import { BadUserInputError, NotFoundError } from '../core/errors';
import { articlesOfEntity } from './entity-articles';
import { ArticleConnection } from './types/article-connection.type';
import { ArticlesArgs } from './types/articles.args';
import { ConnectionArgs } from './types/connection.args';
import { EntityConnection, EntityEdge } from './types/entity-connection.type';
import { EntityFilterInput } from './types/entity-filter.input';
import { EntityOrderBy } from './types/entity-order.enum';

@Resolver(() => GraphEntity)
export class EntityResolver {
  @Query(() => GraphEntity, {
    nullable: true,
    description: 'One entity by global id or slug. An unknown one is a NOT_FOUND error (data null).',
  })
  async entity(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('slug', () => String, { nullable: true }) slug?: string,
  ): Promise<GraphEntity> {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1)
      throw new BadUserInputError('Pass exactly one of id or slug', 'id');
    if (id) {
      const entityId = rowIdOf(fromGlobalId(id, 'Entity', 'id'));
      const entity = entityId === null ? null : await ctx.loaders.entityById.load(entityId);
      if (!entity) throw new NotFoundError(`id: no entity with the id "${id}"`, 'id', [id]);
      return entity;
    }
    const entity = await ctx.services.entities.findBySlug(slug!);
    if (!entity) throw new NotFoundError(`slug: no entity with the slug "${slug}"`, 'slug', [slug!]);
    return entity;
  }

  @Query(() => EntityConnection, {
    description:
      'Entities by name, by number of articles or by latest mention (orderBy), optionally filtered.',
  })
  async entities(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EntityFilterInput, { nullable: true }) filter?: EntityFilterInput,
    @Arg('orderBy', () => EntityOrderBy, {
      defaultValue: EntityOrderBy.NAME,
      description:
        'Order of the list, ties by id. A cursor continues only the order it came from: one from another order is a BAD_USER_INPUT naming `after` or `before`.',
    })
    orderBy: EntityOrderBy = EntityOrderBy.NAME,
  ): Promise<EntityConnection> {
    const page = await ctx.services.entities.findPage(filter, args, orderBy);
    const edges = page.items.map((item) =>
      Object.assign(new EntityEdge(), { cursor: item.cursor, node: item.entity }),
    );
    return Object.assign(new EntityConnection(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: toPageInfo(
        edges.map((edge) => edge.cursor),
        page.hasNextPage,
        page.hasPreviousPage,
      ),
      countTotal: () => ctx.services.entities.count(filter),
    });
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The country the entity belongs to or lies in (the country itself for COUNTRY entities).',
  })
  country(@Root() entity: GraphEntity, @Ctx() ctx: RequestContext): Promise<Country | null> | null {
    return entity.countryCode ? ctx.loaders.countryByCode.load(entity.countryCode) : null;
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this entity, newest first.' })
  articles(@Root() entity: GraphEntity, @Args() args: ArticlesArgs, @Ctx() ctx: RequestContext) {
    return articlesOfEntity(entity.id, args, ctx);
  }
}

@Resolver(() => EntityConnection)
export class EntityConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: EntityConnection): Promise<number> {
    return connection.countTotal();
  }
}

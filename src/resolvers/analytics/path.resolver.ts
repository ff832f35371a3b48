import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article';
import { EntityKind } from '../../entities/entity-kind';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import { checkTop } from '../../services/analytics/limits';
import {
  DEFAULT_MAX_HOPS,
  MAX_HOPS,
  MAX_PATHS,
  MAX_PATH_SEARCH_MENTIONS,
} from '../../services/analytics/path.service';
import { CoMentionPath, CoMentionPaths, PathHop } from '../types/co-mention-path.type';
import { loadEntity } from './load-entity';

const ENTITY_HELP = 'A country code or name, an entity slug or name, or a node id.';

@Resolver(() => CoMentionPaths)
export class CoMentionPathsResolver {
  @Query(() => CoMentionPaths, {
    description: `The shortest chains of co-mention between two entities (A and B in one article, B and C in another, …), each hop with the articles behind it. The search reads at most ${MAX_PATH_SEARCH_MENTIONS.toLocaleString('en-US')} entity–article links and says in \`complete\` whether it looked everywhere; it costs as much as that many links to read.`,
  })
  async connection(
    @Arg('from', () => String, { description: `Start entity. ${ENTITY_HELP}` }) from: string,
    @Arg('to', () => String, { description: `End entity. ${ENTITY_HELP}` }) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('maxHops', () => Int, {
      defaultValue: DEFAULT_MAX_HOPS,
      description: `Longest chain searched, 1 to ${MAX_HOPS}.`,
    })
    maxHops: number,
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many chains, 1 to ${MAX_PATHS} (default 10).`,
    })
    first?: number,
    @Arg('via', () => [EntityKind], {
      nullable: true,
      description:
        'Kinds allowed in the middle of a chain, e.g. [PERSON, ORGANIZATION] to skip countries and places.',
    })
    via?: EntityKind[],
  ): Promise<CoMentionPaths> {
    const result = await ctx.services.analytics.paths.shortestPaths(from, to, {
      maxHops,
      first: checkTop(first, 'first', MAX_PATHS),
      via: via ?? null,
    });
    return Object.assign(new CoMentionPaths(), {
      fromId: result.fromId,
      toId: result.toId,
      length: result.length,
      complete: result.complete,
      searchedHops: result.searchedHops,
      paths: result.paths.map((hops) =>
        Object.assign(new CoMentionPath(), { hops: hops.map((hop) => Object.assign(new PathHop(), hop)) }),
      ),
    });
  }

  @FieldResolver(() => GraphEntity, { description: 'Where the chains start.' })
  from(@Root() paths: CoMentionPaths, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(paths.fromId, ctx);
  }

  @FieldResolver(() => GraphEntity, { description: 'Where the chains end.' })
  to(@Root() paths: CoMentionPaths, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(paths.toId, ctx);
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => GraphEntity, { description: 'The entity nearer the start of the chain.' })
  from(@Root() hop: PathHop, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(hop.fromId, ctx);
  }

  @FieldResolver(() => GraphEntity, { description: 'The entity nearer the end of the chain.' })
  to(@Root() hop: PathHop, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(hop.toId, ctx);
  }

  @FieldResolver(() => [Article], { description: 'The evidence: up to 5 of those articles, newest first.' })
  async articles(@Root() hop: PathHop, @Ctx() ctx: RequestContext): Promise<Article[]> {
    const articles = await ctx.loaders.articleById.loadMany(hop.articleIds);
    return articles.filter((a): a is Article => a instanceof Article);
  }
}

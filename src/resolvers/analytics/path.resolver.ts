import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import { checkTop } from '../../services/analytics/limits';
import { MAX_PATHS, MAX_PATH_SEARCH_MENTIONS } from '../../services/analytics/path.service';
import { CoMentionPath, CoMentionPaths, PathHop } from '../types/co-mention-path.type';
import { EntityPathsArgs } from '../types/entity-paths.args';
import { loadEntity } from './load-entity';

const ENTITY_PATHS_HELP = `The shortest chains of co-mention between two entities (A and B in one article, B and C in another, …), each hop with the articles behind it. The search reads at most ${MAX_PATH_SEARCH_MENTIONS.toLocaleString('en-US')} entity–article links and says in \`complete\` whether it looked everywhere; it costs as much as that many links to read.`;

async function findEntityPaths(args: EntityPathsArgs, ctx: RequestContext): Promise<CoMentionPaths> {
  const result = await ctx.services.analytics.paths.shortestPaths(args.from, args.to, {
    maxHops: args.maxHops,
    first: checkTop(args.first, 'first', MAX_PATHS),
    via: args.via ?? null,
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

@Resolver(() => CoMentionPaths)
export class CoMentionPathsResolver {
  @Query(() => CoMentionPaths, { description: ENTITY_PATHS_HELP })
  entityPaths(@Args() args: EntityPathsArgs, @Ctx() ctx: RequestContext): Promise<CoMentionPaths> {
    return findEntityPaths(args, ctx);
  }

  /** The first name of entityPaths, kept for the clients that use it. */
  @Query(() => CoMentionPaths, {
    description: `${ENTITY_PATHS_HELP} Deprecated name of entityPaths, answered the same way.`,
    deprecationReason:
      'Use entityPaths: "connection" means a Relay cursor connection everywhere else in this schema.',
  })
  connection(@Args() args: EntityPathsArgs, @Ctx() ctx: RequestContext): Promise<CoMentionPaths> {
    return findEntityPaths(args, ctx);
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

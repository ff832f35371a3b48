import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Country } from '../../entities/country';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import { CoMention } from '../types/co-mention.type';
import { CoMentionConnection } from '../types/co-mention-connection.type';
import { CoMentionConnectionArgs, CoMentionsArgs } from '../types/co-mentions.args';
import { FilteredTimelineArgs, TimelineBucket } from '../types/timeline.type';
import { coMentionConnectionOf, coMentionsOf, entityTimeline } from './entity-analytics';
import { loadEntity } from './load-entity';

const CO_MENTIONS_HELP =
  'Entities that appear in the same articles, with shared-article counts, lift and PMI (top `first`). Deprecated: a list cannot be paged; coMentionConnection answers the same ranking page by page.';
const CO_MENTIONS_DEPRECATION = 'Use coMentionConnection';
const CO_MENTION_CONNECTION_HELP =
  'Entities that appear in the same articles, with shared-article counts, lift and PMI, ranked by orderBy (ties: the other score, then name, then id) and paged forward with first/after.';
const TIMELINE_HELP = 'Articles mentioning it per day, week or month; empty buckets included.';

@Resolver(() => GraphEntity)
export class EntityAnalyticsResolver {
  @FieldResolver(() => [CoMention], {
    description: CO_MENTIONS_HELP,
    deprecationReason: CO_MENTIONS_DEPRECATION,
  })
  coMentions(@Root() entity: GraphEntity, @Args() args: CoMentionsArgs, @Ctx() ctx: RequestContext) {
    return coMentionsOf(entity.id, args, ctx);
  }

  @FieldResolver(() => CoMentionConnection, { description: CO_MENTION_CONNECTION_HELP })
  coMentionConnection(
    @Root() entity: GraphEntity,
    @Args() args: CoMentionConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return coMentionConnectionOf(entity.id, args, ctx);
  }

  @FieldResolver(() => [TimelineBucket], { description: TIMELINE_HELP })
  timeline(@Root() entity: GraphEntity, @Args() args: FilteredTimelineArgs, @Ctx() ctx: RequestContext) {
    return entityTimeline(entity.id, args, ctx);
  }
}

async function countryEntityId(country: Country, ctx: RequestContext): Promise<number> {
  const entity = await ctx.loaders.countryEntityByCode.load(country.code);
  if (!entity) throw new Error(`country ${country.code} has no entity row`);
  return entity.id;
}

@Resolver(() => Country)
export class CountryAnalyticsResolver {
  @FieldResolver(() => [CoMention], {
    description: CO_MENTIONS_HELP,
    deprecationReason: CO_MENTIONS_DEPRECATION,
  })
  async coMentions(@Root() country: Country, @Args() args: CoMentionsArgs, @Ctx() ctx: RequestContext) {
    return coMentionsOf(await countryEntityId(country, ctx), args, ctx);
  }

  @FieldResolver(() => CoMentionConnection, { description: CO_MENTION_CONNECTION_HELP })
  async coMentionConnection(
    @Root() country: Country,
    @Args() args: CoMentionConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return coMentionConnectionOf(await countryEntityId(country, ctx), args, ctx);
  }

  @FieldResolver(() => [TimelineBucket], { description: TIMELINE_HELP })
  async timeline(@Root() country: Country, @Args() args: FilteredTimelineArgs, @Ctx() ctx: RequestContext) {
    return entityTimeline(await countryEntityId(country, ctx), args, ctx);
  }
}

@Resolver(() => CoMentionConnection)
export class CoMentionConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: CoMentionConnection): Promise<number> {
    return connection.countTotal();
  }
}

@Resolver(() => CoMention)
export class CoMentionResolver {
  @FieldResolver(() => GraphEntity, { description: 'The co-mentioned entity.' })
  entity(@Root() coMention: CoMention, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(coMention.entityId, ctx);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Country } from '../../entities/country';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import { CoMention } from '../types/co-mention.type';
import { CoMentionsArgs } from '../types/co-mentions.args';
import { FilteredTimelineArgs, TimelineBucket } from '../types/timeline.type';
import { coMentionsOf, entityTimeline } from './entity-analytics';
import { loadEntity } from './load-entity';

const CO_MENTIONS_HELP =
  'Entities that appear in the same articles, with shared-article counts, lift and PMI (top `first`).';
const TIMELINE_HELP = 'Articles mentioning it per day, week or month; empty buckets included.';

@Resolver(() => GraphEntity)
export class EntityAnalyticsResolver {
  @FieldResolver(() => [CoMention], { description: CO_MENTIONS_HELP })
  coMentions(@Root() entity: GraphEntity, @Args() args: CoMentionsArgs, @Ctx() ctx: RequestContext) {
    return coMentionsOf(entity.id, args, ctx);
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
  @FieldResolver(() => [CoMention], { description: CO_MENTIONS_HELP })
  async coMentions(@Root() country: Country, @Args() args: CoMentionsArgs, @Ctx() ctx: RequestContext) {
    return coMentionsOf(await countryEntityId(country, ctx), args, ctx);
  }

  @FieldResolver(() => [TimelineBucket], { description: TIMELINE_HELP })
  async timeline(@Root() country: Country, @Args() args: FilteredTimelineArgs, @Ctx() ctx: RequestContext) {
    return entityTimeline(await countryEntityId(country, ctx), args, ctx);
  }
}

@Resolver(() => CoMention)
export class CoMentionResolver {
  @FieldResolver(() => GraphEntity, { description: 'The co-mentioned entity.' })
  entity(@Root() coMention: CoMention, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(coMention.entityId, ctx);
  }
}

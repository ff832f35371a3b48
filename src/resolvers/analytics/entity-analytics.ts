import type { RequestContext } from '../request-context';
import { BadUserInputError } from '../../core/errors';
import { TimelineService } from '../../services/analytics/timeline.service';
import { checkTop } from '../../services/analytics/limits';
import { CoMention } from '../types/co-mention.type';
import type { CoMentionsArgs } from '../types/co-mentions.args';
import { TimelineBucket, type FilteredTimelineArgs, type TimelineArgs } from '../types/timeline.type';
import type { ResolvedArticleFilter } from '../../services/article-query.service';

/** Entity.coMentions and Country.coMentions: one statement for all parents in the request. */
export async function coMentionsOf(
  entityId: number,
  args: CoMentionsArgs,
  ctx: RequestContext,
): Promise<CoMention[]> {
  const first = checkTop(args.first, 'first');
  if (!Number.isInteger(args.minSharedArticles) || args.minSharedArticles < 1) {
    throw new BadUserInputError('minSharedArticles must be at least 1', 'minSharedArticles');
  }
  const filter = await ctx.loaders.articleFilter.load({ filter: args.filter });
  const rows = await ctx.loaders.analytics
    .coMentions({
      filter,
      kind: args.kind ?? null,
      first,
      orderBy: args.orderBy,
      minSharedArticles: args.minSharedArticles,
    })
    .load(entityId);
  return rows.map((row) =>
    Object.assign(new CoMention(), {
      entityId: row.entityId,
      sharedArticles: row.sharedArticles,
      entityArticles: row.entityArticles,
      totalArticles: row.totalArticles,
      lift: row.lift,
      pmi: Math.log2(row.lift),
    }),
  );
}

/** A timeline of any article set (an entity's articles, or a connection's), batched by owner. */
export async function timelineOf(
  ownerId: number,
  filter: ResolvedArticleFilter,
  args: TimelineArgs,
  ctx: RequestContext,
): Promise<TimelineBucket[]> {
  const options = { filter, interval: args.interval, from: args.from, to: args.to };
  // Checked before loading so that a bad range is reported even when another parent's batch runs.
  TimelineService.buckets(options);
  const buckets = await ctx.loaders.analytics.timeline(options).load(ownerId);
  return buckets.map((bucket) => Object.assign(new TimelineBucket(), bucket));
}

/** Entity.timeline and Country.timeline: the entity's articles, optionally filtered further. */
export async function entityTimeline(
  entityId: number,
  args: FilteredTimelineArgs,
  ctx: RequestContext,
): Promise<TimelineBucket[]> {
  const filter = await ctx.loaders.articleFilter.load({ filter: args.filter });
  return timelineOf(entityId, filter, args, ctx);
}

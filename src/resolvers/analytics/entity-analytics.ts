import type { RequestContext } from '../request-context';
import { BadUserInputError } from '../../core/errors';
import { TimelineService } from '../../services/analytics/timeline.service';
import { checkTop } from '../../services/analytics/limits';
import { CoMention } from '../types/co-mention.type';
import { CoMentionConnection, CoMentionEdge } from '../types/co-mention-connection.type';
import type { CoMentionConnectionArgs, CoMentionSetArgs, CoMentionsArgs } from '../types/co-mentions.args';
import { toPageInfo } from '../types/page-info.type';
import { coMentionPosition, encodeCoMentionCursor } from '../../services/analytics/co-mention-cursor';
import type { CoMentionRow, CoMentionSetOptions } from '../../services/analytics/co-mention.service';
import { toPageRequest } from '../../services/pagination';
import { TimelineBucket, type FilteredTimelineArgs, type TimelineArgs } from '../types/timeline.type';
import type { ResolvedArticleFilter } from '../../services/article-query.service';

/** Entity.coMentions and Country.coMentions: one statement for all parents in the request. */
export async function coMentionsOf(
  entityId: number,
  args: CoMentionsArgs,
  ctx: RequestContext,
): Promise<CoMention[]> {
  const first = checkTop(args.first, 'first');
  const set = await coMentionSet(args, ctx);
  const rows = await ctx.loaders.analytics
    .coMentions({ ...set, first, orderBy: args.orderBy })
    .load(entityId);
  return rows.map(toCoMention);
}

/**
 * Entity.coMentionConnection and Country.coMentionConnection: first + 1 rows after the cursor's
 * row, in one statement for all parents that ask for the same page; totalCount only when selected.
 */
export async function coMentionConnectionOf(
  entityId: number,
  args: CoMentionConnectionArgs,
  ctx: RequestContext,
): Promise<CoMentionConnection> {
  const page = toPageRequest({ first: args.first, after: args.after });
  const after = page.cursor ? coMentionPosition(page.cursor, args.orderBy, 'after') : null;
  const set = await coMentionSet(args, ctx);
  const rows = await ctx.loaders.analytics
    .coMentions({ ...set, first: page.size + 1, orderBy: args.orderBy, after })
    .load(entityId);
  const edges = rows.slice(0, page.size).map((row) =>
    Object.assign(new CoMentionEdge(), {
      cursor: encodeCoMentionCursor(row, args.orderBy),
      node: toCoMention(row),
    }),
  );
  return Object.assign(new CoMentionConnection(), {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: toPageInfo(
      edges.map((edge) => edge.cursor),
      rows.length > page.size,
      after !== null,
    ),
    countTotal: () => ctx.loaders.analytics.coMentionCounts(set).load(entityId),
  });
}

async function coMentionSet(args: CoMentionSetArgs, ctx: RequestContext): Promise<CoMentionSetOptions> {
  if (!Number.isInteger(args.minSharedArticles) || args.minSharedArticles < 1) {
    throw new BadUserInputError('minSharedArticles must be at least 1', 'minSharedArticles');
  }
  const filter = await ctx.loaders.articleFilter.load({ filter: args.filter });
  return { filter, kind: args.kind ?? null, minSharedArticles: args.minSharedArticles };
}

function toCoMention(row: CoMentionRow): CoMention {
  return Object.assign(new CoMention(), {
    entityId: row.entityId,
    sharedArticles: row.sharedArticles,
    entityArticles: row.entityArticles,
    totalArticles: row.totalArticles,
    lift: row.lift,
    pmi: Math.log2(row.lift),
  });
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

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../request-context';
import { TimelineService } from '../../services/analytics/timeline.service';
import { ArticleConnection } from '../types/article-connection.type';
import { ArticleFacets } from '../types/article-facets.type';
import { TimelineArgs, TimelineBucket } from '../types/timeline.type';
import { timelineOf } from './entity-analytics';

@Resolver(() => ArticleConnection)
export class ArticleConnectionAnalyticsResolver {
  @FieldResolver(() => ArticleFacets, {
    description: 'Countries, people, organizations, places and sources counted over the whole filtered list.',
  })
  facets(@Root() connection: ArticleConnection): ArticleFacets {
    return Object.assign(new ArticleFacets(), { scope: connection.scope });
  }

  @FieldResolver(() => [TimelineBucket], {
    description: 'Articles of the whole filtered list per day, week or month; empty buckets included.',
  })
  timeline(
    @Root() connection: ArticleConnection,
    @Args() args: TimelineArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TimelineBucket[]> | TimelineBucket[] {
    const { scope } = connection;
    if (!scope) {
      return TimelineService.buckets(args).map((bucket) =>
        Object.assign(new TimelineBucket(), { ...bucket, count: 0 }),
      );
    }
    return timelineOf(scope.ownerId, scope.filter, args, ctx);
  }
}

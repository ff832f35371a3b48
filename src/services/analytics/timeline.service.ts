import type { DataSource } from 'typeorm';
import { SqlParameters } from '../../db/sql-builder';
import { sqlDialect } from '../../db/data-source-dialect';
import type { SqlDialect } from '../../db/sql-dialect';
import type { ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import { byOwner, scopedArticlesSql } from './article-scope';
import { bucketKey, bucketSql, bucketsBetween, type TimelineInterval } from './buckets';

export interface TimelineOptions {
  filter: ResolvedArticleFilter;
  interval: TimelineInterval;
  from: Date;
  to: Date;
}

export interface TimelineBucket {
  start: Date;
  end: Date;
  count: number;
}

/** Article counts per day, week or month: one GROUP BY for many owners, empty buckets filled in. */
export class TimelineService {
  private readonly dialect: SqlDialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticleQueryService,
  ) {
    this.dialect = sqlDialect(dataSource);
  }

  /** Validates the range before any SQL runs, so a bad range fails the same way everywhere. */
  static buckets(options: Pick<TimelineOptions, 'from' | 'to' | 'interval'>) {
    return bucketsBetween(options.from, options.to, options.interval);
  }

  async forOwners(ownerIds: readonly number[], options: TimelineOptions): Promise<TimelineBucket[][]> {
    const buckets = TimelineService.buckets(options);
    const params = new SqlParameters();
    const scope = scopedArticlesSql(ownerIds, options.filter, params, this.articles);
    const rows = await params.run<{ ownerId: number; bucket: string; total: number }>(
      this.dataSource,
      `SELECT s."ownerId" AS "ownerId", ${bucketSql('s."sortDate"', options.interval, this.dialect)} AS bucket, COUNT(*) AS total
       FROM (${scope}) s
       WHERE s."sortDate" >= ${params.bind(options.from.toISOString())} AND s."sortDate" < ${params.bind(options.to.toISOString())}
       GROUP BY s."ownerId", bucket`,
    );
    return byOwner(ownerIds, rows).map((ownerRows) => {
      const counts = new Map(ownerRows.map((row) => [row.bucket, Number(row.total)]));
      return buckets.map(({ start, end }) => ({ start, end, count: counts.get(bucketKey(start)) ?? 0 }));
    });
  }
}

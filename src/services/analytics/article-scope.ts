import type { SqlParameters } from '../../db/sql-builder';
import type { ArticleFilterArgs, ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';

/** Owner id of an article set that belongs to no entity (Query.articles, Query.search). */
export const NO_OWNER = 0;

/**
 * The article set behind an article connection: the filter, plus the entity that owns the list
 * (Entity.articles) or NO_OWNER. Facets, timelines and evidence are computed over this whole set.
 */
export interface ArticleScope {
  filter: ResolvedArticleFilter;
  /** The filter as the client wrote it: evidence reports matches under the client's own terms. */
  args: ArticleFilterArgs | null;
  ownerId: number;
}

/**
 * SQL for the filtered article sets of many owners at once: rows (ownerId, articleId, sortDate,
 * source). Owners are entity ids, or NO_OWNER for the filtered set of all articles. Aggregates
 * GROUP BY ownerId, so one statement serves every parent in a loader batch.
 */
export function scopedArticlesSql(
  owners: readonly number[],
  filter: ResolvedArticleFilter,
  params: SqlParameters,
  articles: ArticleQueryService,
): string {
  const entityOwners = owners.filter((id) => id !== NO_OWNER);
  const sources: string[] = [];
  if (entityOwners.length) {
    sources.push(
      `SELECT om."entityId" AS "ownerId", om."articleId" AS "articleId" FROM mention om WHERE om."entityId" IN (${params.bindList(entityOwners)})`,
    );
  }
  if (owners.includes(NO_OWNER))
    sources.push(`SELECT ${NO_OWNER} AS "ownerId", oa.id AS "articleId" FROM article oa`);
  const conditions = articles.conditions(filter, params);
  return `SELECT o."ownerId" AS "ownerId", a.id AS "articleId", a."sortDate" AS "sortDate", a.source AS source
    FROM (${sources.join(' UNION ALL ')}) o JOIN article a ON a.id = o."articleId"
    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** SQL for the ids of all articles that match a filter, whatever their owner. */
export function filteredArticlesSql(
  filter: ResolvedArticleFilter,
  params: SqlParameters,
  articles: ArticleQueryService,
): string {
  const conditions = articles.conditions(filter, params);
  return `SELECT a.id AS "articleId" FROM article a ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** Groups rows by owner, in the order of the owners given (DataLoader's contract). */
export function byOwner<Row extends { ownerId: number }>(owners: readonly number[], rows: Row[]): Row[][] {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const key = Number(row.ownerId);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return owners.map((owner) => groups.get(owner) ?? []);
}

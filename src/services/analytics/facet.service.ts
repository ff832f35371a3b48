import type { DataSource } from 'typeorm';
import { SqlParameters } from '../../db/sql-builder';
import type { EntityKind } from '../../entities/entity-kind';
import type { ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import { byOwner, scopedArticlesSql } from './article-scope';

/** Entities of a kind, or publishers (SOURCE), counted over an article set. */
export type FacetDimension = EntityKind | 'SOURCE';

export interface FacetOptions {
  filter: ResolvedArticleFilter;
  dimension: FacetDimension;
  first: number;
}

/** One facet value: an entity id (entity facets) or a source name, with its article count. */
export interface FacetRow {
  ownerId: number;
  entityId: number | null;
  source: string | null;
  count: number;
}

/**
 * Facet counts over the whole filtered article set (not the page), top `first` per owner: one
 * GROUP BY with a ROW_NUMBER window for every parent connection in a loader batch.
 */
export class FacetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticleQueryService,
  ) {}

  async forOwners(ownerIds: readonly number[], options: FacetOptions): Promise<FacetRow[][]> {
    const params = new SqlParameters();
    const scope = scopedArticlesSql(ownerIds, options.filter, params, this.articles);
    const grouped =
      options.dimension === 'SOURCE'
        ? `SELECT s."ownerId" AS "ownerId", NULL AS "entityId", s.source AS source, COUNT(*) AS count,
                  ROW_NUMBER() OVER (PARTITION BY s."ownerId" ORDER BY COUNT(*) DESC, s.source ASC) AS position
           FROM (${scope}) s WHERE s.source IS NOT NULL
           GROUP BY s."ownerId", s.source`
        : `SELECT s."ownerId" AS "ownerId", m."entityId" AS "entityId", NULL AS source, COUNT(*) AS count,
                  ROW_NUMBER() OVER (PARTITION BY s."ownerId" ORDER BY COUNT(*) DESC, e.name ASC, m."entityId" ASC) AS position
           FROM (${scope}) s
           JOIN mention m ON m."articleId" = s."articleId"
           JOIN entity e ON e.id = m."entityId"
           WHERE m.kind = ${params.bind(options.dimension)}
           GROUP BY s."ownerId", m."entityId", e.name`;
    const rows = await params.run<FacetRow>(
      this.dataSource,
      `SELECT "ownerId", "entityId", source, count FROM (${grouped}) ranked
       WHERE position <= ${params.bind(options.first)} ORDER BY "ownerId", position`,
    );
    return byOwner(
      ownerIds,
      rows.map((row) => ({
        ownerId: Number(row.ownerId),
        entityId: row.entityId === null ? null : Number(row.entityId),
        source: row.source,
        count: Number(row.count),
      })),
    );
  }
}

import type { DataSource } from 'typeorm';
import { SqlParameters } from '../../db/sql-builder';
import type { EntityKind } from '../../entities/entity-kind';
import { BadUserInputError } from '../../core/errors';
import type { ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import type { EntityReferenceService } from '../entity-reference.service';
import { byOwner, filteredArticlesSql, scopedArticlesSql } from './article-scope';

export type CoMentionOrder = 'SHARED_ARTICLES' | 'LIFT';

/** How one co-mention list is asked for; the same options serve a whole loader batch. */
export interface CoMentionOptions {
  filter: ResolvedArticleFilter;
  kind: EntityKind | null;
  first: number;
  orderBy: CoMentionOrder;
  minSharedArticles: number;
}

/** An entity that appears in the same articles as the owner, with association scores. */
export interface CoMentionRow {
  ownerId: number;
  entityId: number;
  sharedArticles: number;
  ownerArticles: number;
  entityArticles: number;
  totalArticles: number;
  /** P(both) / (P(owner) P(entity)) over the filtered article set; 1 means independent. */
  lift: number;
}

export interface CoMentionMatrix {
  entityIds: number[];
  /** counts[i][j]: articles mentioning both i and j; the diagonal holds each entity's own count. */
  counts: number[][];
}

const ORDER_SQL: Record<CoMentionOrder, string> = {
  SHARED_ARTICLES: '"sharedArticles" DESC, lift DESC, name ASC, "entityId" ASC',
  LIFT: 'lift DESC, "sharedArticles" DESC, name ASC, "entityId" ASC',
};

/** Co-mention statistics, computed in SQL with GROUP BY and window functions. */
export class CoMentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticleQueryService,
    private readonly references: EntityReferenceService,
  ) {}

  /** Top co-mentioned entities of many owners in one statement (ranked per owner by ROW_NUMBER). */
  async topForEntities(ownerIds: readonly number[], options: CoMentionOptions): Promise<CoMentionRow[][]> {
    const params = new SqlParameters();
    const scope = scopedArticlesSql(ownerIds, options.filter, params, this.articles);
    const universe = filteredArticlesSql(options.filter, params, this.articles);
    const kind = options.kind ? `AND m.kind = ${params.bind(options.kind)}` : '';
    // Unfiltered, an entity's article count is its maintained posting-list size; counting the
    // posting lists of every co-mentioned entity would read most of the mention table.
    const unfiltered = this.articles.conditions(options.filter, new SqlParameters()).length === 0;
    const entityTotals = unfiltered
      ? `SELECT "entityId", articles AS n FROM posting_size WHERE "entityId" IN (SELECT "entityId" FROM pairs)`
      : `SELECT m."entityId" AS "entityId", COUNT(*) AS n
         FROM mention m JOIN universe u ON u."articleId" = m."articleId"
         WHERE m."entityId" IN (SELECT "entityId" FROM pairs)
         GROUP BY m."entityId"`;
    const rows = await params.run<CoMentionRow>(
      this.dataSource,
      `WITH scope AS (${scope}),
       universe AS (${universe}),
       "ownerTotals" AS (SELECT "ownerId", COUNT(*) AS n FROM scope GROUP BY "ownerId"),
       pairs AS (
         SELECT s."ownerId" AS "ownerId", m."entityId" AS "entityId", COUNT(*) AS "sharedArticles"
         FROM scope s JOIN mention m ON m."articleId" = s."articleId"
         WHERE m."entityId" <> s."ownerId" ${kind}
         GROUP BY s."ownerId", m."entityId"
         HAVING COUNT(*) >= ${params.bind(options.minSharedArticles)}
       ),
       "entityTotals" AS (${entityTotals}),
       scored AS (
         SELECT p."ownerId" AS "ownerId", p."entityId" AS "entityId", p."sharedArticles" AS "sharedArticles",
                ot.n AS "ownerArticles", et.n AS "entityArticles", t.n AS "totalArticles", e.name AS name,
                (p."sharedArticles" * 1.0 * t.n) / (ot.n * et.n) AS lift
         FROM pairs p
         JOIN "ownerTotals" ot ON ot."ownerId" = p."ownerId"
         JOIN "entityTotals" et ON et."entityId" = p."entityId"
         JOIN entity e ON e.id = p."entityId"
         CROSS JOIN (SELECT COUNT(*) AS n FROM universe) t
       )
       SELECT "ownerId", "entityId", "sharedArticles", "ownerArticles", "entityArticles", "totalArticles", lift FROM (
         SELECT scored.*, ROW_NUMBER() OVER (PARTITION BY "ownerId" ORDER BY ${ORDER_SQL[options.orderBy]}) AS position
         FROM scored
       ) ranked
       WHERE position <= ${params.bind(options.first)}
       ORDER BY "ownerId", position`,
    );
    return byOwner(
      ownerIds,
      rows.map((row) => ({
        ownerId: Number(row.ownerId),
        entityId: Number(row.entityId),
        sharedArticles: Number(row.sharedArticles),
        ownerArticles: Number(row.ownerArticles),
        entityArticles: Number(row.entityArticles),
        totalArticles: Number(row.totalArticles),
        lift: Number(row.lift),
      })),
    );
  }

  /** Pairwise shared-article counts of the named entities (a heat map), in one GROUP BY. */
  async matrix(refs: readonly string[], filter: ResolvedArticleFilter): Promise<CoMentionMatrix> {
    if (refs.length < 2) {
      throw new BadUserInputError('entities: give at least two entities to compare', 'entities');
    }
    const entityIds = await this.references.resolveEach(refs, 'entities');
    if (new Set(entityIds).size !== entityIds.length) {
      throw new BadUserInputError('entities: the list names the same entity more than once', 'entities');
    }
    const params = new SqlParameters();
    const universe = filteredArticlesSql(filter, params, this.articles);
    const ids = params.bindList(entityIds);
    const rows = await params.run<{ rowId: number; columnId: number; shared: number }>(
      this.dataSource,
      `WITH universe AS (${universe})
       SELECT s."entityId" AS "rowId", o."entityId" AS "columnId", COUNT(*) AS shared
       FROM mention s
       JOIN universe u ON u."articleId" = s."articleId"
       JOIN mention o ON o."articleId" = s."articleId"
       WHERE s."entityId" IN (${ids}) AND o."entityId" IN (${ids})
       GROUP BY s."entityId", o."entityId"`,
    );
    const index = new Map(entityIds.map((id, i) => [id, i]));
    const counts = entityIds.map(() => entityIds.map(() => 0));
    for (const row of rows)
      counts[index.get(Number(row.rowId))!][index.get(Number(row.columnId))!] = Number(row.shared);
    return { entityIds, counts };
  }
}

import type { DataSource } from 'typeorm';
import { SqlParameters } from '../../db/sql-builder';
import type { EntityKind } from '../../entities/entity-kind';
import { BadUserInputError } from '../../core/errors';
import type { ArticleQueryService, ResolvedArticleFilter } from '../article-query.service';
import type { EntityReferenceService } from '../entity-reference.service';
import { byOwner, filteredArticlesSql, scopedArticlesSql } from './article-scope';

export type CoMentionOrder = 'SHARED_ARTICLES' | 'LIFT';

/** Which co-mentions are counted at all, whatever their order (the set a connection's totalCount counts). */
export interface CoMentionSetOptions {
  filter: ResolvedArticleFilter;
  kind: EntityKind | null;
  minSharedArticles: number;
}

/** How one co-mention list is asked for; the same options serve a whole loader batch. */
export interface CoMentionOptions extends CoMentionSetOptions {
  first: number;
  orderBy: CoMentionOrder;
  /** Continue after this row of the ranking (a connection's `after`), or from the top. */
  after?: CoMentionPosition | null;
}

/**
 * A row's place in either ranking: the integers its lift is computed from, its name and its id.
 * Lift is recomputed from them in SQL, never carried as a float, so the row itself compares equal.
 */
export interface CoMentionPosition {
  sharedArticles: number;
  ownerArticles: number;
  entityArticles: number;
  totalArticles: number;
  name: string;
  entityId: number;
}

/** An entity that appears in the same articles as the owner, with association scores. */
export interface CoMentionRow extends CoMentionPosition {
  ownerId: number;
  /** P(both) / (P(owner) P(entity)) over the filtered article set; 1 means independent. */
  lift: number;
}

export interface CoMentionMatrix {
  entityIds: number[];
  /** counts[i][j]: articles mentioning both i and j; the diagonal holds each entity's own count. */
  counts: number[][];
}

/** Each ranking's two score keys, the most significant first, both descending; name and id break ties. */
const ORDER_KEYS: Record<CoMentionOrder, readonly ['sharedArticles' | 'lift', 'sharedArticles' | 'lift']> = {
  SHARED_ARTICLES: ['sharedArticles', 'lift'],
  LIFT: ['lift', 'sharedArticles'],
};

const KEY_COLUMN = { sharedArticles: '"sharedArticles"', lift: 'lift' } as const;

const orderSql = (order: CoMentionOrder) =>
  `${ORDER_KEYS[order].map((key) => `${KEY_COLUMN[key]} DESC`).join(', ')}, name ASC, "entityId" ASC`;

/**
 * Lift from its four counts. The one text for the rows' lift and a cursor's: the same operations
 * on the same integers give the same number on both backends (a double on SQLite, a numeric on
 * PostgreSQL), so the cursor's row compares equal to itself and the page starts right after it.
 */
function liftSql(shared: string, owner: string, entity: string, total: string): string {
  return `(${shared} * 1.0 * ${total}) / (${owner} * ${entity})`;
}

/** Rows strictly after `position` in `order`: keys descending, then name and id ascending. */
function afterSql(order: CoMentionOrder, position: CoMentionPosition, params: SqlParameters): string {
  const integer = (value: number) => `CAST(${params.bind(value)} AS BIGINT)`;
  const values = {
    sharedArticles: integer(position.sharedArticles),
    lift: liftSql(
      integer(position.sharedArticles),
      integer(position.ownerArticles),
      integer(position.entityArticles),
      integer(position.totalArticles),
    ),
  };
  const [major, minor] = ORDER_KEYS[order];
  const name = params.bind(position.name);
  return `(${KEY_COLUMN[major]} < ${values[major]} OR (${KEY_COLUMN[major]} = ${values[major]} AND (
    ${KEY_COLUMN[minor]} < ${values[minor]} OR (${KEY_COLUMN[minor]} = ${values[minor]} AND (
      name > ${name} OR (name = ${name} AND "entityId" > ${params.bind(position.entityId)}))))))`;
}

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
    const pairs = this.pairsSql(ownerIds, options, params);
    const universe = filteredArticlesSql(options.filter, params, this.articles);
    // Unfiltered, an entity's article count is its maintained posting-list size; counting the
    // posting lists of every co-mentioned entity would read most of the mention table.
    const unfiltered = this.articles.conditions(options.filter, new SqlParameters()).length === 0;
    const entityTotals = unfiltered
      ? `SELECT "entityId", articles AS n FROM posting_size WHERE "entityId" IN (SELECT "entityId" FROM pairs)`
      : `SELECT m."entityId" AS "entityId", COUNT(*) AS n
         FROM mention m JOIN universe u ON u."articleId" = m."articleId"
         WHERE m."entityId" IN (SELECT "entityId" FROM pairs)
         GROUP BY m."entityId"`;
    const after = options.after ? `WHERE ${afterSql(options.orderBy, options.after, params)}` : '';
    const rows = await params.run<CoMentionRow>(
      this.dataSource,
      `WITH ${pairs},
       universe AS (${universe}),
       "ownerTotals" AS (SELECT "ownerId", COUNT(*) AS n FROM scope GROUP BY "ownerId"),
       "entityTotals" AS (${entityTotals}),
       scored AS (
         SELECT p."ownerId" AS "ownerId", p."entityId" AS "entityId", p."sharedArticles" AS "sharedArticles",
                ot.n AS "ownerArticles", et.n AS "entityArticles", t.n AS "totalArticles", e.name AS name,
                ${liftSql('p."sharedArticles"', 'ot.n', 'et.n', 't.n')} AS lift
         FROM pairs p
         JOIN "ownerTotals" ot ON ot."ownerId" = p."ownerId"
         JOIN "entityTotals" et ON et."entityId" = p."entityId"
         JOIN entity e ON e.id = p."entityId"
         CROSS JOIN (SELECT COUNT(*) AS n FROM universe) t
       )
       SELECT "ownerId", "entityId", "sharedArticles", "ownerArticles", "entityArticles", "totalArticles", name, lift
       FROM (
         SELECT scored.*, ROW_NUMBER() OVER (PARTITION BY "ownerId" ORDER BY ${orderSql(options.orderBy)}) AS position
         FROM scored ${after}
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
        name: row.name,
        lift: Number(row.lift),
      })),
    );
  }

  /** How many entities each owner's list has in all (a connection's totalCount), in one GROUP BY. */
  async countForEntities(ownerIds: readonly number[], options: CoMentionSetOptions): Promise<number[]> {
    const params = new SqlParameters();
    const rows = await params.run<{ ownerId: number; n: number }>(
      this.dataSource,
      `WITH ${this.pairsSql(ownerIds, options, params)}
       SELECT "ownerId", COUNT(*) AS n FROM pairs GROUP BY "ownerId"`,
    );
    const counts = new Map(rows.map((row) => [Number(row.ownerId), Number(row.n)]));
    return ownerIds.map((id) => counts.get(id) ?? 0);
  }

  /** The CTEs scope (each owner's filtered articles) and pairs (owner, entity, sharedArticles). */
  private pairsSql(ownerIds: readonly number[], options: CoMentionSetOptions, params: SqlParameters): string {
    const scope = scopedArticlesSql(ownerIds, options.filter, params, this.articles);
    const kind = options.kind ? `AND m.kind = ${params.bind(options.kind)}` : '';
    return `scope AS (${scope}),
       pairs AS (
         SELECT s."ownerId" AS "ownerId", m."entityId" AS "entityId", COUNT(*) AS "sharedArticles"
         FROM scope s JOIN mention m ON m."articleId" = s."articleId"
         WHERE m."entityId" <> s."ownerId" ${kind}
         GROUP BY s."ownerId", m."entityId"
         HAVING COUNT(*) >= ${params.bind(options.minSharedArticles)}
       )`;
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

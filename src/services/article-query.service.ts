import type { DataSource } from 'typeorm';
import { chunk, SqlParameters } from '../db/sql-builder';
import { sqlDialect } from '../db/data-source-dialect';
import type { SqlDialect, TextTerm } from '../db/sql-dialect';
import { Article } from '../entities/article';
import { BadUserInputError } from '../core/errors';
import { foldAsciiCase, resolveLanguages, resolveNames } from './article-metadata-filter';
import type { EntityReferenceService } from './entity-reference.service';
import { parseSearchText } from './full-text-query';
import { lookupText } from './lookup-text';
import {
  encodeCursor,
  type KeysetCursor,
  type PageArgs,
  type PageRequest,
  toPageRequest,
} from './pagination';

/** Article filter as clients send it: entities named by code, name, slug or id. */
export interface ArticleFilterArgs {
  mentionsAll?: string[] | null;
  mentionsAny?: string[] | null;
  mentionsNone?: string[] | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  /** Deprecated: exact source name; refused together with sources. */
  source?: string | null;
  sources?: string[] | null;
  languages?: string[] | null;
  sections?: string[] | null;
  text?: string | null;
}

/** The same filter with entity names resolved to ids and the text read as search terms. */
export interface ResolvedArticleFilter {
  mentionsAll: number[];
  mentionsAny: number[];
  mentionsNone: number[];
  publishedAfter: string | null;
  publishedBefore: string | null;
  /** The deprecated exact source (filter.source); null when not given. */
  source: string | null;
  /** Source names folded by foldAsciiCase, any of which matches; [] for no condition. */
  sources: string[];
  /** BCP 47 ranges folded by foldAsciiCase, any of which matches (RFC 4647 basic filtering); [] for none. */
  languages: string[];
  /** Section names folded by foldAsciiCase, any of which matches; [] for none. */
  sections: string[];
  /** Terms that must all match (filter.text, and a search's query). */
  textQuery: TextTerm[] | null;
}

export type ArticleOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** One page of article ids in order, with what a Relay connection needs. */
export interface ArticlePage {
  items: { id: number; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Where the article id and sort date live in the statement being built, and how to test its article row. */
interface RowColumns {
  id: string;
  date: string;
  /** A condition on the article's own columns, given the condition over an article alias. */
  article(condition: (alias: string) => string): string;
}

const ARTICLE_ROW: RowColumns = { id: 'a.id', date: 'a."sortDate"', article: (condition) => condition('a') };
/** SQLite allows 500 terms in a compound SELECT; stay well below it. */
const MAX_BRANCHES = 200;

/** A posting-list row: mention carries the article's sortDate, so only a source, language or section filter reads articles. */
const MENTION_ROW: RowColumns = {
  id: 'd."articleId"',
  date: 'd."sortDate"',
  article: (condition) => `EXISTS (SELECT 1 FROM article s WHERE s.id = d."articleId" AND ${condition('s')})`,
};

interface RankedRow {
  ownerId?: number;
  id: number;
  sortDate: string;
}

/**
 * Finds articles by entity filters, dates, source and text, in keyset pages ordered by date.
 * Returns ids only; the GraphQL layer loads the articles through the per-request loaders.
 */
export class ArticleQueryService {
  private readonly dialect: SqlDialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceService,
  ) {
    this.dialect = sqlDialect(dataSource);
  }

  async resolveFilter(filter: ArticleFilterArgs | null | undefined): Promise<ResolvedArticleFilter> {
    const f = filter ?? {};
    // First: a search text over its limits is refused before any lookup statement runs.
    const textQuery = f.text ? parseSearchText(f.text, 'filter.text') : null;
    if (f.mentionsAny && f.mentionsAny.length === 0) {
      throw new BadUserInputError(
        'filter.mentionsAny: give at least one entry or leave it out',
        'filter.mentionsAny',
      );
    }
    const [mentionsAll, mentionsAny, mentionsNone] = await Promise.all([
      this.references.resolve(f.mentionsAll ?? [], 'filter.mentionsAll'),
      this.references.resolve(f.mentionsAny ?? [], 'filter.mentionsAny'),
      this.references.resolve(f.mentionsNone ?? [], 'filter.mentionsNone'),
    ]);
    if (typeof f.source === 'string' && f.sources) {
      throw new BadUserInputError(
        'filter.source and filter.sources cannot be combined: give the names in filter.sources (filter.source is deprecated)',
        'filter.sources',
      );
    }
    if (f.publishedAfter && f.publishedBefore && f.publishedAfter >= f.publishedBefore) {
      throw new BadUserInputError(
        'filter.publishedAfter must be earlier than filter.publishedBefore',
        'filter.publishedAfter',
      );
    }
    return {
      mentionsAll,
      mentionsAny,
      mentionsNone,
      publishedAfter: f.publishedAfter?.toISOString() ?? null,
      publishedBefore: f.publishedBefore?.toISOString() ?? null,
      source: typeof f.source === 'string' ? lookupText(f.source, 'filter.source') : null,
      sources: resolveNames(f.sources, 'filter.sources'),
      languages: resolveLanguages(f.languages, 'filter.languages'),
      sections: resolveNames(f.sections, 'filter.sections'),
      textQuery,
    };
  }

  findByUrl(url: string): Promise<Article | null> {
    return this.dataSource.getRepository(Article).findOneBy({ url: lookupText(url, 'url') });
  }

  /** A page of all articles matching the filter. */
  async findPage(filter: ResolvedArticleFilter, order: ArticleOrder, args: PageArgs): Promise<ArticlePage> {
    const page = toPageRequest(args);
    const params = new SqlParameters();
    if (filter.mentionsAll.length) {
      const branches = this.postingListBranches(filter, params, (row) => {
        const { orderSql, keyset } = this.ordering(page, order, params, row);
        return {
          select: `${row.id} AS id, ${row.date} AS "sortDate"`,
          extra: keyset,
          tail: `ORDER BY ${orderSql} LIMIT ${page.size + 1}`,
        };
      });
      return toPage(await params.run<RankedRow>(this.dataSource, branches.join(' UNION ALL ')), page);
    }
    const { orderSql, keyset } = this.ordering(page, order, params, ARTICLE_ROW);
    const conditions = [...this.conditions(filter, params, ARTICLE_ROW), ...keyset];
    const rows = await params.run<RankedRow>(
      this.dataSource,
      `SELECT a.id AS id, a."sortDate" AS "sortDate" FROM article a
       ${where(conditions)} ORDER BY ${orderSql} LIMIT ${page.size + 1}`,
    );
    return toPage(rows, page);
  }

  async count(filter: ResolvedArticleFilter): Promise<number> {
    const params = new SqlParameters();
    const walk = () =>
      `SELECT SUM(total) AS total FROM (${this.postingListBranches(filter, params, () => ({
        select: 'COUNT(*) AS total',
        extra: [],
        tail: '',
      })).join(' UNION ALL ')}) AS "walk"`;
    const maintained = maintainedCount(filter, params);
    const sql = !filter.mentionsAll.length
      ? `SELECT COUNT(*) AS total FROM article a ${where(this.conditions(filter, params, ARTICLE_ROW))}`
      : maintained
        ? // COALESCE evaluates the walk only when no maintained count exists (a pair that is not two countries).
          `SELECT COALESCE((${maintained}), (${walk()})) AS total`
        : walk();
    const rows = await params.run<{ total: number | null }>(this.dataSource, sql);
    return Number(rows[0]?.total ?? 0);
  }

  /**
   * An AND of entities as posting-list walks: one branch per entity that could drive, each
   * reading that entity's (entityId, sortDate, articleId) index in order and probing the others by
   * primary key. A guard on posting_size lets only the branch of the shortest list run, so the
   * cost follows the rarest entity; the planner evaluates the guard once, before any row is read.
   */
  private postingListBranches(
    filter: ResolvedArticleFilter,
    params: SqlParameters,
    shape: (row: RowColumns) => { select: string; extra: string[]; tail: string },
  ): string[] {
    const ids = filter.mentionsAll.map((id) => params.bind(id));
    const shortest =
      ids.length > 1
        ? `(SELECT "entityId" FROM posting_size WHERE "entityId" IN (${ids.join(', ')}) ORDER BY articles, "entityId" LIMIT 1)`
        : null;
    return ids.map((driver, i) => {
      const others = ids.filter((_, j) => j !== i);
      const { select, extra, tail } = shape(MENTION_ROW);
      const conditions = [
        `d."entityId" = ${driver}`,
        ...(shortest ? [`${driver} = ${shortest}`] : []),
        ...others.map(
          (other) =>
            `EXISTS (SELECT 1 FROM mention x WHERE x."articleId" = d."articleId" AND x."entityId" = ${other})`,
        ),
        ...this.conditions({ ...filter, mentionsAll: [] }, params, MENTION_ROW),
        ...extra,
      ];
      return `SELECT * FROM (SELECT ${select} FROM mention d ${where(conditions)} ${tail}) branch`;
    });
  }

  /**
   * Pages of articles for many entities at once (Entity.articles under a list): one statement per
   * MAX_BRANCHES parents, each branch walking one entity's posting list in date order and stopping
   * after the page, so a parent like the United States costs a page, not its whole list.
   */
  async findPagesForEntities(
    entityIds: readonly number[],
    filter: ResolvedArticleFilter,
    order: ArticleOrder,
    args: PageArgs,
  ): Promise<ArticlePage[]> {
    const page = toPageRequest(args);
    const byOwner = new Map<number, RankedRow[]>();
    for (const owners of chunk(entityIds, MAX_BRANCHES)) {
      const params = new SqlParameters();
      const branches = owners.map((owner) => {
        const { orderSql, keyset } = this.ordering(page, order, params, MENTION_ROW);
        const conditions = [
          `d."entityId" = ${params.bind(owner)}`,
          ...this.conditions(filter, params, MENTION_ROW),
          ...keyset,
        ];
        return `SELECT * FROM (SELECT d."entityId" AS "ownerId", d."articleId" AS id, d."sortDate" AS "sortDate" FROM mention d
          ${where(conditions)} ORDER BY ${orderSql} LIMIT ${page.size + 1}) branch`;
      });
      for (const row of await params.run<RankedRow>(this.dataSource, branches.join(' UNION ALL '))) {
        const list = byOwner.get(Number(row.ownerId)) ?? [];
        list.push(row);
        byOwner.set(Number(row.ownerId), list);
      }
    }
    return entityIds.map((id) => toPage(byOwner.get(id) ?? [], page));
  }

  /**
   * Article counts per entity under a filter: the maintained posting-list sizes when there is no
   * filter, else one GROUP BY over the posting lists.
   */
  async countForEntities(entityIds: readonly number[], filter: ResolvedArticleFilter): Promise<number[]> {
    const params = new SqlParameters();
    const owners = params.bindList(entityIds);
    const conditions = this.conditions(filter, params, MENTION_ROW);
    const rows = await params.run<{ ownerId: number; total: number }>(
      this.dataSource,
      conditions.length
        ? `SELECT d."entityId" AS "ownerId", COUNT(*) AS total FROM mention d
           ${where([`d."entityId" IN (${owners})`, ...conditions])} GROUP BY d."entityId"`
        : `SELECT "entityId" AS "ownerId", articles AS total FROM posting_size WHERE "entityId" IN (${owners})`,
    );
    const totals = new Map(rows.map((r) => [Number(r.ownerId), Number(r.total)]));
    return entityIds.map((id) => totals.get(id) ?? 0);
  }

  /**
   * WHERE conditions for a filter, over `article a` unless another row shape is given;
   * analytics queries reuse them for their article sets.
   */
  conditions(filter: ResolvedArticleFilter, params: SqlParameters, row: RowColumns = ARTICLE_ROW): string[] {
    const conditions: string[] = [];
    for (const entityId of filter.mentionsAll) {
      conditions.push(
        `${row.id} IN (SELECT "articleId" FROM mention WHERE "entityId" = ${params.bind(entityId)})`,
      );
    }
    if (filter.mentionsAny.length) {
      conditions.push(
        `${row.id} IN (SELECT "articleId" FROM mention WHERE "entityId" IN (${params.bindList(filter.mentionsAny)}))`,
      );
    }
    if (filter.mentionsNone.length) {
      conditions.push(
        `NOT EXISTS (SELECT 1 FROM mention n WHERE n."articleId" = ${row.id} AND n."entityId" IN (${params.bindList(filter.mentionsNone)}))`,
      );
    }
    if (filter.publishedAfter) conditions.push(`${row.date} >= ${params.bind(filter.publishedAfter)}`);
    if (filter.publishedBefore) conditions.push(`${row.date} < ${params.bind(filter.publishedBefore)}`);
    if (filter.source !== null) {
      // Exact, as it always was; the LOWER() test lets it use idx_article_source_lower_sort.
      const folded = params.bind(foldAsciiCase(filter.source));
      const exact = params.bind(filter.source);
      conditions.push(row.article((a) => `LOWER(${a}.source) = ${folded} AND ${a}.source = ${exact}`));
    }
    if (filter.sources.length) {
      const names = params.bindList(filter.sources);
      conditions.push(row.article((a) => `LOWER(${a}.source) IN (${names})`));
    }
    if (filter.languages.length) {
      // RFC 4647 basic filtering: "en" matches "en" and "en-GB"; ranges are letters, digits and '-', never a LIKE wildcard.
      const exact = params.bindList(filter.languages);
      const prefixes = filter.languages.map((range) => params.bind(`${range}-%`));
      conditions.push(
        row.article(
          (a) =>
            `(LOWER(${a}.language) IN (${exact})${prefixes.map((p) => ` OR LOWER(${a}.language) LIKE ${p}`).join('')})`,
        ),
      );
    }
    if (filter.sections.length) {
      const names = params.bindList(filter.sections);
      conditions.push(row.article((a) => `LOWER(${a}.section) IN (${names})`));
    }
    if (filter.textQuery !== null) conditions.push(this.dialect.textMatch(row.id, filter.textQuery, params));
    return conditions;
  }

  /** ORDER BY and the keyset condition; backward pages read in reverse and are flipped after. */
  private ordering(page: PageRequest, order: ArticleOrder, params: SqlParameters, row: RowColumns) {
    const descending = (order === 'NEWEST_FIRST') !== (page.direction === 'backward');
    const dir = descending ? 'DESC' : 'ASC';
    const keyset: string[] = [];
    if (page.cursor) {
      checkDateCursor(page);
      const op = descending ? '<' : '>';
      // A row value, so the index range starts at the cursor instead of filtering from the top.
      keyset.push(
        `(${row.date}, ${row.id}) ${op} (${params.bind(page.cursor.key)}, ${params.bind(page.cursor.id)})`,
      );
    }
    return { orderSql: `${row.date} ${dir}, ${row.id} ${dir}`, keyset };
  }
}

/**
 * The count kept by triggers for a filter that is nothing but one entity (posting_size) or two
 * (country_pair_size, countries only), as a scalar subquery; null when the filter has more to it.
 */
function maintainedCount(filter: ResolvedArticleFilter, params: SqlParameters): string | null {
  const { mentionsAll, mentionsAny, mentionsNone } = filter;
  const onlyEntities =
    !mentionsAny.length &&
    !mentionsNone.length &&
    filter.publishedAfter === null &&
    filter.publishedBefore === null &&
    filter.source === null &&
    !filter.sources.length &&
    !filter.languages.length &&
    !filter.sections.length &&
    filter.textQuery === null;
  if (!onlyEntities) return null;
  if (mentionsAll.length === 1) {
    return `SELECT "articles" FROM "posting_size" WHERE "entityId" = ${params.bind(mentionsAll[0])}`;
  }
  if (mentionsAll.length !== 2) return null;
  const [lowId, highId] = [...mentionsAll].sort((a, b) => a - b);
  return `SELECT "articles" FROM "country_pair_size"
    WHERE "lowEntityId" = ${params.bind(lowId)} AND "highEntityId" = ${params.bind(highId)}`;
}

/** How sortDate is stored (toISOString): a cursor of a date order holds one, never a score or a name. */
const SORT_DATE_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A cursor of another order (a relevance score) would compare as text and page silently wrong. */
function checkDateCursor(page: PageRequest): void {
  if (page.cursor && (page.cursor.order !== undefined || !SORT_DATE_KEY.test(page.cursor.key))) {
    const argumentName = page.direction === 'backward' ? 'before' : 'after';
    throw new BadUserInputError(
      `${argumentName}: not a cursor of this list (it comes from a list in another order)`,
      argumentName,
    );
  }
}

function where(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

function toPage(rows: RankedRow[], page: PageRequest): ArticlePage {
  const hasMore = rows.length > page.size;
  const kept = rows.slice(0, page.size);
  if (page.direction === 'backward') kept.reverse();
  const items = kept.map((row) => {
    const cursor: KeysetCursor = { key: row.sortDate, id: Number(row.id) };
    return { id: cursor.id, cursor: encodeCursor(cursor) };
  });
  return page.direction === 'forward'
    ? { items, hasNextPage: hasMore, hasPreviousPage: page.cursor !== null }
    : { items, hasNextPage: page.cursor !== null, hasPreviousPage: hasMore };
}

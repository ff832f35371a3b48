import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Article } from '../entities/article';
import { EntityKind } from '../entities/entity-kind';
import { GraphEntity } from '../entities/graph-entity';
import { Mention } from '../entities/mention';
import { chunk } from '../db/sql-builder';
import { rowsByKey } from './rows-by-key';

/** Orders batch results by key, as DataLoader requires; missing keys give null. */
function inKeyOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups batch results by key, in key order; keys without rows give []. */
function groupedInKeyOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row)) ?? [];
    list.push(row);
    groups.set(keyOf(row), list);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

async function findInChunks<T>(
  keys: readonly (string | number)[],
  find: (part: (string | number)[]) => Promise<T[]>,
) {
  const rows: T[] = [];
  for (const part of chunk(keys)) rows.push(...(await find(part)));
  return rows;
}

/** Which mentions of an article: all (kind null) or those of one kind; the `first` most salient. */
export interface ArticleMentionsKey {
  articleId: number;
  kind: EntityKind | null;
  first: number;
}

/** One article and one entity: the key of a mention. */
export interface ArticleEntityKey {
  articleId: number;
  entityId: number;
}

const pairKey = (k: ArticleEntityKey): string => `${k.articleId}:${k.entityId}`;

/**
 * The per-request row loaders: every relation field goes through one of these, so a page of N
 * articles with their countries and entities costs the same few statements for any N. They read
 * rows by key and know no service; the loaders over services' batch methods are in
 * src/services/service-loaders.ts.
 */
export function createLoaders(dataSource: DataSource) {
  const articlesById = rowsByKey(dataSource, Article, 'id');
  const entitiesById = rowsByKey(dataSource, GraphEntity, 'id');
  const mentionsOfArticles = rowsByKey(dataSource, Mention, 'articleId', [
    { column: 'salience', direction: 'DESC' },
    { column: 'entityId', direction: 'ASC' },
  ]);
  const articleById = new DataLoader<number, Article | null>(async (ids) =>
    inKeyOrder(ids, await articlesById(ids), (a) => a.id),
  );
  const entityById = new DataLoader<number, GraphEntity | null>(async (ids) =>
    inKeyOrder(ids, await entitiesById(ids), (e) => e.id),
  );
  const countryEntityByCode = new DataLoader<string, GraphEntity | null>(async (codes) =>
    inKeyOrder(
      codes,
      await findInChunks(codes, (part) =>
        dataSource.getRepository(GraphEntity).findBy({ kind: EntityKind.COUNTRY, countryCode: In(part) }),
      ),
      (e) => e.countryCode,
    ),
  );
  /**
   * The most salient mentions of each article: its first `first` (kind null) or the first `first`
   * of one kind. One statement per batch, ranked in the database, so an article with 30,000
   * mentions sends only the page asked for; reading only the kinds asked for skips the rest.
   */
  const mentionsOfArticle = new DataLoader<ArticleMentionsKey, Mention[], string>(
    async (keys) => {
      const anyKind = keys.filter((k) => k.kind === null);
      const ofKind = keys.filter((k) => k.kind !== null);
      const kinds = [...new Set(ofKind.map((k) => k.kind!))];
      const largest = (group: ArticleMentionsKey[]) => Math.max(0, ...group.map((k) => k.first));
      const articleIds = [...new Set(keys.map((k) => k.articleId))];
      const rows = await mentionsOfArticles(
        articleIds,
        anyKind.length ? undefined : { column: 'kind', values: kinds },
        {
          perKey: anyKind.length ? largest(anyKind) : null,
          perGroup: kinds.length ? { column: 'kind', values: kinds, limit: largest(ofKind) } : null,
        },
      );
      const byArticle = new Map(
        groupedInKeyOrder(articleIds, rows, (m) => m.articleId).map((list, i) => [articleIds[i], list]),
      );
      return keys.map((k) =>
        byArticle
          .get(k.articleId)!
          .filter((m) => k.kind === null || m.kind === k.kind)
          .slice(0, k.first),
      );
    },
    { cacheKeyFn: (k) => `${k.articleId}:${k.kind ?? '*'}:${k.first}` },
  );
  /**
   * How an article mentions given entities (null where it does not), read by primary key: a
   * filter's matches need only the entities the filter names, not all the article's mentions.
   */
  const mentionOfArticleEntity = new DataLoader<ArticleEntityKey, Mention | null, string>(
    async (keys) => {
      const articleIds = [...new Set(keys.map((k) => k.articleId))];
      const entityIds = [...new Set(keys.map((k) => k.entityId))];
      const rows = await mentionsOfArticles(articleIds, { column: 'entityId', values: entityIds });
      return inKeyOrder(keys.map(pairKey), rows, pairKey);
    },
    { cacheKeyFn: pairKey },
  );
  return {
    articleById,
    entityById,
    countryEntityByCode,
    mentionsOfArticle,
    mentionOfArticleEntity,
    /** After a write: the article's mentions are read again (a write request caches little else). */
    forgetMentions(): void {
      mentionsOfArticle.clearAll();
      mentionOfArticleEntity.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

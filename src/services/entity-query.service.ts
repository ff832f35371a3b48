import type { DataSource } from 'typeorm';
import { GraphEntity } from '../entities/graph-entity';
import type { EntityKind } from '../entities/entity-kind';
import { slugify } from '../db/slug';
import { BadUserInputError, NotFoundError } from '../core/errors';
import { lookupText } from './lookup-text';
import { encodeCursor, toPageRequest, type PageArgs } from './pagination';
import type { CountryDirectory } from './country-directory';

export interface EntityFilterArgs {
  kind?: EntityKind | null;
  nameContains?: string | null;
  /** Country code, name or alias: entities affiliated with or located in it. */
  country?: string | null;
}

export interface EntityPage {
  items: { entity: GraphEntity; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * Longer than any entity name, and the same bound as an entity reference in a filter
 * (entity-reference.service.ts): a longer needle can match nothing and only costs the LIKE work.
 */
export const MAX_NAME_CONTAINS_CHARS = 200;

export type EntityOrder = 'NAME' | 'STORIES' | 'RECENT';

interface OrderKey {
  /** The sort key as SQL over `entity e`; never null, so that keyset comparisons hold. */
  key: string;
  keyDescending: boolean;
  join?: { table: string; alias: string; on: string };
  /** The cursor's key as a value to compare with `key`, or a BAD_USER_INPUT naming the cursor. */
  cursorKey(key: string, argumentName: string): string | number;
}

const ORDERS: Record<EntityOrder, OrderKey> = {
  NAME: { key: 'e.name', keyDescending: false, cursorKey: (key) => key },
  // The maintained posting-list size: one row per entity, no counting.
  STORIES: {
    key: 'COALESCE(ps.articles, 0)',
    keyDescending: true,
    join: { table: 'posting_size', alias: 'ps', on: 'ps."entityId" = e.id' },
    cursorKey: (key, argumentName) => {
      const count = Number(key);
      if (!/^\d+$/.test(key) || !Number.isSafeInteger(count)) {
        throw new BadUserInputError(`${argumentName}: not a cursor of this list`, argumentName);
      }
      return count;
    },
  },
  // The newest date of the entity's posting list, read from the end of idx_mention_entity_date;
  // '' (before every date) for an entity no article mentions.
  RECENT: {
    key: `COALESCE((SELECT MAX(rm."sortDate") FROM mention rm WHERE rm."entityId" = e.id), '')`,
    keyDescending: true,
    cursorKey: (key) => key,
  },
};

/**
 * Lists entities by kind, name and country, in keyset pages by name, by article count or by the
 * date of their latest article. STORIES and RECENT rank every entity the filter keeps (a lookup per
 * entity in posting_size, or in its posting list), so their cost grows with the filtered entities.
 */
export class EntityQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly countries: CountryDirectory,
  ) {}

  findBySlug(slug: string): Promise<GraphEntity | null> {
    return this.dataSource.getRepository(GraphEntity).findOneBy({ slug: slugify(slug) });
  }

  async findPage(
    filter: EntityFilterArgs | null | undefined,
    args: PageArgs,
    order: EntityOrder = 'NAME',
  ): Promise<EntityPage> {
    const page = toPageRequest(args);
    const { key, keyDescending, join, cursorKey } = ORDERS[order];
    const query = this.filtered(filter);
    if (join) query.leftJoin(join.table, join.alias, join.on);
    const backward = page.direction === 'backward';
    if (page.cursor) {
      const argumentName = backward ? 'before' : 'after';
      // NAME cursors carry no order: they are the cursors this list gave before it had orders.
      if ((page.cursor.order ?? 'NAME') !== order) {
        throw new BadUserInputError(
          `${argumentName}: this cursor is from entities ordered by ${page.cursor.order ?? 'NAME'}, not ${order}`,
          argumentName,
        );
      }
      // Forward goes on in the list's order; backward in reverse. Ids always ascend in the list.
      const keyOp = keyDescending !== backward ? '<' : '>';
      const idOp = backward ? '<' : '>';
      query.andWhere(`(${key} ${keyOp} :cursorKey OR (${key} = :cursorKey AND e.id ${idOp} :cursorId))`, {
        cursorKey: cursorKey(page.cursor.key, argumentName),
        cursorId: page.cursor.id,
      });
    }
    const keyDir = keyDescending !== backward ? 'DESC' : 'ASC';
    const { entities, raw } = await query
      // Parenthesized: a bare property path (e.name) would be taken for the entity's own column.
      .addSelect(`(${key})`, 'rankKey')
      .orderBy(key, keyDir)
      .addOrderBy('e.id', backward ? 'DESC' : 'ASC')
      .limit(page.size + 1)
      .getRawAndEntities<{ rankKey: string | number }>();
    const rows = entities.map((entity, i) => ({ entity, key: String(raw[i].rankKey) }));
    const hasMore = rows.length > page.size;
    const kept = rows.slice(0, page.size);
    if (backward) kept.reverse();
    const items = kept.map(({ entity, key: rankKey }) => ({
      entity,
      cursor: encodeCursor(
        order === 'NAME' ? { key: rankKey, id: entity.id } : { key: rankKey, id: entity.id, order },
      ),
    }));
    return backward
      ? { items, hasNextPage: page.cursor !== null, hasPreviousPage: hasMore }
      : { items, hasNextPage: hasMore, hasPreviousPage: page.cursor !== null };
  }

  count(filter: EntityFilterArgs | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: EntityFilterArgs | null | undefined) {
    const query = this.dataSource.getRepository(GraphEntity).createQueryBuilder('e');
    if (filter?.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter?.nameContains) {
      const needle = lookupText(filter.nameContains, 'filter.nameContains', MAX_NAME_CONTAINS_CHARS)
        .trim()
        .toLowerCase();
      if (!needle)
        throw new BadUserInputError('filter.nameContains must not be blank', 'filter.nameContains');
      // LIKE with escaped wildcards: the client's % and _ are literal characters.
      query.andWhere(`LOWER(e.name) LIKE :needle ESCAPE '\\'`, {
        needle: `%${needle.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    if (filter?.country) {
      const code = this.countries.findCode(filter.country);
      if (!code)
        throw new NotFoundError(
          `filter.country: no country with the code or name "${filter.country}" (use an ISO 3166-1 alpha-2 or alpha-3 code, or a name, alias or demonym)`,
          'filter.country',
          [filter.country],
        );
      query.andWhere('e.countryCode = :code', { code });
    }
    return query;
  }
}

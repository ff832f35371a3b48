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

/** Lists entities by kind, name and country, in name order with keyset cursors. */
export class EntityQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly countries: CountryDirectory,
  ) {}

  findBySlug(slug: string): Promise<GraphEntity | null> {
    return this.dataSource.getRepository(GraphEntity).findOneBy({ slug: slugify(slug) });
  }

  async findPage(filter: EntityFilterArgs | null | undefined, args: PageArgs): Promise<EntityPage> {
    const page = toPageRequest(args);
    const query = this.filtered(filter);
    const descending = page.direction === 'backward';
    if (page.cursor) {
      const op = descending ? '<' : '>';
      query.andWhere(`(e.name ${op} :cursorName OR (e.name = :cursorName AND e.id ${op} :cursorId))`, {
        cursorName: page.cursor.key,
        cursorId: page.cursor.id,
      });
    }
    const dir = descending ? 'DESC' : 'ASC';
    const rows = await query
      .orderBy('e.name', dir)
      .addOrderBy('e.id', dir)
      .take(page.size + 1)
      .getMany();
    const hasMore = rows.length > page.size;
    const kept = rows.slice(0, page.size);
    if (descending) kept.reverse();
    const items = kept.map((entity) => ({
      entity,
      cursor: encodeCursor({ key: entity.name, id: entity.id }),
    }));
    return descending
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

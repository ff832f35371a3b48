import { In, type EntityManager } from 'typeorm';
import { slugify } from '../db/slug';
import { chunk } from '../db/sql-builder';
import { EntityKey } from '../entities/entity-key';
import { EntityKind } from '../entities/entity-kind';
import { GraphEntity } from '../entities/graph-entity';
import type { ExtractedEntity } from '../extraction/types';
import { linkKeysOf } from './entity-link-keys';

/** People and organizations link across articles by name keys; places by slug and country. */
const isKeyLinked = (entity: ExtractedEntity) => entity.kind === 'PERSON' || entity.kind === 'ORGANIZATION';

/** Slugs to try for a new entity, best first: its own, then one qualified by country or kind. */
function candidateSlugs(entity: ExtractedEntity): string[] {
  const base = slugify(entity.name) || 'entity';
  const qualifier = entity.kind === 'PLACE' && entity.countryCode ? entity.countryCode : entity.kind;
  return [base, `${base}-${qualifier.toLowerCase()}`];
}

/** A place of the same name is the same place unless both sides name different countries. */
function isSamePlace(row: GraphEntity, entity: ExtractedEntity): boolean {
  if (row.kind !== entity.kind) return false;
  return !row.countryCode || !entity.countryCode || row.countryCode === entity.countryCode;
}

/**
 * Finds or creates the entity row of each entity an article mentions, inside the ingest
 * transaction: the same person or organization gets one row whatever variant an article uses
 * ("Huawei Technologies" / "Huawei", "Kim Jong-un" / "Kim Jong Un"), and every new variant is
 * recorded as an alias and a link key.
 */
export class EntityLinker {
  private readonly countryIds = new Map<string, number>();

  constructor(private readonly knownCountryCode: (code: string | null) => string | null) {}

  /** Entity ids in the order of `extracted`. */
  async link(manager: EntityManager, extracted: ExtractedEntity[]): Promise<number[]> {
    const keysOf = extracted.map((e) => (isKeyLinked(e) ? linkKeysOf(e) : []));
    const linkedKinds = [...new Set(extracted.filter(isKeyLinked).map((e) => e.kind))];
    const { entityIdByKey, rowById } = await this.lookUpKeys(manager, linkedKinds, keysOf.flat());
    const rowBySlug = await this.lookUpSlugs(
      manager,
      extracted.filter((e) => e.kind !== 'COUNTRY').flatMap(candidateSlugs),
    );
    const countryIds = await this.countryEntityIds(manager, extracted);

    const ids: number[] = [];
    const newKeys: EntityKey[] = [];
    // New rows are inserted together after the loop (one statement, not one per entity); until
    // then they carry provisional negative ids, so later mentions in this article can link to them.
    const created: GraphEntity[] = [];
    for (const [i, entity] of extracted.entries()) {
      if (entity.kind === 'COUNTRY') {
        // Known to exist: the caller drops unknown codes, and every country has its entity row.
        ids.push(countryIds.get(entity.countryCode!)!);
        continue;
      }
      const keys = keysOf[i];
      const linkedId = keys
        .map((key) => entityIdByKey.get(`${entity.kind}:${key}`))
        .find((id) => id !== undefined);
      const row = linkedId !== undefined ? rowById.get(linkedId) : this.placeBySlug(rowBySlug, entity);
      let linked: GraphEntity;
      if (row) linked = await this.mergeDetails(manager, row, entity);
      else {
        linked = await this.newRow(manager, entity, rowBySlug);
        created.push(linked);
        linked.id = -created.length;
      }
      rowById.set(linked.id, linked);
      for (const key of keys) {
        if (entityIdByKey.has(`${entity.kind}:${key}`)) continue;
        newKeys.push(Object.assign(new EntityKey(), { kind: entity.kind, key, entityId: linked.id }));
        entityIdByKey.set(`${entity.kind}:${key}`, linked.id);
      }
      ids.push(linked.id);
    }
    const realId = await this.insertCreated(manager, created);
    for (const key of newKeys) key.entityId = realId(key.entityId);
    for (const part of chunk(newKeys, 300)) await manager.getRepository(EntityKey).insert(part);
    return ids.map(realId);
  }

  /** Inserts the new rows; returns a mapping from provisional (negative) ids to the stored ones. */
  private async insertCreated(
    manager: EntityManager,
    created: GraphEntity[],
  ): Promise<(id: number) => number> {
    const provisional = created.map((row) => row.id);
    for (const part of chunk(created, 100)) {
      const inserted = await manager
        .getRepository(GraphEntity)
        .insert(part.map((row) => ({ ...row, id: undefined })));
      inserted.identifiers.forEach((identifier, i) => (part[i].id = identifier.id as number));
    }
    const stored = new Map(provisional.map((id, i) => [id, created[i].id]));
    return (id) => (id < 0 ? stored.get(id)! : id);
  }

  /** The entities already known under the keys, with their rows, in one statement per chunk. */
  private async lookUpKeys(manager: EntityManager, kinds: string[], keys: string[]) {
    const entityIdByKey = new Map<string, number>();
    const rowById = new Map<number, GraphEntity>();
    if (!kinds.length) return { entityIdByKey, rowById };
    for (const part of chunk([...new Set(keys)])) {
      const { raw, entities } = await manager
        .getRepository(GraphEntity)
        .createQueryBuilder('e')
        .innerJoin(EntityKey, 'k', 'k.entityId = e.id')
        .addSelect(['k.kind AS "linkKind"', 'k.key AS "linkKey"'])
        // Both columns of the (kind, key) primary key: with the key alone SQLite scans the table.
        .where('k.kind IN (:...kinds) AND k.key IN (:...keys)', { kinds, keys: part })
        .getRawAndEntities<{ linkKind: string; linkKey: string; e_id: number }>();
      for (const row of entities) rowById.set(row.id, row);
      for (const row of raw) entityIdByKey.set(`${row.linkKind}:${row.linkKey}`, Number(row.e_id));
    }
    return { entityIdByKey, rowById };
  }

  private async lookUpSlugs(manager: EntityManager, slugs: string[]): Promise<Map<string, GraphEntity>> {
    const found = new Map<string, GraphEntity>();
    for (const part of chunk([...new Set(slugs)])) {
      for (const row of await manager.getRepository(GraphEntity).findBy({ slug: In(part) }))
        found.set(row.slug, row);
    }
    return found;
  }

  /**
   * Entity ids of the countries an article names. Country rows are reference data (created by a
   * migration, never changed by ingestion), so each id is read once per process and kept.
   */
  private async countryEntityIds(manager: EntityManager, extracted: ExtractedEntity[]) {
    const missing = [
      ...new Set(extracted.flatMap((e) => (e.kind === 'COUNTRY' && e.countryCode ? [e.countryCode] : []))),
    ].filter((code) => !this.countryIds.has(code));
    if (missing.length) {
      const rows = await manager
        .getRepository(GraphEntity)
        .findBy({ kind: EntityKind.COUNTRY, countryCode: In(missing) });
      for (const row of rows) this.countryIds.set(row.countryCode!, row.id);
    }
    return this.countryIds;
  }

  private placeBySlug(rowBySlug: Map<string, GraphEntity>, entity: ExtractedEntity): GraphEntity | undefined {
    if (entity.kind !== 'PLACE') return undefined;
    return candidateSlugs(entity)
      .map((slug) => rowBySlug.get(slug))
      .find((row) => row !== undefined && isSamePlace(row, entity));
  }

  /** A new row for an entity no stored row matches; its slug is reserved in `rowBySlug`. */
  private async newRow(
    manager: EntityManager,
    entity: ExtractedEntity,
    rowBySlug: Map<string, GraphEntity>,
  ): Promise<GraphEntity> {
    const slug =
      candidateSlugs(entity).find((candidate) => !rowBySlug.has(candidate)) ??
      (await this.numberedFreeSlug(manager, candidateSlugs(entity)[1], rowBySlug));
    const row = manager.getRepository(GraphEntity).create({
      kind: entity.kind as EntityKind,
      name: entity.name,
      slug,
      aliases: [...new Set(entity.aliases.filter((alias) => alias !== entity.name))],
      countryCode: this.knownCountryCode(entity.countryCode),
      createdAt: new Date().toISOString(),
    });
    rowBySlug.set(row.slug, row);
    return row;
  }

  /**
   * Both natural slugs belong to other entities: number this one ("jordan-person-2"), skipping
   * numbers taken in the database or by rows of this article not inserted yet.
   */
  private async numberedFreeSlug(
    manager: EntityManager,
    base: string,
    rowBySlug: Map<string, GraphEntity>,
  ): Promise<string> {
    for (let n = 2; ; n++) {
      const slug = `${base}-${n}`;
      if (rowBySlug.has(slug)) continue;
      if (!(await manager.getRepository(GraphEntity).existsBy({ slug }))) return slug;
    }
  }

  /** Records new name variants as aliases and fills a missing country; returns the row. */
  private async mergeDetails(
    manager: EntityManager,
    row: GraphEntity,
    entity: ExtractedEntity,
  ): Promise<GraphEntity> {
    const aliases = new Set(row.aliases);
    for (const alias of [entity.name, ...entity.aliases]) if (alias !== row.name) aliases.add(alias);
    const countryCode = row.countryCode ?? this.knownCountryCode(entity.countryCode);
    if (aliases.size === row.aliases.length && countryCode === row.countryCode) return row;
    row.aliases = [...aliases];
    row.countryCode = countryCode;
    // A row created earlier in this article is not stored yet: it is inserted with these values.
    if (row.id > 0) {
      await manager.getRepository(GraphEntity).update({ id: row.id }, { aliases: row.aliases, countryCode });
    }
    return row;
  }
}

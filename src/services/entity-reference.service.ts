import { In, type DataSource } from 'typeorm';
import { EntityKey } from '../entities/entity-key';
import { GraphEntity } from '../entities/graph-entity';
import { EntityKind } from '../entities/entity-kind';
import { NotFoundError, BadUserInputError } from '../core/errors';
import { tryFromGlobalId } from '../core/global-id';
import { rowIdOf } from '../core/row-id';
import { slugify } from '../db/slug';
import type { CountryDirectory } from './country-directory';
import { lookupText } from './lookup-text';

/** A client's way of naming an entity in a filter, resolved to its row id. */
interface Lookup {
  ref: string;
  entityId?: number;
  countryCode?: string;
  slug?: string;
}

/** Entries per filter list (mentionsAll, mentionsAny, mentionsNone, coMentionMatrix entities). */
export const MAX_REFS_PER_LIST = 20;

/**
 * Turns the strings clients put in filters (country codes, country names and aliases, entity
 * slugs, entity names, global ids) into entity ids. Unknown strings are an error naming them:
 * an empty result would look like "no such stories" when the truth is "no such entity".
 */
export class EntityReferenceService {
  /**
   * Country entity ids never change (the migration creates them, ingestion only reads them), so
   * the most common filter, by country, costs no statement after the first time.
   */
  private readonly countryEntityIds = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly countries: CountryDirectory,
  ) {}

  async resolve(refs: readonly string[], argumentName: string): Promise<number[]> {
    return [...new Set(await this.resolveEach(refs, argumentName))];
  }

  /** Like resolve, but one id per entry in input order (duplicates kept), to map entries back to ids. */
  async resolveEach(refs: readonly string[], argumentName: string): Promise<number[]> {
    if (refs.length > MAX_REFS_PER_LIST) {
      throw new BadUserInputError(
        `${argumentName}: at most ${MAX_REFS_PER_LIST} entries are allowed`,
        argumentName,
      );
    }
    const lookups = refs.map((ref) => this.classify(ref, argumentName));
    const codes = lookups.flatMap((l) => (l.countryCode ? [l.countryCode] : []));
    const slugs = lookups.flatMap((l) => (l.slug ? [l.slug] : []));
    const ids = lookups.flatMap((l) => (l.entityId !== undefined ? [l.entityId] : []));
    const repo = this.dataSource.getRepository(GraphEntity);
    const unknownCodes = codes.filter((code) => !this.countryEntityIds.has(code));
    const [byCode, bySlug, byKey, byId] = await Promise.all([
      unknownCodes.length ? repo.findBy({ kind: EntityKind.COUNTRY, countryCode: In(unknownCodes) }) : [],
      slugs.length ? repo.findBy({ slug: In(slugs) }) : [],
      // Name variants ("Huawei" for the entity "Huawei Technologies") through the link keys.
      slugs.length ? this.dataSource.getRepository(EntityKey).findBy({ key: In(slugs) }) : [],
      ids.length ? repo.findBy({ id: In(ids) }) : [],
    ]);
    for (const e of byCode) if (e.countryCode) this.countryEntityIds.set(e.countryCode, e.id);
    const idByCode = this.countryEntityIds;
    const idBySlug = new Map([
      ...byKey.map((k) => [k.key, k.entityId] as const),
      ...bySlug.map((e) => [e.slug, e.id] as const),
    ]);
    const knownIds = new Set(byId.map((e) => e.id));
    const missing: string[] = [];
    const resolved = lookups.map((l) => {
      const id =
        (l.countryCode !== undefined ? idByCode.get(l.countryCode) : undefined) ??
        (l.slug !== undefined ? idBySlug.get(l.slug) : undefined) ??
        (l.entityId !== undefined && knownIds.has(l.entityId) ? l.entityId : undefined);
      if (id === undefined) missing.push(l.ref);
      return id ?? -1;
    });
    if (missing.length) {
      const names = missing.map((m) => `"${m}"`).join(', ');
      throw new NotFoundError(
        `${argumentName}: no country or entity named ${names} (use a country code or name, an entity slug or name, or a node id)`,
        argumentName,
        missing,
      );
    }
    return resolved;
  }

  private classify(ref: string, argumentName: string): Lookup {
    const trimmed = lookupText(ref, argumentName).trim();
    if (!trimmed || trimmed.length > 200) {
      throw new BadUserInputError(`${argumentName}: entries must be 1 to 200 characters long`, argumentName);
    }
    const countryCode = this.countries.findCode(trimmed);
    if (countryCode) return { ref, countryCode };
    const globalId = tryFromGlobalId(trimmed, argumentName);
    if (globalId?.type === 'Country') return { ref, countryCode: globalId.key };
    const entityId = globalId?.type === 'Entity' ? rowIdOf(globalId.key) : null;
    if (entityId !== null) return { ref, entityId };
    return { ref, slug: slugify(trimmed) };
  }
}

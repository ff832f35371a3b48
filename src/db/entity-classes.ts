import { Article } from '../entities/article';
import { Country } from '../entities/country';
import { EntityKey } from '../entities/entity-key';
import { GraphEntity } from '../entities/graph-entity';
import { Mention } from '../entities/mention';

/** The TypeORM entities, the same on every backend. */
export const ENTITIES = [Article, Country, GraphEntity, EntityKey, Mention];

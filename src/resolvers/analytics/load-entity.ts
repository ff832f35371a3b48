import type { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';

/** Loads an entity that analytics SQL just returned; a missing row is a server-side inconsistency. */
export async function loadEntity(id: number, ctx: RequestContext): Promise<GraphEntity> {
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new Error(`entity ${id} is missing`);
  return entity;
}

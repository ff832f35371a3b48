import { ArgsType, Field, Int } from 'type-graphql';
import { EntityKind } from '../../entities/entity-kind';
import { DEFAULT_MAX_HOPS, MAX_HOPS, MAX_PATHS } from '../../services/analytics/path.service';

const ENTITY_HELP = 'A country code or name, an entity slug or name, or a node id.';

/** Query.entityPaths, and its deprecated name Query.connection. */
@ArgsType()
export class EntityPathsArgs {
  @Field(() => String, { description: `Start entity. ${ENTITY_HELP}` })
  from!: string;

  @Field(() => String, { description: `End entity. ${ENTITY_HELP}` })
  to!: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_MAX_HOPS,
    description: `Longest chain searched, 1 to ${MAX_HOPS}.`,
  })
  maxHops!: number;

  @Field(() => Int, { nullable: true, description: `How many chains, 1 to ${MAX_PATHS} (default 10).` })
  first?: number | null;

  @Field(() => [EntityKind], {
    nullable: true,
    description:
      'Kinds allowed in the middle of a chain, e.g. [PERSON, ORGANIZATION] to skip countries and places.',
  })
  via?: EntityKind[] | null;
}

import { Field, InputType } from 'type-graphql';
import { EntityKind } from '../../entities/entity-kind';

@InputType('EntityFilter', { description: 'Restricts a list of entities. All given conditions must hold.' })
export class EntityFilterInput {
  @Field(() => EntityKind, { nullable: true, description: 'Only entities of this kind.' })
  kind?: EntityKind | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the canonical name.' })
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Country code, name or alias: entities affiliated with or located in that country.',
  })
  country?: string | null;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { GraphEntity } from '../../entities/graph-entity';
import { PageInfo } from './page-info.type';

@ObjectType('EntityEdge', { description: 'An entity in a list, with its cursor.' })
export class EntityEdge {
  @Field(() => String, { description: 'Opaque position of this entity in the list.' })
  cursor!: string;

  @Field(() => GraphEntity, { description: 'The entity.' })
  node!: GraphEntity;
}

@ObjectType('EntityConnection', {
  description: 'A page of entities in the order asked for (Relay cursor connection).',
})
export class EntityConnection {
  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => [EntityEdge], { description: 'The entities of this page with their cursors.' })
  edges!: EntityEdge[];

  @Field(() => [GraphEntity], { description: 'The entities of this page.' })
  nodes!: GraphEntity[];

  /** Counts the whole filtered list, only when a client asks for totalCount. */
  countTotal!: () => Promise<number>;

  @Field(() => Int, { description: 'Number of entities matching the filter.' })
  totalCount!: number;
}

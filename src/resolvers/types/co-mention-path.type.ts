import { Field, Int, ObjectType } from 'type-graphql';
import { Article } from '../../entities/article';
import { GraphEntity } from '../../entities/graph-entity';

@ObjectType('PathHop', { description: 'One link of a chain: two entities that appear in the same articles.' })
export class PathHop {
  fromId!: number;
  toId!: number;
  articleIds!: number[];

  @Field(() => GraphEntity, { description: 'The entity nearer the start of the chain.' })
  from!: GraphEntity;

  @Field(() => GraphEntity, { description: 'The entity nearer the end of the chain.' })
  to!: GraphEntity;

  @Field(() => Int, { description: 'Articles that mention both.' })
  sharedArticles!: number;

  @Field(() => [Article], { description: 'The evidence: up to 5 of those articles, newest first.' })
  articles!: Article[];
}

@ObjectType('CoMentionPath', { description: 'A chain of co-mentions from one entity to another.' })
export class CoMentionPath {
  @Field(() => [PathHop], { description: 'The links, from the start entity to the end entity.' })
  hops!: PathHop[];
}

@ObjectType('CoMentionPaths', {
  description: 'The shortest chains of co-mention between two entities.',
})
export class CoMentionPaths {
  fromId!: number;
  toId!: number;

  @Field(() => GraphEntity, { description: 'Where the chains start.' })
  from!: GraphEntity;

  @Field(() => GraphEntity, { description: 'Where the chains end.' })
  to!: GraphEntity;

  @Field(() => Int, {
    nullable: true,
    description: 'Hops in the shortest chain; null when none exists within maxHops.',
  })
  length!: number | null;

  @Field(() => [CoMentionPath], { description: 'Shortest chains (all of the same length), up to `first`.' })
  paths!: CoMentionPath[];
}

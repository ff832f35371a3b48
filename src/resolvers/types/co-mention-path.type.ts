import { Field, Int, ObjectType } from 'type-graphql';
import { Article } from '../../entities/article';
import { GraphEntity } from '../../entities/graph-entity';
import { MAX_PATH_SEARCH_MENTIONS } from '../../services/analytics/path.service';

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
    description:
      'Hops in the shortest chain (always the shortest, even when the search is not complete); null when none was found: none exists within maxHops when `complete`, else none within `searchedHops`.',
  })
  length!: number | null;

  @Field(() => Boolean, {
    description: `False when the search stopped at its limit of ${MAX_PATH_SEARCH_MENTIONS.toLocaleString('en-US')} entity–article links read (an article naming thousands of entities can take all of it): \`length\` is still the shortest when given, but \`paths\` may hold only some of the shortest chains, and a null \`length\` only rules out chains of up to \`searchedHops\`.`,
  })
  complete!: boolean;

  @Field(() => Int, {
    description:
      'Chains of up to this many hops were all looked at: maxHops (or `length`) when `complete`, fewer when the search stopped at its limit.',
  })
  searchedHops!: number;

  @Field(() => [CoMentionPath], { description: 'Shortest chains (all of the same length), up to `first`.' })
  paths!: CoMentionPath[];
}

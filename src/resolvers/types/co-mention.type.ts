import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphEntity } from '../../entities/graph-entity';

export enum CoMentionOrderBy {
  SHARED_ARTICLES = 'SHARED_ARTICLES',
  LIFT = 'LIFT',
}

registerEnumType(CoMentionOrderBy, {
  name: 'CoMentionOrderBy',
  description: 'Ranking of co-mentioned entities.',
  valuesConfig: {
    SHARED_ARTICLES: { description: 'Most shared articles first (ties: higher lift, then name).' },
    LIFT: {
      description:
        'Strongest association first (lift, equivalently PMI; ties: more shared articles). Combine with minSharedArticles to skip one-off pairs.',
    },
  },
});

@ObjectType('CoMention', {
  description: 'An entity that appears in the same articles as another, with association scores.',
})
export class CoMention {
  /** Id of the co-mentioned entity; the field resolver loads it. */
  entityId!: number;

  @Field(() => GraphEntity, { description: 'The co-mentioned entity.' })
  entity!: GraphEntity;

  @Field(() => Int, { description: 'Articles in the filtered set that mention both entities.' })
  sharedArticles!: number;

  @Field(() => Int, {
    description: 'Articles in the filtered set that mention the co-mentioned entity at all.',
  })
  entityArticles!: number;

  @Field(() => Int, { description: 'Articles in the filtered set (the denominator of the scores).' })
  totalArticles!: number;

  @Field(() => Float, {
    description:
      'Lift: P(both) / (P(this) × P(other)) over the filtered articles. 1 = as often as chance, above 1 = attracted.',
  })
  lift!: number;

  @Field(() => Float, { description: 'Pointwise mutual information, log2(lift), in bits.' })
  pmi!: number;
}

@ObjectType('CoMentionMatrix', {
  description: 'Shared-article counts of every pair of the given entities, for a heat map.',
})
export class CoMentionMatrix {
  /** Ids in request order; the field resolver loads the entities. */
  entityIds!: number[];

  @Field(() => [GraphEntity], { description: 'The entities, in the order they were asked for.' })
  entities!: GraphEntity[];

  @Field(() => [[Int]], {
    description:
      'counts[i][j]: articles mentioning both entities[i] and entities[j]; counts[i][i] is the article count of entities[i].',
  })
  counts!: number[][];
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Country } from '../../entities/country';
import { GraphEntity } from '../../entities/graph-entity';
import type { ArticleScope } from '../../services/analytics/article-scope';

@ObjectType('ArticleFacets', {
  description: 'Counts over the whole filtered article list (not just the page), most frequent first.',
})
export class ArticleFacets {
  /** The connection's article set; null for a list that is empty by construction. */
  scope!: ArticleScope | null;
}

@ObjectType('EntityFacet', { description: 'An entity and how many articles of the list mention it.' })
export class EntityFacet {
  /** Loaded by the field resolver. */
  entityId!: number;

  @Field(() => GraphEntity, { description: 'The entity.' })
  entity!: GraphEntity;

  @Field(() => Int, { description: 'Articles of the list that mention it.' })
  count!: number;
}

@ObjectType('CountryFacet', { description: 'A country and how many articles of the list mention it.' })
export class CountryFacet {
  /** The country's entity row; the field resolver loads the country. */
  entityId!: number;

  @Field(() => Country, { description: 'The country.' })
  country!: Country;

  @Field(() => Int, { description: 'Articles of the list that mention it.' })
  count!: number;
}

@ObjectType('SourceFacet', { description: 'A publisher and how many articles of the list it published.' })
export class SourceFacet {
  @Field(() => String, { description: 'Source name, e.g. "Reuters".' })
  source!: string;

  @Field(() => Int, { description: 'Articles of the list from this source.' })
  count!: number;
}

import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphEntity } from '../../entities/graph-entity';
import type { Mention } from '../../entities/mention';
import { Snippet } from './snippet.type';

@ObjectType('FilterMatch', {
  description: 'Why an article is in a filtered list: a filter entry it matched, and where in the text.',
})
export class FilterMatch {
  @Field(() => String, { description: 'The filter entry as written in mentionsAll or mentionsAny.' })
  term!: string;

  /** The article's mention of the matched entity. */
  mention!: Mention;

  @Field(() => GraphEntity, { description: 'The entity the entry names.' })
  entity!: GraphEntity;

  @Field(() => Int, { description: 'How many times the article mentions it.' })
  count!: number;

  @Field(() => Float, { description: 'How prominent the mention is, 0..1.' })
  salience!: number;

  @Field(() => [Snippet], { description: 'The sentences that mention it, with the span located.' })
  snippets!: Snippet[];
}

@ObjectType('TextSpan', { description: 'A range of characters (UTF-16 code units, end exclusive).' })
export class TextSpan {
  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;
}

@ObjectType('HighlightedText', {
  description: 'Text with the words that matched a search located by offsets.',
})
export class HighlightedText {
  @Field(() => String, { description: 'The text.' })
  text!: string;

  @Field(() => [TextSpan], { description: 'Matched words, in order.' })
  highlights!: TextSpan[];
}

@ObjectType('SearchHighlight', { description: 'Where an article matched a full-text query.' })
export class SearchHighlight {
  @Field(() => HighlightedText, { description: 'The whole title, matches located.' })
  title!: HighlightedText;

  @Field(() => HighlightedText, {
    description: 'The best-matching passage of the body (about 24 words, "…" where cut), matches located.',
  })
  snippet!: HighlightedText;
}

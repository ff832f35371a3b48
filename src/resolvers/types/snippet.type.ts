import { Field, Int, ObjectType } from 'type-graphql';
import type { MentionEvidence } from '../../extraction/types';
import { ArticleField } from './article-field.enum';

@ObjectType('Snippet', {
  description: 'A sentence that mentions the entity, with the mention highlighted by offsets.',
  simpleResolvers: true,
})
export class Snippet {
  @Field(() => String, { description: 'The sentence as it appears in the article.' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the mention in `text` (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the mention in `text`.' })
  end!: number;

  @Field(() => ArticleField, { description: 'Whether the sentence is in the title or the body.' })
  field!: ArticleField;
}

/** Evidence spans as snippets, offsets relative to the sentence. */
export function toSnippets(evidence: MentionEvidence[]): Snippet[] {
  return evidence.map((e) =>
    Object.assign(new Snippet(), {
      text: e.sentence,
      start: e.start - e.sentenceStart,
      end: e.end - e.sentenceStart,
      field: e.field === 'title' ? ArticleField.TITLE : ArticleField.BODY,
    }),
  );
}

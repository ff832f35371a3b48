import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity as Table, Index, PrimaryColumn } from 'typeorm';
import type { MentionEvidence } from '../extraction/types';

/** Links one article to one entity, with how often, how prominently, and the evidence. */
@ObjectType('Mention', {
  description: 'How an article mentions an entity, with the sentences that prove it.',
  simpleResolvers: true,
})
@Table('mention')
@Index('idx_mention_entity_date', ['entityId', 'sortDate', 'articleId'])
export class Mention {
  @PrimaryColumn({ type: 'integer' })
  articleId!: number;

  @PrimaryColumn({ type: 'integer' })
  entityId!: number;

  /** Denormalized from the entity so kind filters need no join. */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  /** Denormalized from the article: posting lists per entity are read in date order. */
  @Column({ type: 'varchar', length: 24 })
  sortDate!: string;

  @Field(() => Int, { description: 'How many times the article mentions the entity.' })
  @Column({ type: 'integer' })
  count!: number;

  @Field(() => Float, { description: 'Prominence in the article, 0..1 (title and lead weigh more).' })
  @Column({ type: 'real' })
  salience!: number;

  /** Spans and sentences, capped per mention at ingest. */
  @Column({ type: 'simple-json' })
  evidence!: MentionEvidence[];
}

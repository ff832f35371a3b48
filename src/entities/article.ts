import { DateTimeScalar } from '../core/date-time.scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity as Table, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../core/node.interface';
import { toGlobalId } from '../core/global-id';
import { isoDateTransformer } from './date-columns';

/** A news article as ingested, with the metadata clients filter and sort on. */
@ObjectType('Article', {
  implements: Node,
  description: 'A news article and the entities it mentions.',
  simpleResolvers: true,
})
@Table('article')
@Index('idx_article_sort', ['sortDate', 'id'])
// idx_article_source_lower_sort is on LOWER(source), an expression TypeORM cannot declare: see its migration.
export class Article {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  // Not simple: the field is named id but reads the nodeId getter.
  @Field(() => ID, { name: 'id', simple: false, description: 'Opaque global id (use with Query.node).' })
  get nodeId(): string {
    return toGlobalId('Article', this.id);
  }

  @Field(() => String, { nullable: true, description: 'Canonical URL; unique when present.' })
  @Column({ type: 'varchar', nullable: true, unique: true })
  url!: string | null;

  @Field(() => String, { description: 'Headline.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Full text; paragraphs separated by blank lines.' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Summary or dek, when the source gives one.' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, e.g. "Reuters".' })
  @Column({ type: 'varchar', nullable: true })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  @Column({ type: 'varchar', nullable: true })
  author!: string | null;

  @Field(() => String, { nullable: true, description: 'Section of the publication, e.g. "World".' })
  @Column({ type: 'varchar', nullable: true })
  section!: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. "en".' })
  @Column({ type: 'varchar', nullable: true })
  language!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Publication time, when known.' })
  @Column({ type: 'varchar', length: 24, nullable: true, transformer: isoDateTransformer })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the article entered the graph (last content change).' })
  @Column({ type: 'varchar', length: 24, transformer: isoDateTransformer })
  ingestedAt!: Date;

  /** publishedAt, or ingestedAt when the source gives no date: the key articles are ordered by. */
  @Column({ type: 'varchar', length: 24 })
  sortDate!: string;

  @Field(() => String, {
    description: 'SHA-256 of the normalized title and body; identical content is stored once.',
  })
  @Column({ type: 'varchar', length: 64, unique: true })
  contentHash!: string;
}

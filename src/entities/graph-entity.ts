import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity as Table, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../core/node.interface';
import { toGlobalId } from '../core/global-id';
import { EntityKind } from './entity-kind';

/**
 * A person, organization, place or country that articles mention. Named GraphEntity in TypeScript
 * because `Entity` is TypeORM's decorator; the table and the GraphQL type are both "entity"/"Entity".
 */
@ObjectType('Entity', {
  implements: Node,
  simpleResolvers: true,
  description:
    'A named entity (person, organization, place or country) linked to the articles that mention it.',
})
@Table('entity')
@Index('idx_entity_kind_country', ['kind', 'countryCode'])
export class GraphEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  // Not simple: the field is named id but reads the nodeId getter.
  @Field(() => ID, { name: 'id', simple: false, description: 'Opaque global id (use with Query.node).' })
  get nodeId(): string {
    return toGlobalId('Entity', this.id);
  }

  @Field(() => EntityKind, { description: 'What the entity is.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: EntityKind;

  @Field(() => String, { description: 'Canonical name, e.g. "Kim Jong Un".' })
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => String, {
    description: 'Unique, URL-safe key derived from the canonical name, e.g. "kim-jong-un".',
  })
  @Column({ type: 'varchar', unique: true })
  slug!: string;

  @Field(() => [String], { description: 'Other names the entity appears under in the corpus.' })
  @Column({ type: 'simple-json' })
  aliases!: string[];

  /** Affiliation (people, organizations) or location (places); the country itself for COUNTRY. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  countryCode!: string | null;

  /**
   * ISO time the row was created. A plain column set by the writer: as a CreateDateColumn, TypeORM
   * would read every inserted row back to learn the database default (one more statement each).
   */
  @Column({ type: 'varchar', length: 24 })
  createdAt!: string;
}

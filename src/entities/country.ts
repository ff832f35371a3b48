import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity as Table, PrimaryColumn } from 'typeorm';
import { Node } from '../core/node.interface';
import { toGlobalId } from '../core/global-id';

/** ISO 3166-1 reference data, loaded by a migration; every country also has an entity row. */
@ObjectType('Country', {
  implements: Node,
  simpleResolvers: true,
  description: 'A country or territory with its own ISO 3166-1 code. Articles link to it through mentions.',
})
@Table('country')
export class Country {
  // Not simple: the field is named id but reads the nodeId getter.
  @Field(() => ID, { name: 'id', simple: false, description: 'Opaque global id (use with Query.node).' })
  get nodeId(): string {
    return toGlobalId('Country', this.code);
  }

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "KP".' })
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code, e.g. "PRK".' })
  @Column({ type: 'varchar', length: 3 })
  alpha3!: string;

  @Field(() => String, { description: 'Common English name, e.g. "North Korea".' })
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => String, { description: 'Official name, e.g. "Democratic People\'s Republic of Korea".' })
  @Column({ type: 'varchar' })
  officialName!: string;

  @Field(() => [String], {
    description: 'Other names and abbreviations the country is known by (e.g. "DPRK").',
  })
  @Column({ type: 'simple-json' })
  aliases!: string[];

  @Field(() => [String], { description: 'Demonyms and adjectives, e.g. "North Korean".' })
  @Column({ type: 'simple-json' })
  demonyms!: string[];

  @Field(() => String, { nullable: true, description: 'Capital city, when the country has one.' })
  @Column({ type: 'varchar', nullable: true })
  capital!: string | null;

  @Field(() => String, { description: 'UN geoscheme region, e.g. "Asia".' })
  @Column({ type: 'varchar' })
  region!: string;

  @Field(() => String, { nullable: true, description: 'UN geoscheme subregion, e.g. "Eastern Asia".' })
  @Column({ type: 'varchar', nullable: true })
  subregion!: string | null;
}

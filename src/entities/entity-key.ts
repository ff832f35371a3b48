import { Column, Entity as Table, PrimaryColumn } from 'typeorm';

/** A normalized name an entity is known under; cross-article linking looks entities up by it. */
@Table('entity_key')
export class EntityKey {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  @PrimaryColumn({ type: 'varchar' })
  key!: string;

  @Column({ type: 'integer' })
  entityId!: number;
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Link keys, as the SQLite migration of the same name creates them (see there for why). */
export class PostgresEntityLinkKeys1764489600003 implements MigrationInterface {
  name = 'EntityLinkKeys1764489600003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "entity_key" (
        "kind" varchar(16) COLLATE "C" NOT NULL,
        "key" varchar COLLATE "C" NOT NULL,
        "entityId" integer NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("kind", "key")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_entity_key_entity" ON "entity_key" ("entityId")`);
    await queryRunner.query(
      `INSERT INTO "entity_key" ("kind", "key", "entityId") SELECT "kind", "slug", "id" FROM "entity" WHERE "kind" <> 'COUNTRY'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "entity_key"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fills posting_size from the mentions already stored (this migration, and bulk loaders). */
export const BACKFILL_POSTING_SIZES = `INSERT INTO "posting_size" ("entityId", "articles")
  SELECT "entityId", COUNT(*) FROM "mention" GROUP BY "entityId"`;

/**
 * How many articles mention each entity, kept exact by triggers. An AND of entities is fastest
 * when it walks the shortest posting list and probes the others, and SQLite's planner cannot tell
 * which list is shortest (its statistics hold averages per index, not per value).
 */
export class PostingListSizes1764489600002 implements MigrationInterface {
  name = 'PostingListSizes1764489600002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "posting_size" (
        "entityId" integer PRIMARY KEY NOT NULL REFERENCES "entity" ("id"),
        "articles" integer NOT NULL
      )`);
    await queryRunner.query(BACKFILL_POSTING_SIZES);
    await queryRunner.query(`
      CREATE TRIGGER "posting_size_insert" AFTER INSERT ON "mention" BEGIN
        INSERT INTO "posting_size" ("entityId", "articles") VALUES (new."entityId", 1)
          ON CONFLICT ("entityId") DO UPDATE SET "articles" = "articles" + 1;
      END`);
    await queryRunner.query(`
      CREATE TRIGGER "posting_size_delete" AFTER DELETE ON "mention" BEGIN
        UPDATE "posting_size" SET "articles" = "articles" - 1 WHERE "entityId" = old."entityId";
      END`);
    await queryRunner.query(`
      CREATE TRIGGER "posting_size_update" AFTER UPDATE OF "entityId" ON "mention" BEGIN
        UPDATE "posting_size" SET "articles" = "articles" - 1 WHERE "entityId" = old."entityId";
        INSERT INTO "posting_size" ("entityId", "articles") VALUES (new."entityId", 1)
          ON CONFLICT ("entityId") DO UPDATE SET "articles" = "articles" + 1;
      END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['posting_size_update', 'posting_size_delete', 'posting_size_insert']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    }
    await queryRunner.query(`DROP TABLE "posting_size"`);
  }
}

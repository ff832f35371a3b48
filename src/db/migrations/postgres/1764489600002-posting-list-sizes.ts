import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BACKFILL_POSTING_SIZES } from '../sqlite/1764489600002-posting-list-sizes';

/** Adds the per-entity counts of the mention rows in the transition table `added` (new entities start at 0). */
const COUNT_ADDED = `INSERT INTO "posting_size" ("entityId", "articles")
          SELECT "entityId", count(*) FROM added GROUP BY "entityId"
          ON CONFLICT ("entityId") DO UPDATE SET "articles" = "posting_size"."articles" + EXCLUDED."articles";`;

/** Takes away the per-entity counts of the mention rows in the transition table `removed`. */
const COUNT_REMOVED = `UPDATE "posting_size" SET "articles" = "posting_size"."articles" - removed_counts.n
          FROM (SELECT "entityId", count(*) AS n FROM removed GROUP BY "entityId") AS removed_counts
          WHERE "posting_size"."entityId" = removed_counts."entityId";`;

/**
 * posting_size as the SQLite migration of the same name keeps it: how many articles mention each
 * entity, exact after every insert, delete or re-pointing of mentions. The triggers are
 * statement-level over transition tables, so an ingest that inserts an article's mentions in one
 * statement updates each entity's count once, not once per row.
 */
export class PostgresPostingListSizes1764489600002 implements MigrationInterface {
  name = 'PostingListSizes1764489600002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "posting_size" (
        "entityId" integer PRIMARY KEY NOT NULL REFERENCES "entity" ("id"),
        "articles" integer NOT NULL
      )`);
    await queryRunner.query(BACKFILL_POSTING_SIZES);
    await queryRunner.query(`
      CREATE FUNCTION "posting_size_added"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        ${COUNT_ADDED}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "posting_size_removed"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        ${COUNT_REMOVED}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "posting_size_moved"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        ${COUNT_REMOVED}
        ${COUNT_ADDED}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "posting_size_insert" AFTER INSERT ON "mention" REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION "posting_size_added"()`);
    await queryRunner.query(`
      CREATE TRIGGER "posting_size_delete" AFTER DELETE ON "mention" REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION "posting_size_removed"()`);
    // Transition tables cannot be combined with UPDATE OF a column list: this fires on any update
    // of mention, and an update that keeps "entityId" takes away and adds back the same counts.
    await queryRunner.query(`
      CREATE TRIGGER "posting_size_update" AFTER UPDATE ON "mention"
        REFERENCING OLD TABLE AS removed NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION "posting_size_moved"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['posting_size_update', 'posting_size_delete', 'posting_size_insert']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "mention"`);
    }
    for (const fn of ['posting_size_moved', 'posting_size_removed', 'posting_size_added']) {
      await queryRunner.query(`DROP FUNCTION "${fn}"()`);
    }
    await queryRunner.query(`DROP TABLE "posting_size"`);
  }
}

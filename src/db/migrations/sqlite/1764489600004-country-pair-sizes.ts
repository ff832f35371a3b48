import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lower and the higher of two entity ids, in SQL that SQLite and PostgreSQL both accept. */
const low = (a: string, b: string) => `CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;
const high = (a: string, b: string) => `CASE WHEN ${a} < ${b} THEN ${b} ELSE ${a} END`;

/** Fills country_pair_size from the mentions already stored (this migration, and bulk loaders). */
export const BACKFILL_COUNTRY_PAIR_SIZES = `INSERT INTO "country_pair_size" ("lowEntityId", "highEntityId", "articles")
  SELECT "a"."entityId", "b"."entityId", COUNT(*) FROM "mention" "a"
  JOIN "mention" "b" ON "b"."articleId" = "a"."articleId" AND "b"."entityId" > "a"."entityId"
  WHERE "a"."kind" = 'COUNTRY' AND "b"."kind" = 'COUNTRY'
  GROUP BY "a"."entityId", "b"."entityId"`;

/**
 * The other country mentions of the article a mention row belongs to, as (low, high) pairs with
 * that row. `skip` leaves out the row an UPDATE has just rewritten, which still sits in the table.
 */
function pairsWith(row: 'new' | 'old', skip = 'FALSE'): string {
  return `SELECT ${low(`${row}."entityId"`, '"o"."entityId"')} AS "lowId",
      ${high(`${row}."entityId"`, '"o"."entityId"')} AS "highId"
    FROM "mention" "o"
    WHERE "o"."articleId" = ${row}."articleId" AND "o"."kind" = 'COUNTRY'
      AND "o"."entityId" <> ${row}."entityId" AND NOT (${skip})`;
}

const ADD_PAIRS = (row: 'new' | 'old') => `
  INSERT INTO "country_pair_size" ("lowEntityId", "highEntityId", "articles")
    SELECT "pair"."lowId", "pair"."highId", 1 FROM (${pairsWith(row)}) AS "pair" WHERE TRUE
    ON CONFLICT ("lowEntityId", "highEntityId") DO UPDATE SET "articles" = "country_pair_size"."articles" + 1;`;

const REMOVE_PAIRS = (row: 'new' | 'old', skip?: string) => `
  UPDATE "country_pair_size" SET "articles" = "articles" - 1
    WHERE ("lowEntityId", "highEntityId") IN (${pairsWith(row, skip)});`;

/**
 * How many articles mention both countries of each pair, kept exact by triggers on `mention`, so
 * the headline question's totalCount ("stories naming both China and North Korea") is one lookup
 * instead of a walk of the shorter posting list (tens of thousands of rows at 1M articles). Only
 * countries: ~250 of them give at most ~31k pairs, while all entities would give ~190 pairs per
 * article. Each pair is counted once per article: an insert pairs the new row with the country
 * rows already there, a delete the old row with the ones still there.
 */
export class CountryPairSizes1764489600004 implements MigrationInterface {
  name = 'CountryPairSizes1764489600004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "country_pair_size" (
        "lowEntityId" integer NOT NULL REFERENCES "entity" ("id"),
        "highEntityId" integer NOT NULL REFERENCES "entity" ("id"),
        "articles" integer NOT NULL,
        PRIMARY KEY ("lowEntityId", "highEntityId")
      )`);
    await queryRunner.query(BACKFILL_COUNTRY_PAIR_SIZES);
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_insert" AFTER INSERT ON "mention"
      WHEN new."kind" = 'COUNTRY' BEGIN ${ADD_PAIRS('new')} END`);
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_delete" AFTER DELETE ON "mention"
      WHEN old."kind" = 'COUNTRY' BEGIN ${REMOVE_PAIRS('old')} END`);
    // An update is a delete of the old row and an insert of the new one; the rewritten row itself
    // (now carrying the new values) is not a partner of the old one.
    const rewritten = `"o"."articleId" = new."articleId" AND "o"."entityId" = new."entityId"`;
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_update_old" AFTER UPDATE OF "articleId", "entityId", "kind" ON "mention"
      WHEN old."kind" = 'COUNTRY' BEGIN ${REMOVE_PAIRS('old', rewritten)} END`);
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_update_new" AFTER UPDATE OF "articleId", "entityId", "kind" ON "mention"
      WHEN new."kind" = 'COUNTRY' BEGIN ${ADD_PAIRS('new')} END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of [
      'country_pair_size_update_new',
      'country_pair_size_update_old',
      'country_pair_size_delete',
      'country_pair_size_insert',
    ]) {
      await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    }
    await queryRunner.query(`DROP TABLE "country_pair_size"`);
  }
}

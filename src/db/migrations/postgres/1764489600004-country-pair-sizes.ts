import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BACKFILL_COUNTRY_PAIR_SIZES } from '../sqlite/1764489600004-country-pair-sizes';

/** No rows, with the columns of a mention transition table that this trigger does not have. */
const NO_ROWS = `(SELECT "articleId", "entityId", "kind" FROM "mention" WHERE FALSE)`;

/**
 * Brings country_pair_size up to date after one statement on mention, given its transition tables
 * (`added` holds the rows as the statement left them, `removed` as it found them; a missing one is
 * NO_ROWS). For every article whose country mentions the statement touched, the countries it names
 * now are in the table, and the ones it named before are those minus the added rows plus the
 * removed ones. Each pair of the new set counts +1 and each pair of the old set -1, so an insert,
 * a delete, an update of any column and any mix of them in one statement come out exact, with one
 * grouped upsert per statement.
 */
function syncPairs(added: string, removed: string): string {
  return `
    WITH "addedCountry" AS (SELECT "articleId", "entityId" FROM ${added} AS a WHERE "kind" = 'COUNTRY'),
    "removedCountry" AS (SELECT "articleId", "entityId" FROM ${removed} AS r WHERE "kind" = 'COUNTRY'),
    "touched" AS (
      SELECT "articleId" FROM "addedCountry" UNION SELECT "articleId" FROM "removedCountry"
    ),
    "now" AS (
      SELECT m."articleId", m."entityId" FROM "mention" m JOIN "touched" t ON t."articleId" = m."articleId"
      WHERE m."kind" = 'COUNTRY'
    ),
    "before" AS (
      (SELECT "articleId", "entityId" FROM "now" EXCEPT SELECT "articleId", "entityId" FROM "addedCountry")
      UNION SELECT "articleId", "entityId" FROM "removedCountry"
    ),
    "change" AS (
      SELECT "lowId", "highId", SUM("delta") AS "delta" FROM (
        SELECT x."entityId" AS "lowId", y."entityId" AS "highId", 1 AS "delta"
          FROM "now" x JOIN "now" y ON y."articleId" = x."articleId" AND y."entityId" > x."entityId"
        UNION ALL
        SELECT x."entityId", y."entityId", -1
          FROM "before" x JOIN "before" y ON y."articleId" = x."articleId" AND y."entityId" > x."entityId"
      ) AS "pairs"
      GROUP BY "lowId", "highId" HAVING SUM("delta") <> 0
    )
    INSERT INTO "country_pair_size" ("lowEntityId", "highEntityId", "articles")
      SELECT "lowId", "highId", "delta" FROM "change"
      ON CONFLICT ("lowEntityId", "highEntityId")
      DO UPDATE SET "articles" = "country_pair_size"."articles" + EXCLUDED."articles";`;
}

/**
 * country_pair_size as the SQLite migration of the same name keeps it: how many articles mention
 * both countries of each pair, exact after every insert, delete or update of mentions. As with
 * posting_size, the triggers are statement-level over transition tables, so an ingest inserting
 * an article's mentions in one statement (or a copy inserting thousands) runs one grouped upsert.
 */
export class PostgresCountryPairSizes1764489600004 implements MigrationInterface {
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
    const functions = {
      country_pair_size_added: syncPairs('added', NO_ROWS),
      country_pair_size_removed: syncPairs(NO_ROWS, 'removed'),
      country_pair_size_moved: syncPairs('added', 'removed'),
    };
    for (const [name, body] of Object.entries(functions)) {
      await queryRunner.query(`
        CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        BEGIN
          ${body}
          RETURN NULL;
        END $$`);
    }
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_insert" AFTER INSERT ON "mention" REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION "country_pair_size_added"()`);
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_delete" AFTER DELETE ON "mention" REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION "country_pair_size_removed"()`);
    // Transition tables cannot be combined with UPDATE OF a column list (see posting_size): this
    // fires on any update of mention, and one that changes no country mention finds no article.
    await queryRunner.query(`
      CREATE TRIGGER "country_pair_size_update" AFTER UPDATE ON "mention"
        REFERENCING OLD TABLE AS removed NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION "country_pair_size_moved"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of [
      'country_pair_size_update',
      'country_pair_size_delete',
      'country_pair_size_insert',
    ]) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "mention"`);
    }
    for (const fn of ['country_pair_size_moved', 'country_pair_size_removed', 'country_pair_size_added']) {
      await queryRunner.query(`DROP FUNCTION "${fn}"()`);
    }
    await queryRunner.query(`DROP TABLE "country_pair_size"`);
  }
}

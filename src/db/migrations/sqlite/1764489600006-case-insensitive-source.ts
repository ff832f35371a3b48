import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ArticleFilter.sources compares names ignoring case (LOWER(source) IN (…)), which the index on
 * the stored text cannot serve; this index on the lower-cased name, then the date order, can, and
 * the deprecated exact `source` uses it too (LOWER(source) = lower(x) AND source = x), so it
 * replaces idx_article_source_sort rather than adding a second index to every article write.
 * SQLite's lower() folds A-Z only, like PostgreSQL's under COLLATE "C": the two backends match the
 * same rows. The PostgreSQL migration of the same name builds the same index.
 */
export class CaseInsensitiveSource1764489600006 implements MigrationInterface {
  name = 'CaseInsensitiveSource1764489600006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_article_source_lower_sort" ON "article" (LOWER("source"), "sortDate", "id")`,
    );
    await queryRunner.query(`DROP INDEX "idx_article_source_sort"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_article_source_sort" ON "article" ("source", "sortDate", "id")`,
    );
    await queryRunner.query(`DROP INDEX "idx_article_source_lower_sort"`);
  }
}

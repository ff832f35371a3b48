import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The index ArticleFilter.sources needs, as the SQLite migration of the same name explains: the
 * lower-cased source, then the date order, replacing idx_article_source_sort. lower() of a
 * COLLATE "C" column folds A-Z only, as SQLite's lower() does, and the expression keeps the
 * column's collation, so `LOWER(source) IN ($1, …)` with bound text uses the index.
 */
export class PostgresCaseInsensitiveSource1764489600006 implements MigrationInterface {
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

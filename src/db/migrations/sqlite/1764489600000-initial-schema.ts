import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables, indexes and the FTS5 index for SQLite. */
export class InitialSchema1764489600000 implements MigrationInterface {
  name = 'InitialSchema1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "country" (
        "code" varchar(2) PRIMARY KEY NOT NULL,
        "alpha3" varchar(3) NOT NULL,
        "name" varchar NOT NULL,
        "officialName" varchar NOT NULL,
        "aliases" text NOT NULL,
        "demonyms" text NOT NULL,
        "capital" varchar,
        "region" varchar NOT NULL,
        "subregion" varchar
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_country_alpha3" ON "country" ("alpha3")`);
    await queryRunner.query(`
      CREATE TABLE "entity" (
        "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
        "kind" varchar(16) NOT NULL,
        "name" varchar NOT NULL,
        "slug" varchar NOT NULL UNIQUE,
        "aliases" text NOT NULL,
        "countryCode" varchar(2) REFERENCES "country" ("code"),
        "createdAt" varchar(24) NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      )`);
    await queryRunner.query(`CREATE INDEX "idx_entity_kind_country" ON "entity" ("kind", "countryCode")`);
    await queryRunner.query(`
      CREATE TABLE "article" (
        "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
        "url" varchar UNIQUE,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "summary" text,
        "source" varchar,
        "author" varchar,
        "section" varchar,
        "language" varchar,
        "publishedAt" varchar(24),
        "ingestedAt" varchar(24) NOT NULL,
        "sortDate" varchar(24) NOT NULL,
        "contentHash" varchar(64) NOT NULL UNIQUE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_article_sort" ON "article" ("sortDate", "id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_article_source_sort" ON "article" ("source", "sortDate", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "mention" (
        "articleId" integer NOT NULL REFERENCES "article" ("id") ON DELETE CASCADE,
        "entityId" integer NOT NULL REFERENCES "entity" ("id"),
        "kind" varchar(16) NOT NULL,
        "sortDate" varchar(24) NOT NULL,
        "count" integer NOT NULL,
        "salience" real NOT NULL,
        "evidence" text NOT NULL,
        PRIMARY KEY ("articleId", "entityId")
      )`);
    // Posting lists: the articles of one entity in date order (AND of entities, entity.articles).
    await queryRunner.query(
      `CREATE INDEX "idx_mention_entity_date" ON "mention" ("entityId", "sortDate", "articleId")`,
    );
    // External-content FTS5 index over title and body, kept in step by triggers.
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "article_fts" USING fts5(title, body, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
    );
    await queryRunner.query(`
      CREATE TRIGGER "article_fts_insert" AFTER INSERT ON "article" BEGIN
        INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
      END`);
    await queryRunner.query(`
      CREATE TRIGGER "article_fts_delete" AFTER DELETE ON "article" BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END`);
    await queryRunner.query(`
      CREATE TRIGGER "article_fts_update" AFTER UPDATE OF title, body ON "article" BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
      END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['article_fts_update', 'article_fts_delete', 'article_fts_insert']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    }
    for (const table of ['article_fts', 'mention', 'article', 'entity', 'country']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

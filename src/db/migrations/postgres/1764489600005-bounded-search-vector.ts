import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bytes of normalized title and body (article_search_text) that always fit in one tsvector.
 *
 * PostgreSQL refuses a tsvector whose lexemes and positions take more than 1,048,575 bytes
 * (MAXSTRPOS; "string is too long for tsvector"). to_tsvector counts, per distinct lexeme, its bytes
 * padded to even (at most +1), a 2-byte position count and 2 bytes per position (at most 256
 * positions are kept). A token of b bytes in the text is followed by at least one separator byte
 * (punctuation has become spaces; tokens of the default parser do not touch), so it spans b + 1
 * bytes and adds at most b' + 1 + 2 + 2 bytes, where b' is its lower-cased length: b' = b for ASCII
 * (b = 1), b' <= 1.5 b otherwise (the largest growth of a character under lower-casing in UTF-8 is
 * 2 to 3 bytes). (b' + 5) / (b + 1) is at most 3, at b = 1, so n bytes of text give at most 3n + 3
 * bytes of tsvector (+3: the last token has no separator after it), and title and body together,
 * merged by ||, at most the sum. 349,500 bytes of text thus give at most 1,048,506 bytes.
 * Measured for comparison (psql, pg_column_size less 4 bytes per lexeme): 2.0 bytes per byte for
 * every two-letter ASCII word, 2.0 for 20,001 distinct CJK characters, 1.66 for the numbers
 * 0-99,999 (the queries are in docs/hardening.md); the defect's body needed 2,262,704 bytes.
 */
export const SEARCH_VECTOR_TEXT_BYTES = 349_500;

/**
 * The search vector of an article that does not fit whole is built from a prefix of its body.
 *
 * Before, one valid article (a body under the length limit, of mostly distinct words) failed to
 * insert with "string is too long for tsvector", and with it every article of its ingest batch, on
 * every re-run. Now the trigger indexes title and body whole when they are within
 * SEARCH_VECTOR_TEXT_BYTES (always fits, so no exception block, which costs a subtransaction), and
 * otherwise tries the whole text and, when PostgreSQL refuses it (program_limit_exceeded), indexes
 * the title and the longest prefix of the body that keeps the total within the bound, cut back to
 * the last whole word. The stored body is always whole; only full-text search misses words past the
 * prefix of such an article (SQLite's FTS5 has no such limit and indexes all of it).
 *
 * CREATE OR REPLACE keeps the function's identity, so the trigger that calls it stays as it is. The
 * SQLite migration of the same name changes nothing: both backends carry the same migration names.
 */
export class PostgresBoundedSearchVector1764489600005 implements MigrationInterface {
  name = 'BoundedSearchVector1764489600005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "article_search_vector_update"() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        title_text text := "article_search_text"(NEW."title");
        body_text text := "article_search_text"(NEW."body");
        budget integer;
      BEGIN
        IF octet_length(title_text) + octet_length(body_text) > ${SEARCH_VECTOR_TEXT_BYTES} THEN
          BEGIN
            NEW."searchVector" :=
              setweight(to_tsvector('pg_catalog.simple', title_text), 'A') ||
              setweight(to_tsvector('pg_catalog.simple', body_text), 'B');
            RETURN NEW;
          EXCEPTION WHEN program_limit_exceeded THEN
            budget := ${SEARCH_VECTOR_TEXT_BYTES} - octet_length(title_text);
            -- At most budget characters, then fewer until at most budget bytes (a character is 1 to 4 bytes).
            body_text := left(body_text, budget);
            WHILE octet_length(body_text) > budget LOOP
              body_text := left(body_text, length(body_text) - (octet_length(body_text) - budget + 3) / 4);
            END LOOP;
            -- The cut may fall inside a word: a part of a word is not a word of the article.
            body_text := regexp_replace(body_text, '[^[:space:]]+$', '');
          END;
        END IF;
        NEW."searchVector" :=
          setweight(to_tsvector('pg_catalog.simple', title_text), 'A') ||
          setweight(to_tsvector('pg_catalog.simple', body_text), 'B');
        RETURN NEW;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "article_search_vector_update"() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        NEW."searchVector" :=
          setweight(to_tsvector('pg_catalog.simple', "article_search_text"(NEW."title")), 'A') ||
          setweight(to_tsvector('pg_catalog.simple', "article_search_text"(NEW."body")), 'B');
        RETURN NEW;
      END $$`);
  }
}

import type { MigrationInterface } from 'typeorm';

/**
 * Nothing to change on SQLite: FTS5 indexes any text the article length limit lets in. The
 * PostgreSQL migration of the same name bounds the tsvector of very large articles; both backends
 * carry the same migration names, so that one list says which schema version a database is at
 * (`content-graph copy` checks it).
 */
export class BoundedSearchVector1764489600005 implements MigrationInterface {
  name = 'BoundedSearchVector1764489600005';

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}

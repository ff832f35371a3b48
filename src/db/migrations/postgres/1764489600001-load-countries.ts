import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadCountryReference } from '../../country-reference';
import { slugify } from '../../slug';

/** `($1, $2, …), ($n+1, …)`: placeholders for `rows` rows of `width` values. */
function placeholders(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: width }, (_, column) => `$${row * width + column + 1}`).join(', ')})`,
  ).join(', ');
}

/**
 * The same ~250 countries and COUNTRY entity rows as the SQLite migration of the same name, with
 * the same entity ids (1, 2, … in reference order, as SQLite's AUTOINCREMENT gives them), in two
 * statements instead of one per row. The identity sequence then continues after the last id.
 */
export class PostgresLoadCountries1764489600001 implements MigrationInterface {
  name = 'LoadCountries1764489600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const countries = loadCountryReference();
    await queryRunner.query(
      `INSERT INTO "country" ("code", "alpha3", "name", "officialName", "aliases", "demonyms", "capital", "region", "subregion")
       VALUES ${placeholders(countries.length, 9)}`,
      countries.flatMap((country) => [
        country.code,
        country.alpha3,
        country.name,
        country.officialName,
        JSON.stringify(country.aliases),
        JSON.stringify(country.demonyms),
        country.capital,
        country.region,
        country.subregion,
      ]),
    );
    await queryRunner.query(
      `INSERT INTO "entity" ("id", "kind", "name", "slug", "aliases", "countryCode")
       VALUES ${placeholders(countries.length, 6)}`,
      countries.flatMap((country, i) => [
        i + 1,
        'COUNTRY',
        country.name,
        slugify(country.name),
        JSON.stringify(country.aliases),
        country.code,
      ]),
    );
    await queryRunner.query(
      `SELECT setval(pg_get_serial_sequence('"entity"', 'id'), (SELECT max("id") FROM "entity"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "entity" WHERE "kind" = 'COUNTRY'`);
    await queryRunner.query(`DELETE FROM "country"`);
  }
}

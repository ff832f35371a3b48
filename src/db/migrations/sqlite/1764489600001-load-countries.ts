import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadCountryReference } from '../../country-reference';
import { slugify } from '../../slug';

/**
 * Loads the ~250 countries and gives each its COUNTRY entity row, so that one mention table serves
 * countries and other entities alike.
 */
export class LoadCountries1764489600001 implements MigrationInterface {
  name = 'LoadCountries1764489600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const country of loadCountryReference()) {
      await queryRunner.query(
        `INSERT INTO "country" ("code", "alpha3", "name", "officialName", "aliases", "demonyms", "capital", "region", "subregion")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          country.code,
          country.alpha3,
          country.name,
          country.officialName,
          JSON.stringify(country.aliases),
          JSON.stringify(country.demonyms),
          country.capital,
          country.region,
          country.subregion,
        ],
      );
      await queryRunner.query(
        `INSERT INTO "entity" ("kind", "name", "slug", "aliases", "countryCode") VALUES ('COUNTRY', ?, ?, ?, ?)`,
        [country.name, slugify(country.name), JSON.stringify(country.aliases), country.code],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "entity" WHERE "kind" = 'COUNTRY'`);
    await queryRunner.query(`DELETE FROM "country"`);
  }
}

import type { DataSource } from 'typeorm';
import { SyntheticCorpus } from './synthetic-corpus';

/**
 * The synthetic news corpus the ingestion benchmarks write: `articles` articles of realistic length
 * over one year, naming the database's own countries (by entity id) and a fixed cast of 5,000
 * people, 2,000 organizations and 1,000 places.
 */
export async function syntheticNewsCorpus(
  dataSource: DataSource,
  articles: number,
  seed: number,
): Promise<SyntheticCorpus> {
  const countries = (await dataSource.query(
    `SELECT "id", "countryCode" AS "code", "name" FROM "entity" WHERE "kind" = 'COUNTRY'`,
  )) as { id: number; code: string; name: string }[];
  return new SyntheticCorpus(
    {
      articles,
      seed,
      people: 5000,
      organizations: 2000,
      places: 1000,
      from: new Date('2024-01-01'),
      to: new Date('2025-01-01'),
    },
    countries,
    1_000_000,
  );
}

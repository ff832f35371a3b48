import type { DataSource } from 'typeorm';
import { Country } from '../entities/country';

/** Lower-cases, strips accents, dots and extra spaces: "U.S." → "us", "Côte d'Ivoire" → "cote d'ivoire". */
export function normalizeLookupKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * Every way a client may name a country (alpha-2, alpha-3, common, official and alternative names,
 * demonyms), mapped to its alpha-2 code. Reference data is small and fixed: loaded once at start.
 */
export class CountryDirectory {
  /** Every alpha-2 code in the reference table. */
  readonly codes: ReadonlySet<string>;

  private readonly countryByCode: Map<string, Country>;

  private constructor(
    private readonly codeByKey: Map<string, string>,
    private readonly countries: Country[],
  ) {
    this.codes = new Set(codeByKey.values());
    this.countryByCode = new Map(countries.map((country) => [country.code, country]));
  }

  /** The country with this alpha-2 code, or null. */
  byCode(code: string): Country | null {
    return this.countryByCode.get(code) ?? null;
  }

  /** All countries, by common name. */
  async all(): Promise<Country[]> {
    return this.countries;
  }

  static async load(dataSource: DataSource): Promise<CountryDirectory> {
    const countries = await dataSource.getRepository(Country).find();
    const codeByKey = new Map<string, string>();
    const add = (key: string, code: string) => {
      const normalized = normalizeLookupKey(key);
      if (normalized && !codeByKey.has(normalized)) codeByKey.set(normalized, code);
    };
    // Codes and official names first so an alias can never shadow them.
    for (const c of countries) {
      add(c.code, c.code);
      add(c.alpha3, c.code);
    }
    for (const c of countries) {
      add(c.name, c.code);
      add(c.officialName, c.code);
    }
    for (const c of countries) for (const alias of [...c.aliases, ...c.demonyms]) add(alias, c.code);
    countries.sort((a, b) => a.name.localeCompare(b.name));
    return new CountryDirectory(codeByKey, countries);
  }

  /** The alpha-2 code for a code, name, alias or demonym; null when it names no country. */
  findCode(text: string): string | null {
    return this.codeByKey.get(normalizeLookupKey(text)) ?? null;
  }
}

import worldCountries from 'world-countries';

/** One row of the country reference table, built from the world-countries package. */
export interface CountryReference {
  code: string;
  alpha3: string;
  name: string;
  officialName: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  region: string;
  subregion: string | null;
}

/**
 * Short forms that news writing uses and world-countries does not list; keyed by alpha-2.
 * Only common English usage belongs here, never spellings seen in one article.
 */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  KP: ['N. Korea', 'Democratic People’s Republic of Korea'],
  KR: ['S. Korea', 'ROK', 'Republic of Korea'],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  RU: ['Russian Federation'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian territories'],
};

/** Alternative spellings that are just codes or non-Latin scripts add nothing for English lookups. */
function isUsefulAlias(alias: string, code: string, alpha3: string): boolean {
  if (alias === code || alias === alpha3) return false;
  return /^[\p{Script=Latin}\p{P}\s\d]+$/u.test(alias);
}

export function loadCountryReference(): CountryReference[] {
  return worldCountries.map((c) => {
    const names = new Set([c.name.common, c.name.official]);
    const aliases = [...c.altSpellings, ...(EXTRA_ALIASES[c.cca2] ?? [])].filter(
      (alias) => !names.has(alias) && isUsefulAlias(alias, c.cca2, c.cca3),
    );
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
    return {
      code: c.cca2,
      alpha3: c.cca3,
      name: c.name.common,
      officialName: c.name.official,
      aliases: [...new Set(aliases)],
      demonyms: [...new Set(demonyms)],
      capital: c.capital[0] ?? null,
      region: c.region,
      subregion: c.subregion || null,
    };
  });
}

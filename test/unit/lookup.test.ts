import type { DataSource } from 'typeorm';
import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Country } from '../../src/entities/country';
import { CountryDirectory, normalizeLookupKey } from '../../src/services/country-directory';
import { parseSearchText, SEARCH_TEXT_LIMITS } from '../../src/services/full-text-query';

/** Three made-up countries whose names collide on purpose, so the precedence shows. */
const COUNTRIES = [
  {
    code: 'ZZ',
    alpha3: 'ZZZ',
    name: 'Zedland',
    officialName: 'Republic of Zedland',
    aliases: ['ab'],
    demonyms: ['Zeds'],
  },
  {
    code: 'AB',
    alpha3: 'ABC',
    name: 'Abland',
    officialName: 'Kingdom of Abland',
    aliases: ['Zedland'],
    demonyms: [],
  },
  {
    code: 'CD',
    alpha3: 'CDE',
    name: 'Côte d’Sea',
    officialName: 'U.S.-Sea',
    aliases: ['Zeds', ''],
    demonyms: ['Sea People'],
  },
] as unknown as Country[];

const fakeSource = { getRepository: () => ({ find: async () => COUNTRIES.map((c) => ({ ...c })) }) };
const load = () => CountryDirectory.load(fakeSource as unknown as DataSource);

describe('country lookup (src/services/country-directory.ts, unit)', () => {
  it('normalizeLookupKey: lower case, no accents or dots, one space for runs of space, _ and -', () => {
    expect(normalizeLookupKey('  Côte d’Ivoire ')).toBe("cote d'ivoire");
    expect(normalizeLookupKey('U.S.')).toBe('us');
    expect(normalizeLookupKey('North__Korea - DPRK')).toBe('north korea dprk');
    expect(normalizeLookupKey('São\tTomé')).toBe('sao tome');
  });

  it('finds a country by alpha-2, alpha-3, name, official name, alias and demonym', async () => {
    const directory = await load();
    for (const text of ['cd', 'CDE', 'cote d’sea', 'us sea', 'Sea_People'])
      expect(directory.findCode(text)).toBe('CD');
    expect(directory.findCode('Zeds')).toBe('ZZ'); // first demonym added wins over a later alias
    expect(directory.findCode('nowhere')).toBeNull();
    expect(directory.findCode('')).toBeNull(); // the empty alias was not added
  });

  it('codes and names come before aliases: an alias never shadows them', async () => {
    const directory = await load();
    expect(directory.findCode('ab')).toBe('AB'); // AB's code, though ZZ has the alias "ab"
    expect(directory.findCode('Zedland')).toBe('ZZ'); // ZZ's name, though AB has it as an alias
  });

  it('codes, byCode and all (sorted by name)', async () => {
    const directory = await load();
    expect([...directory.codes].sort()).toEqual(['AB', 'CD', 'ZZ']);
    expect(directory.byCode('AB')?.name).toBe('Abland');
    expect(directory.byCode('XX')).toBeNull();
    expect((await directory.all()).map((c) => c.code)).toEqual(['AB', 'CD', 'ZZ']);
  });
});

function searchError(text: string): GraphQLError {
  try {
    parseSearchText(text, 'filter.text');
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('search text (src/services/full-text-query.ts, unit)', () => {
  it('words, quoted phrases and prefixes', () => {
    expect(parseSearchText('kim "north korea" chin*', 'q')).toEqual([
      { words: ['kim'], prefix: false },
      { words: ['north', 'korea'], prefix: false },
      { words: ['chin'], prefix: true },
    ]);
  });

  it('search syntax is text: punctuation splits words, a quoted * is no prefix, an open quote runs to the end', () => {
    expect(parseSearchText('a-b "c*" "d e', 'q')).toEqual([
      { words: ['a', 'b'], prefix: false },
      { words: ['c'], prefix: false },
      { words: ['d', 'e'], prefix: false },
    ]);
    expect(parseSearchText('x** - ""', 'q')).toEqual([{ words: ['x'], prefix: true }]);
  });

  it('the limits: 1,000 characters, 16 terms, 32 words, each refused naming the argument', () => {
    expect(SEARCH_TEXT_LIMITS).toEqual({ maxChars: 1000, maxTerms: 16, maxWords: 32 });
    expect(parseSearchText('a'.repeat(1000), 'q')).toHaveLength(1);
    expect(parseSearchText(Array(16).fill('w').join(' '), 'q')).toHaveLength(16);
    expect(parseSearchText(`"${Array(32).fill('w').join(' ')}"`, 'q')[0].words).toHaveLength(32);
    const cases = [
      ['a'.repeat(1001), 'filter.text: the search text has 1001 characters; at most 1000 are allowed'],
      [Array(17).fill('w').join(' '), 'filter.text: at most 16 search terms are allowed'],
      [
        `"${Array(33).fill('w').join(' ')}"`,
        'filter.text: the search text has 33 words; at most 32 are allowed, phrases included',
      ],
      ['" - ! "', 'filter.text: the search text has no words to search for'],
    ];
    for (const [text, message] of cases) {
      const error = searchError(text);
      expect(error.message).toBe(message);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'filter.text' });
    }
  });
});

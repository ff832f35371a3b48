import { BadUserInputError } from '../core/errors';
import { MAX_LANGUAGE_CHARS, MAX_META_CHARS } from './article-input';
import { MAX_REFS_PER_LIST } from './entity-reference.service';
import { lookupText } from './lookup-text';

/**
 * Entries per list of sources, languages or sections: the bound of the entity lists (mentionsAll),
 * so that every list of an article filter has the same limit.
 */
export const MAX_METADATA_VALUES = MAX_REFS_PER_LIST;

/** A BCP 47 language range: a primary subtag of letters, then subtags of letters and digits. */
const LANGUAGE_RANGE = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;

/**
 * Lower-cases A-Z only, as SQL LOWER() does on both backends (SQLite's built-in lower(), and
 * PostgreSQL's under the COLLATE "C" of every text column): a client value folded here equals
 * LOWER(column) exactly when the two differ in ASCII case alone.
 */
export function foldAsciiCase(value: string): string {
  return value.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** The entries of a list argument, checked and trimmed; null when the list was not given. */
function entries(values: readonly string[] | null | undefined, argumentName: string, maxChars: number) {
  if (values === null || values === undefined) return null;
  if (values.length === 0) {
    throw new BadUserInputError(`${argumentName}: give at least one entry or leave it out`, argumentName);
  }
  if (values.length > MAX_METADATA_VALUES) {
    throw new BadUserInputError(
      `${argumentName}: at most ${MAX_METADATA_VALUES} entries are allowed, got ${values.length}`,
      argumentName,
    );
  }
  return values.map((value) => {
    const trimmed = lookupText(value, argumentName, maxChars).trim();
    if (!trimmed) throw new BadUserInputError(`${argumentName}: entries must not be blank`, argumentName);
    return trimmed;
  });
}

/** filter.sources and filter.sections: case-folded, without repeats; [] when not given. */
export function resolveNames(values: readonly string[] | null | undefined, argumentName: string): string[] {
  return [...new Set((entries(values, argumentName, MAX_META_CHARS) ?? []).map(foldAsciiCase))];
}

/** filter.languages: case-folded BCP 47 ranges, each checked; [] when not given. */
export function resolveLanguages(
  values: readonly string[] | null | undefined,
  argumentName: string,
): string[] {
  const ranges = entries(values, argumentName, MAX_LANGUAGE_CHARS) ?? [];
  for (const range of ranges) {
    if (!LANGUAGE_RANGE.test(range)) {
      throw new BadUserInputError(
        `${argumentName}: "${range}" is not a BCP 47 language tag (e.g. "en", "en-GB", "zh-Hant")`,
        argumentName,
      );
    }
  }
  return [...new Set(ranges.map(foldAsciiCase))];
}

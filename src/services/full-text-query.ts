import type { TextTerm } from '../db/sql-dialect';
import { BadUserInputError } from '../core/errors';

/**
 * Bounds on one search text (`search(query:)`, `filter.text`), checked before any statement runs.
 * The work of a full-text match grows with the words it must find, and a quoted phrase is one
 * term however many words it holds, so words are counted across all terms, not only terms: a
 * 600,000-word phrase held a SQLite server for 33 s and took gigabytes, and failed PostgreSQL's
 * tsquery ("stack depth limit exceeded"). Real searches are a few words; these leave room.
 */
export const SEARCH_TEXT_LIMITS = { maxChars: 1_000, maxTerms: 16, maxWords: 32 } as const;

/**
 * Reads a user's search text as terms that must all match: words, "quoted phrases", and a
 * trailing * for a prefix (chin* → China, Chinese). Only letters and digits make words, so search
 * syntax characters in the input are searched for as text (the index skips them too) and can never
 * raise a syntax error. Each SQL dialect renders the terms for its own full-text engine.
 */
export function parseSearchText(text: string, argumentName: string): TextTerm[] {
  const { maxChars, maxTerms, maxWords } = SEARCH_TEXT_LIMITS;
  // Before any pass over the text, so an oversized one costs one comparison.
  if (text.length > maxChars) {
    throw new BadUserInputError(
      `${argumentName}: the search text has ${text.length} characters; at most ${maxChars} are allowed`,
      argumentName,
    );
  }
  const terms: TextTerm[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1] ?? match[2] ?? '';
    const prefix = match[2] !== undefined && phrase.endsWith('*');
    const words = phrase.replace(/\*+$/, '').match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push({ words, prefix });
  }
  if (terms.length === 0) {
    throw new BadUserInputError(`${argumentName}: the search text has no words to search for`, argumentName);
  }
  if (terms.length > maxTerms) {
    throw new BadUserInputError(
      `${argumentName}: at most ${maxTerms} search terms are allowed`,
      argumentName,
    );
  }
  const wordCount = terms.reduce((sum, term) => sum + term.words.length, 0);
  if (wordCount > maxWords) {
    throw new BadUserInputError(
      `${argumentName}: the search text has ${wordCount} words; at most ${maxWords} are allowed, phrases included`,
      argumentName,
    );
  }
  return terms;
}

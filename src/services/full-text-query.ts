import type { TextTerm } from '../db/sql-dialect';
import { BadUserInputError } from '../schema/errors';

const MAX_TERMS = 16;

/**
 * Reads a user's search text as terms that must all match: words, "quoted phrases", and a
 * trailing * for a prefix (chin* → China, Chinese). Only letters and digits make words, so search
 * syntax characters in the input are searched for as text (the index skips them too) and can never
 * raise a syntax error. Each SQL dialect renders the terms for its own full-text engine.
 */
export function parseSearchText(text: string, argumentName: string): TextTerm[] {
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
  if (terms.length > MAX_TERMS) {
    throw new BadUserInputError(
      `${argumentName}: at most ${MAX_TERMS} search terms are allowed`,
      argumentName,
    );
  }
  return terms;
}

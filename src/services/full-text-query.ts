import { BadUserInputError } from '../schema/errors';

const MAX_TERMS = 16;

/**
 * Turns a user's search text into a safe FTS5 query: words and "quoted phrases" must all match,
 * a trailing * makes a prefix query (chin* → China, Chinese). Every term is quoted, so FTS syntax
 * characters in the input are searched for as text and can never raise a syntax error.
 */
export function toFtsQuery(text: string, argumentName: string): string {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1] ?? match[2] ?? '';
    const prefix = match[2] !== undefined && phrase.endsWith('*');
    const words = phrase.replace(/\*+$/, '').match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
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
  return terms.join(' ');
}

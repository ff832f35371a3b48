import { BadUserInputError } from '../schema/errors';

/**
 * A client string compared with stored text. Stored text never holds U+0000 (ingest strips control
 * characters) and PostgreSQL refuses it in any text value, so a NUL is refused here, by name,
 * before it can fail a statement.
 */
export function lookupText(value: string, argumentName: string): string {
  if (value.includes('\u0000')) {
    throw new BadUserInputError(`${argumentName} must not contain NUL (U+0000) characters`, argumentName);
  }
  return value;
}

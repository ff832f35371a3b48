import { BadUserInputError } from '../core/errors';

/**
 * A client string compared with stored text. Stored text never holds U+0000 (ingest strips control
 * characters) and PostgreSQL refuses it in any text value, so a NUL is refused here, by name,
 * before it can fail a statement. `maxChars`, when given, bounds what the comparison may cost
 * (a LIKE pattern's work grows with its length; SQLite refuses one over 50,000 bytes).
 */
export function lookupText(value: string, argumentName: string, maxChars?: number): string {
  if (maxChars !== undefined && value.length > maxChars) {
    throw new BadUserInputError(
      `${argumentName} has ${value.length} characters; at most ${maxChars} are allowed`,
      argumentName,
    );
  }
  if (value.includes('\u0000')) {
    throw new BadUserInputError(`${argumentName} must not contain NUL (U+0000) characters`, argumentName);
  }
  return value;
}

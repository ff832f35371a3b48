import { BREAK, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, LimitExceededError } from '../../core/errors';

/**
 * Rejects documents with more than `maxAliases` aliased fields. Aliases are how one request asks
 * for the same expensive field hundreds of times; counting them over the whole document (fragments
 * included) cannot be dodged by moving aliases into a fragment. The error is reported as soon as
 * the count passes the limit, ahead of whatever the other rules would find in the rest.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (!field.alias || ++aliases <= maxAliases) return undefined;
        context.reportError(
          new LimitExceededError(
            `The document has more than ${maxAliases} aliases`,
            ErrorCode.TOO_MANY_ALIASES,
            {
              limit: maxAliases,
            },
          ),
        );
        return BREAK;
      },
    };
  };
}

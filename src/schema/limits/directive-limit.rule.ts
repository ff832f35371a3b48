import { BREAK, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, LimitExceededError } from '../../core/errors';

/**
 * Rejects documents that use more than `maxDirectives` directives (@include, @skip, …) in all,
 * reported as soon as the count passes the limit.
 */
export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let directives = 0;
    return {
      Directive() {
        if (++directives <= maxDirectives) return undefined;
        context.reportError(
          new LimitExceededError(
            `The document uses more than ${maxDirectives} directives`,
            ErrorCode.TOO_MANY_DIRECTIVES,
            { limit: maxDirectives },
          ),
        );
        return BREAK;
      },
    };
  };
}

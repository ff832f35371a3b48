import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * graphql-js 16 only notices at execution that the schema has no root type for an operation
 * (a `subscription` here), and that failure carries no code; this rejects it during validation,
 * as graphql-js 17's KnownOperationTypesRule does.
 */
export const knownOperationTypeRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    if (!context.getSchema().getRootType(operation.operation)) {
      context.reportError(
        new GraphQLError(`This API does not support ${operation.operation} operations`, { nodes: operation }),
      );
    }
    return false;
  },
});

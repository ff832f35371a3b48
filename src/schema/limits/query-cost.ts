import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { CodedError, ErrorCode } from '../../core/errors';

export interface CostModel {
  /** Page size assumed when a connection gets neither `first` nor `last`. */
  defaultPageSize: number;
  /** Largest `first`/`last` allowed; larger values are rejected before execution. */
  maxPageSize: number;
  /** Items assumed in a plain list field (not a connection) that has no entry in `listSizes`. */
  defaultListSize: number;
  /** Known list lengths by "Type.field", e.g. { "Query.countries": 250 }. */
  listSizes: Readonly<Record<string, number>>;
  /**
   * Lists whose length follows from their own arguments, by "Type.field": the function gets the
   * arguments as the resolver will (variables and defaults applied, scalars parsed) and returns the
   * length, or throws the resolver's own BAD_USER_INPUT for arguments it would refuse.
   */
  argumentSizes: Readonly<Record<string, (args: Record<string, unknown>) => number>>;
  /**
   * Points a field costs besides the values it returns, by "Type.field": the work of a search whose
   * reads are bounded by a limit of its own (`Query.entityPaths`), multiplied like the field itself
   * by the lists around it.
   */
  fieldCosts: Readonly<Record<string, number>>;
}

const PAGE_ARGUMENTS = ['first', 'last'] as const;
const PAGE_LISTS = new Set(['edges', 'nodes']);

/**
 * Upper bound of the values an operation can return, computed from the document and its variables
 * before anything runs: every selected field costs 1, times the size of every list around it. A
 * field with `first`/`last` is a page of that many items (DEFAULT when absent); `edges`/`nodes` of
 * a *Connection type add no factor of their own; a list in `argumentSizes` is as long as its
 * arguments make it (a timeline's buckets); other lists count as `listSizes` says. A field that runs
 * a bounded search adds its `fieldCosts`.
 *
 * `first`/`last` outside 1..maxPageSize are rejected here (BAD_USER_INPUT), so that no connection,
 * however deeply nested, reaches the database with an unbounded page. Nothing has executed yet, so
 * the error has no `path`: it names the field by `extensions.fieldPath` (response keys from the
 * root, aliases as the client wrote them) and the argument by `argumentName` (docs/errors.md). Each
 * fragment is costed once, where it is first spread, so the analysis stays linear in the document
 * size.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  model: CostModel,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  // Coerced as execution will coerce them, once and only when a list sized by its arguments needs
  // them; null when they do not coerce, and then execution refuses the operation before any resolver.
  let coercedVariables: Record<string, unknown> | null | undefined;
  const coerced = () => {
    if (coercedVariables === undefined) {
      const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      coercedVariables = result.coerced ?? null;
    }
    return coercedVariables;
  };
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const intValue = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      return name in variables ? variables[name] : intValue(variableDefaults.get(name));
    }
    return undefined;
  };

  const pageSize = (field: FieldNode, fieldPath: readonly string[]): number => {
    let size = 0;
    for (const name of PAGE_ARGUMENTS) {
      const argument = field.arguments?.find((candidate) => candidate.name.value === name);
      const value = intValue(argument?.value);
      if (typeof value !== 'number') continue;
      if (!Number.isInteger(value) || value < 1 || value > model.maxPageSize) {
        throw new CodedError(
          `${name} must be between 1 and ${model.maxPageSize}, got ${value}`,
          ErrorCode.BAD_USER_INPUT,
          { argumentName: name, fieldPath },
          { nodes: argument },
        );
      }
      size = Math.max(size, value);
    }
    return size || model.defaultPageSize;
  };

  const sizeFactor = (
    field: FieldNode,
    definition: GraphQLField<unknown, unknown>,
    parent: string,
    fieldPath: readonly string[],
  ): number => {
    if (definition.args.some((argument) => (PAGE_ARGUMENTS as readonly string[]).includes(argument.name))) {
      return pageSize(field, fieldPath);
    }
    if (!isListType(getNullableType(definition.type))) return 1;
    // A connection's page is already counted by its first/last; its other lists (a timeline) are not.
    if (parent.endsWith('Connection') && PAGE_LISTS.has(definition.name)) return 1;
    const key = `${parent}.${definition.name}`;
    const sizeOf = model.argumentSizes[key];
    if (sizeOf) {
      const variableValues = coerced();
      let args: Record<string, unknown> | null = null;
      try {
        if (variableValues) args = getArgumentValues(definition, field, variableValues);
      } catch {
        // An argument execution would refuse (a required variable missing): nothing will run.
      }
      if (args) return atField(() => sizeOf(args), field, fieldPath);
    }
    return model.listSizes[key] ?? model.defaultListSize;
  };

  const fieldDefinition = (parent: GraphQLNamedType, name: string) => {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  const selectionCost = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType,
    path: readonly string[],
  ): number => {
    if (!selectionSet) return 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(parent, selection.name.value);
        const fieldPath = [...path, selection.alias?.value ?? selection.name.value];
        cost += 1 + (model.fieldCosts[`${parent.name}.${selection.name.value}`] ?? 0);
        if (definition) {
          // The field's own arguments first, so a refusal names the outermost field at fault.
          const factor = sizeFactor(selection, definition, parent.name, fieldPath);
          cost += factor * selectionCost(selection.selectionSet, getNamedType(definition.type), fieldPath);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += selectionCost(selection.selectionSet, type ?? parent, path);
      } else {
        cost += fragmentCost(selection.name.value, path);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string, path: readonly string[]): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || inProgress.has(name)) return 0;
    inProgress.add(name);
    const cost = selectionCost(fragment.selectionSet, type, path);
    inProgress.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? selectionCost(operation.selectionSet, root, []) : 0;
}

/**
 * A coded error an argument-sized list's function raised (a timeline's range), tied to its field
 * the way the page-size check ties its own: `fieldPath` and the field's location.
 */
function atField<T>(compute: () => T, field: FieldNode, fieldPath: readonly string[]): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof CodedError)) throw error;
    const extensions = { ...error.extensions, fieldPath };
    throw new CodedError(error.message, error.extensions.code as ErrorCode, extensions, { nodes: field });
  }
}

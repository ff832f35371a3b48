import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '../../../src/core/global-id';
import { HOSTILE_INTS, HOSTILE_STRINGS } from './hostile-values';
import type { Random } from './random';

/** An enum value: printed bare in a literal, as a string in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
  /** True for mutations: they run without a key and must be refused. */
  isMutation: boolean;
}

const GLOBAL_IDS = [
  toGlobalId('Article', 1),
  toGlobalId('Article', 3),
  toGlobalId('Article', 999_999),
  toGlobalId('Entity', 1),
  toGlobalId('Entity', 250),
  toGlobalId('Country', 'KP'),
  toGlobalId('Country', 'XX'),
];

const WRONG_KINDS: readonly unknown[] = [{}, [], 42, 'text', true, { nested: { deeper: [1, 2] } }];

function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${key}: ${literal(item)}`).join(', ')}}`;
}

function asVariable(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(asVariable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asVariable(item)]));
  }
  return value;
}

/**
 * Generates operations against a schema, valid-but-odd and invalid: random fields, aliases and
 * fragments; arguments as literals or variables, with hostile strings, huge and wrong-typed
 * numbers, nulls, wrong kinds and unknown fields; wrong variable types; and syntax damage.
 */
export class OperationGenerator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
  ) {}

  next(): GeneratedOperation {
    const r = this.random;
    const isMutation = r.chance(0.05);
    const state = { definitions: [] as string[], variables: {} as Record<string, unknown> };
    const root = isMutation ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const selection = this.selectionSet(root, r.int(1, 4), state, r.int(1, 2));
    const header = state.definitions.length ? `(${state.definitions.join(', ')})` : '';
    let query = `${isMutation ? 'mutation' : 'query'} Fuzz${header} ${selection}`;
    if (r.chance(0.08)) query = this.damage(query);
    return { query, variables: state.variables, isMutation };
  }

  private damage(query: string): string {
    const r = this.random;
    const at = r.int(0, query.length);
    switch (r.int(0, 2)) {
      case 0:
        return query.slice(0, at);
      case 1:
        return (
          query.slice(0, at) +
          r.pick(['{', '}', '(', ')', '[', ':', '$', '@', '!', '"', '\\', '#', '...']) +
          query.slice(at)
        );
      default:
        return query.slice(0, at) + query.slice(at, at + r.int(1, 40)).repeat(2) + query.slice(at);
    }
  }

  private selectionSet(
    type: GraphQLNamedType,
    depth: number,
    state: { definitions: string[]; variables: Record<string, unknown> },
    count = this.random.int(1, 4),
  ): string {
    const r = this.random;
    if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
    // Query.countries returns ~250 rows: keep it rare, or it would dominate the run time.
    const fields = (Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]).filter(
      (field) => field.name !== 'countries' || r.chance(0.05),
    );
    const usable = depth > 1 ? fields : fields.filter((field) => isLeafType(getNamedType(field.type)));
    const parts = r.sample(usable.length ? usable : fields, count).map((field) => {
      const alias = r.chance(0.1) ? `a${r.int(0, 9)}: ` : '';
      const args = this.argumentsOf(field.args, state);
      const directive = r.chance(0.05) ? ` @include(if: ${r.pick(['true', 'false', '1', '"yes"'])})` : '';
      const named = getNamedType(field.type);
      const sub = isLeafType(named) ? '' : ` ${this.selectionSet(named, depth - 1, state)}`;
      return `${alias}${field.name}${args}${directive}${sub}`;
    });
    if (isInterfaceType(type) && r.chance(0.7)) {
      for (const implementation of this.schema.getPossibleTypes(type)) {
        if (r.chance(0.5))
          parts.push(`... on ${implementation.name} ${this.selectionSet(implementation, depth, state, 2)}`);
      }
    }
    if (r.chance(0.1)) parts.push('__typename');
    if (r.chance(0.02)) parts.push(`unknownField${r.int(0, 3)}`);
    return `{ ${parts.join(' ')} }`;
  }

  private argumentsOf(
    args: readonly GraphQLArgument[],
    state: { definitions: string[]; variables: Record<string, unknown> },
  ): string {
    const r = this.random;
    const parts: string[] = [];
    for (const arg of args) {
      if (!r.chance(isNonNullType(arg.type) ? 0.95 : 0.6)) continue;
      const value = this.value(arg.type, 0);
      if (r.chance(0.5)) {
        const name = `v${state.definitions.length}`;
        const declared = r.chance(0.05) ? r.pick(['String', 'Int!', '[ID]', 'Boolean']) : String(arg.type);
        state.definitions.push(`$${name}: ${declared}`);
        if (!r.chance(0.05)) state.variables[name] = asVariable(value);
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${literal(value)}`);
      }
    }
    if (r.chance(0.02)) parts.push(`bogus: 1`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private value(type: GraphQLInputType, depth: number): unknown {
    const r = this.random;
    if (r.chance(0.04)) return null;
    if (r.chance(0.03)) return r.pick(WRONG_KINDS);
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (r.chance(0.15)) return this.value(inner.ofType, depth + 1);
      const length = r.chance(0.1) ? r.int(21, 30) : r.int(0, 4);
      return Array.from({ length }, () => this.value(inner.ofType, depth + 1));
    }
    if (isEnumType(inner)) {
      const values = inner.getValues().map((value) => value.name);
      return r.chance(0.9)
        ? new EnumValue(r.pick(values))
        : r.pick([new EnumValue('NOT_A_VALUE'), 'PERSON', 3]);
    }
    if (isInputObjectType(inner)) {
      if (depth > 3) return {};
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (r.chance(isNonNullType(field.type) ? 0.95 : 0.4))
          object[field.name] = this.value(field.type, depth + 1);
      }
      if (r.chance(0.03)) object.unknownInputField = 'x';
      return object;
    }
    switch (inner.name) {
      case 'Int':
        return r.pick(HOSTILE_INTS);
      case 'Float':
        return r.pick([0, -1.5, 1e308, 'NaN', null]);
      case 'Boolean':
        return r.pick([true, false, 'true', 0]);
      case 'ID':
        return r.chance(0.6) ? r.pick(GLOBAL_IDS) : r.pick(HOSTILE_STRINGS);
      default:
        return r.pick(HOSTILE_STRINGS);
    }
  }
}

import fs from 'node:fs';
import path from 'node:path';
import {
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  buildSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildContentGraphSchemaSync } from '../src/schema/build-schema';

const schema = buildContentGraphSchemaSync();

describe('schema', () => {
  it('the committed schema.graphql matches the resolvers (run `npx graphql-codegen` when this fails)', () => {
    const committed = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
    expect(printSchema(lexicographicSortSchema(committed))).toBe(
      printSchema(lexicographicSortSchema(schema)),
    );
  });

  it('every type and field has a description', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

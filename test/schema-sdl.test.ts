import fs from 'node:fs';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SDL_PATH, schemaSdl } from '../scripts/schema-sdl';
import { buildContentGraphSchemaSync } from '../src/schema/build-schema';

const schema = buildContentGraphSchemaSync();

describe('schema', () => {
  it('the committed schema.graphql is what the resolvers print (run `npm run schema && npm run codegen` when this fails)', () => {
    expect(fs.readFileSync(SCHEMA_SDL_PATH, 'utf8')).toBe(schemaSdl(schema));
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

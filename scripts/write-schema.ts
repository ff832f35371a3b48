/**
 * Prints the schema as the resolvers define it (type-graphql, code first) into schema.graphql,
 * the file GraphQL Code Generator reads; test/schema-sdl.test.ts fails when it is stale.
 *
 *   npm run schema && npm run codegen
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { buildContentGraphSchemaSync } from '../src/schema/build-schema';
import { SCHEMA_SDL_PATH, schemaSdl } from './schema-sdl';

fs.writeFileSync(SCHEMA_SDL_PATH, schemaSdl(buildContentGraphSchemaSync()));
process.stdout.write(`wrote ${SCHEMA_SDL_PATH}\n`);

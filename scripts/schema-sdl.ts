import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed SDL that GraphQL Code Generator reads (codegen.yml) and the README links to. */
export const SCHEMA_SDL_PATH = path.join(__dirname, '..', 'schema.graphql');

/** Sorted by name, so that moving a resolver or a field in the code does not reorder the file. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

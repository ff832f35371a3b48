import 'reflect-metadata';
import { buildContentGraphSchemaSync } from './build-schema';

/** Entry point for GraphQL Code Generator (codegen.yml): the schema as the resolvers define it. */
export default buildContentGraphSchemaSync();

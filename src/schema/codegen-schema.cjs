// GraphQL Code Generator imports this file: it registers SWC for TypeScript (with decorator
// metadata) and hands over the schema exactly as the resolvers define it.
require('@swc-node/register');
module.exports = { schema: require('./codegen-schema.ts').default };

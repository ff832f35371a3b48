import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

/**
 * The ceiling reference: Apollo Server on express answering `{ hello }`, the same stack as the
 * service with no resolvers or database behind it. Prints its port on stdout.
 */
async function main(): Promise<void> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  await apollo.start();
  const http = express();
  http.use('/graphql', express.json(), expressMiddleware(apollo));
  const listener = http.listen(0, '127.0.0.1', () => {
    const address = listener.address();
    if (address && typeof address === 'object') process.stdout.write(`${address.port}\n`);
  });
}

void main();

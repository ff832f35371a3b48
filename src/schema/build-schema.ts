import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync, type AuthChecker } from 'type-graphql';
import { ANALYTICS_RESOLVERS } from '../resolvers/analytics';
import { ArticleConnectionResolver } from '../resolvers/article-connection.resolver';
import { ArticleResolver } from '../resolvers/article.resolver';
import { CountryResolver } from '../resolvers/country.resolver';
import { EntityConnectionResolver, EntityResolver } from '../resolvers/entity.resolver';
import { IngestResolver } from '../resolvers/ingest.resolver';
import { MentionResolver } from '../resolvers/mention.resolver';
import { NodeResolver } from '../resolvers/node.resolver';
import type { RequestContext } from '../resolvers/request-context';
import { UnauthenticatedError } from '../core/errors';

/** Mutations are @Authorized: only callers that presented a configured API key pass. */
const authChecker: AuthChecker<RequestContext> = ({ context }) => {
  if (!context.viewer.hasApiKey) throw new UnauthenticatedError();
  return true;
};

/** Synchronous so that code generation can load the schema from this module. */
export function buildContentGraphSchemaSync(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      NodeResolver,
      ArticleResolver,
      ArticleConnectionResolver,
      EntityResolver,
      EntityConnectionResolver,
      CountryResolver,
      MentionResolver,
      IngestResolver,
      ...ANALYTICS_RESOLVERS,
    ],
    authChecker,
    validate: false,
  });
}

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { App } from './app';
import { createLoaders } from './loaders/create-loaders';
import { createPlaygroundRouter } from './playground';
import { createApiKeyChecker } from './schema/api-keys';
import { buildContentGraphSchemaSync } from './schema/build-schema';
import type { RequestContext } from './schema/context';
import { createFormatError } from './schema/format-error';
import { queryStatsPlugin } from './schema/plugins/query-stats.plugin';
import { instrumentSqlTiming } from './db/query-stats';

export const GRAPHQL_PATH = '/graphql';

/** The query the playground opens with: the question the product exists to answer. */
export const PLAYGROUND_DEFAULT_QUERY = `# Stories that mention both China and North Korea, newest first
query StoriesMentioningChinaAndNorthKorea {
  articles(filter: { mentionsAll: ["China", "North Korea"] }, first: 10) {
    totalCount
    nodes {
      title
      publishedAt
      source
      countries { code name }
      people: entities(kind: PERSON) { name }
      mentions(kind: COUNTRY) {
        entity { name }
        snippets { text start end }
      }
    }
  }
}
`;

export interface ContentGraphServer {
  apollo: ApolloServer<RequestContext>;
  /** Express app with /graphql, the playground and health checks; the caller decides where it listens. */
  http: express.Express;
  /** Builds a request context the way HTTP requests get one (tests use it with executeOperation). */
  createContext(authorization?: string): RequestContext;
  stop(): Promise<void>;
}

/** Builds Apollo and the HTTP app around an App; never listens. */
export async function createServer(app: App): Promise<ContentGraphServer> {
  const schema = buildContentGraphSchemaSync();
  const hasApiKey = createApiKeyChecker(app.config.apiKeys);
  if (app.config.queryStats) instrumentSqlTiming(app.dataSource);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createFormatError(app.config.isDevelopment),
    includeStacktraceInErrorResponses: app.config.isDevelopment,
    introspection: true,
    csrfPrevention: true,
    // Apollo's own landing page loads from a CDN; our playground is served from local packages.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(app.config.queryStats ? [queryStatsPlugin<RequestContext>()] : []),
    ],
  });
  await apollo.start();

  const createContext = (authorization?: string): RequestContext => ({
    viewer: { hasApiKey: hasApiKey(authorization) },
    loaders: createLoaders(app.dataSource, app.services.articles),
    services: app.services,
  });

  const http = express();
  http.disable('x-powered-by');
  http.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  http.use(createPlaygroundRouter({ endpoint: GRAPHQL_PATH, defaultQuery: PLAYGROUND_DEFAULT_QUERY }));
  http.use(
    GRAPHQL_PATH,
    express.json({ limit: app.config.maxRequestBytes }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(req.headers.authorization) }),
  );
  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape, not HTML.
  http.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error.status) return next(error);
    const code = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const message =
      error.status === 413
        ? `Request body is larger than ${app.config.maxRequestBytes} bytes`
        : 'Request body is not valid JSON';
    res.status(error.status).json({ errors: [{ message, extensions: { code } }] });
  });

  return { apollo, http, createContext, stop: () => apollo.stop() };
}

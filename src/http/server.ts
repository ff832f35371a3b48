import { isUtf8 } from 'node:buffer';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { App } from '../app';
import { EXAMPLE_OPERATIONS_TEXT } from '../client';
import { createRequestLoaders, type RequestContext } from '../resolvers/request-context';
import { createCorsMiddleware } from './cors';
import { cacheDefaults } from './cache-defaults';
import { createPlaygroundRouter } from './playground';
import { checkReadiness } from './readiness';
import { requestIdFrom } from './request-id';
import { requestLogger } from './request-logger';
import { createApiKeyChecker } from '../core/api-keys';
import { buildContentGraphSchemaSync } from '../schema/build-schema';
import { createCacheControlPlugins } from '../schema/cache-control';
import { createFormatError } from '../schema/format-error';
import { aliasLimitRule } from '../schema/limits/alias-limit.rule';
import { CONTENT_GRAPH_COST_MODEL } from '../schema/limits/cost-model';
import { CostRateLimiter } from '../schema/limits/cost-rate-limiter';
import { depthLimitRule } from '../schema/limits/depth-limit.rule';
import { directiveLimitRule } from '../schema/limits/directive-limit.rule';
import { errorLogPlugin } from '../schema/plugins/error-log.plugin';
import { requestGuardPlugin } from '../schema/plugins/request-guard.plugin';
import { knownOperationTypeRule } from '../schema/validation/known-operation-type.rule';
import { batchLimit } from './batch-limit';
import { queryStatsPlugin } from '../schema/plugins/query-stats.plugin';
import { instrumentSqlTiming } from '../db/query-stats';
import { admissionQueue } from './admission-queue';
import { enforceDeadlines } from '../db/request-deadline';
import { requestDeadlinePlugin } from '../schema/plugins/request-deadline.plugin';
import { openRequestScope, requestScopeMiddleware, type RequestScopeOptions } from './request-scope';
import { ErrorCode } from '../core/errors';

export const GRAPHQL_PATH = '/graphql';

const INVALID_UTF8 = 'entity.invalid_utf8';

/**
 * The JSON body parser decodes bytes that are not UTF-8 as U+FFFD, so an article sent with them
 * would be stored changed; the CLI refuses such a file line, and HTTP refuses such a body (400).
 */
function requireUtf8(_req: Request, _res: Response, body: Buffer): void {
  if (!isUtf8(body))
    throw Object.assign(new Error('Request body is not valid UTF-8'), { status: 400, type: INVALID_UTF8 });
}

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

/** Where a request comes from: its address keys the rate limit for callers without an API key. */
export interface ClientInfo {
  address?: string;
  requestId?: string;
}

export interface ContentGraphServer {
  apollo: ApolloServer<RequestContext>;
  /** Express app with /graphql, the playground and health checks; the caller decides where it listens. */
  http: express.Express;
  /** Builds a request context the way HTTP requests get one (tests use it with executeOperation). */
  createContext(authorization?: string, client?: ClientInfo): RequestContext;
  /**
   * Apollo's executeOperation (one operation, no HTTP) inside a request scope, as an HTTP request
   * runs: with its deadline and query stats. Apollo's own runs without them.
   */
  executeOperation: ApolloServer<RequestContext>['executeOperation'];
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** The clock the rate limiter refills by; tests stop it to count points without refill. */
  rateLimitClock?: () => number;
}

/** Builds Apollo and the HTTP app around an App; never listens. */
export async function createServer(app: App, options: ServerOptions = {}): Promise<ContentGraphServer> {
  const { config } = app;
  const { limits } = config;
  const schema = buildContentGraphSchemaSync();
  const checkCredential = createApiKeyChecker({
    keys: config.apiKeys,
    hashes: config.apiKeyHashes,
    revokedHashes: config.revokedKeyHashes,
  });
  if (app.config.queryStats) {
    instrumentSqlTiming(app.dataSource);
    instrumentSqlTiming(app.reader);
  }
  // On a SQLite file only the read connection is interrupted, so a write transaction never is.
  if (config.requestTimeoutMs) enforceDeadlines(app.reader, { readOnly: app.reader !== app.dataSource });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createFormatError({
      isDevelopment: config.isDevelopment,
      // "Did you mean …" suggestions name fields and types: a client that may not introspect the
      // schema (introspection off, or no key where reads need one) must not read it from them either.
      hideSuggestions: !config.introspection || config.requireKeyForReads,
    }),
    includeStacktraceInErrorResponses: config.isDevelopment,
    introspection: config.introspection,
    csrfPrevention: true,
    // The serve command drains in-flight requests on SIGTERM and then stops Apollo itself; Apollo's
    // own handler would stop at once and re-raise the signal, killing the process mid-drain.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: limits.maxBatchSize > 1,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [
      knownOperationTypeRule,
      depthLimitRule(limits.maxDepth),
      aliasLimitRule(limits.maxAliases),
      directiveLimitRule(limits.maxDirectives),
    ],
    plugins: [
      // Apollo's own landing page loads from a CDN; our playground is served from local packages.
      ApolloServerPluginLandingPageDisabled(),
      ...createCacheControlPlugins({
        maxAgeSeconds: config.cacheMaxAgeSeconds,
        requireKeyForReads: config.requireKeyForReads,
      }),
      requestGuardPlugin({
        limits,
        costModel: CONTENT_GRAPH_COST_MODEL,
        rateLimiter: limits.rateLimitPointsPerMinute
          ? new CostRateLimiter(limits.rateLimitPointsPerMinute, options.rateLimitClock)
          : null,
        requireKeyForReads: config.requireKeyForReads,
      }),
      errorLogPlugin(app.logger),
      ...(config.requestTimeoutMs ? [requestDeadlinePlugin<RequestContext>()] : []),
      ...(app.config.queryStats ? [queryStatsPlugin<RequestContext>()] : []),
    ],
  });
  await apollo.start();

  const scopeOptions: RequestScopeOptions = {
    requestTimeoutMs: config.requestTimeoutMs,
    queryStats: config.queryStats,
  };
  const executeOperation = (async (...args: Parameters<typeof apollo.executeOperation>) => {
    const scope = openRequestScope(scopeOptions);
    try {
      return await scope.run(() => apollo.executeOperation(...args));
    } finally {
      scope.end();
    }
  }) as ApolloServer<RequestContext>['executeOperation'];

  const createContext = (authorization?: string, client: ClientInfo = {}): RequestContext => {
    const credential = checkCredential(authorization);
    return {
      viewer: {
        hasApiKey: credential.status === 'valid',
        credential: credential.status,
        clientId:
          credential.status === 'valid'
            ? `key:${credential.keyHash.slice(0, 16)}`
            : `address:${client.address ?? 'local'}`,
      },
      loaders: createRequestLoaders(app.reader, app.services),
      services: app.services,
      requestId: client.requestId ?? requestIdFrom(undefined),
    };
  };

  const http = express();
  http.disable('x-powered-by');
  http.use(requestLogger(app.logger));
  http.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  http.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(app.dataSource);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  http.use(GRAPHQL_PATH, cacheDefaults());
  // Before the playground router: express answers OPTIONS for its routes, which would hide preflights.
  if (app.config.corsOrigins.length) http.use(GRAPHQL_PATH, createCorsMiddleware(app.config.corsOrigins));
  if (config.playground) {
    http.use(
      createPlaygroundRouter({
        endpoint: GRAPHQL_PATH,
        defaultQuery: `${PLAYGROUND_DEFAULT_QUERY}\n# Dashboards: one example per capability (pick one in the run menu)\n\n${EXAMPLE_OPERATIONS_TEXT}\n`,
      }),
    );
  }
  http.use(
    GRAPHQL_PATH,
    admissionQueue({ maxConcurrent: config.maxConcurrentRequests, maxQueued: config.maxQueuedRequests }),
    express.json({ limit: config.maxRequestBytes, verify: requireUtf8 }),
    batchLimit(limits.maxBatchSize),
    requestScopeMiddleware(scopeOptions),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(req.headers.authorization, {
          address: req.ip,
          requestId: res.locals.requestId as string,
        }),
    }),
  );
  // Body-parser failures (too large, not UTF-8, malformed JSON) answer in GraphQL's error shape, not HTML.
  http.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error.status) return next(error);
    const code = error.status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST;
    const message =
      error.status === 413
        ? `Request body is larger than ${config.maxRequestBytes} bytes`
        : error.type === INVALID_UTF8
          ? 'Request body is not valid UTF-8'
          : 'Request body is not valid JSON';
    res.status(error.status).json({ errors: [{ message, extensions: { code } }] });
  });

  return { apollo, http, createContext, executeOperation, stop: () => apollo.stop() };
}

import { randomBytes } from 'node:crypto';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import { resolvePlaygroundAssets, type ResolvedPlaygroundAsset } from './assets';
import { renderPlaygroundPage } from './page';

export interface PlaygroundRouterOptions {
  /** Path of the GraphQL endpoint, e.g. `/graphql`. The page is served there to browsers. */
  endpoint: string;
  /** Query shown in the editor when the playground opens for the first time. */
  defaultQuery: string;
  /** Path under which the JS/CSS files are served. Defaults to `/playground/assets`. */
  assetsPath?: string;
}

export const DEFAULT_PLAYGROUND_ASSETS_PATH = '/playground/assets';

/** Media types a GraphQL client asks for; the page is served only if text/html beats all of them. */
const GRAPHQL_RESPONSE_TYPES = ['application/graphql-response+json', 'application/json'] as const;

/** Plain paths only: no route parameters, wildcards or anything else Express would interpret. */
const PLAIN_PATH = /^\/[A-Za-z0-9._~/-]*$/;

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function assertPlainPath(name: string, value: string): void {
  if (!PLAIN_PATH.test(value) || value.includes('..') || value.includes('//')) {
    throw new Error(`${name} must be a plain absolute path like /graphql, got ${JSON.stringify(value)}`);
  }
}

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    // GraphiQL/CodeMirror set inline styles at runtime.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * An Express router serving an offline GraphiQL playground: every script and stylesheet
 * comes from installed npm packages (react, react-dom, graphiql), never from a CDN.
 *
 * - `GET <endpoint>` from a browser (prefers text/html, no `query`/`extensions` param) → the page.
 * - `GET <assetsPath>/<name>` → one of the whitelisted files; unknown names → 404.
 * - Everything else → `next()`, so mount it before the GraphQL middleware.
 */
export function createPlaygroundRouter(options: PlaygroundRouterOptions): Router {
  const { endpoint, defaultQuery } = options;
  const assetsPath = (options.assetsPath ?? DEFAULT_PLAYGROUND_ASSETS_PATH).replace(/\/+$/, '');
  assertPlainPath('endpoint', endpoint);
  assertPlainPath('assetsPath', assetsPath);
  if (assetsPath === '') throw new Error('assetsPath must not be the root path');

  const assets = resolvePlaygroundAssets();
  const assetList = [...assets.values()];
  const assetUrl = (baseUrl: string, asset: ResolvedPlaygroundAsset): string =>
    `${baseUrl}${assetsPath}/${encodeURIComponent(asset.name)}?v=${encodeURIComponent(asset.version)}`;

  const router = express.Router();

  router.use(assetsPath, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    // req.path is the raw (undecoded) remainder after assetsPath, e.g. "/graphiql.min.js".
    // Only exact whitelist names are served, so "../x", "%2e%2e%2fx" etc. can never match.
    const asset = assets.get(req.path.slice(1));
    if (asset === undefined) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.sendFile(
      asset.absolutePath,
      {
        maxAge: ONE_YEAR_MS,
        immutable: true,
        headers: { 'Content-Type': asset.contentType, 'X-Content-Type-Options': 'nosniff' },
      },
      (err?: Error) => {
        if (err && !res.headersSent) next(err);
      },
    );
  });

  router.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
    // The same URL answers GraphQL GETs with JSON, so caches must key on Accept.
    res.vary('Accept');
    const query = req.query as Record<string, unknown>;
    if (Object.hasOwn(query, 'query') || Object.hasOwn(query, 'extensions')) {
      next();
      return;
    }
    if (req.accepts([...GRAPHQL_RESPONSE_TYPES, 'text/html']) !== 'text/html') {
      next();
      return;
    }

    const nonce = randomBytes(16).toString('base64');
    const html = renderPlaygroundPage({
      endpoint: `${req.baseUrl}${endpoint}`,
      defaultQuery,
      scripts: assetList.filter((a) => a.kind === 'script').map((a) => assetUrl(req.baseUrl, a)),
      styles: assetList.filter((a) => a.kind === 'style').map((a) => assetUrl(req.baseUrl, a)),
      nonce,
    });
    res
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': contentSecurityPolicy(nonce),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      })
      .send(html);
  });

  return router;
}

import fs from 'node:fs';
import path from 'node:path';

/** One static file the playground page needs, taken from an installed npm package. */
export interface PlaygroundAsset {
  /** Name under the assets path, e.g. `graphiql.min.js`. */
  readonly name: string;
  /** npm package the file comes from (its version is used for cache busting). */
  readonly packageName: string;
  /** Path of the file inside the package directory. */
  readonly file: string;
  readonly contentType: string;
  readonly kind: 'script' | 'style';
}

/**
 * The explicit whitelist of files the playground serves. Only these names are ever
 * resolved to disk, so a request path can never reach any other file.
 *
 * GraphiQL 3 ships a prebuilt UMD bundle that expects React 18 UMD globals, so the
 * page needs no bundler; script order matters (React, ReactDOM, then GraphiQL).
 */
export const PLAYGROUND_ASSETS: readonly PlaygroundAsset[] = [
  {
    name: 'react.production.min.js',
    packageName: 'react',
    file: 'umd/react.production.min.js',
    contentType: 'text/javascript; charset=utf-8',
    kind: 'script',
  },
  {
    name: 'react-dom.production.min.js',
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    contentType: 'text/javascript; charset=utf-8',
    kind: 'script',
  },
  {
    name: 'graphiql.min.js',
    packageName: 'graphiql',
    file: 'graphiql.min.js',
    contentType: 'text/javascript; charset=utf-8',
    kind: 'script',
  },
  {
    name: 'graphiql.min.css',
    packageName: 'graphiql',
    file: 'graphiql.min.css',
    contentType: 'text/css; charset=utf-8',
    kind: 'style',
  },
];

export interface ResolvedPlaygroundAsset extends PlaygroundAsset {
  /** Absolute path of the file on disk. */
  readonly absolutePath: string;
  /** Version of the package that provides the file. */
  readonly version: string;
}

/**
 * Resolves every whitelisted asset to an absolute path. The packages' `exports` maps do
 * not expose the UMD files, so the package directory is found through its
 * `package.json` (which they all export) and the file is joined to it.
 */
export function resolvePlaygroundAssets(): ReadonlyMap<string, ResolvedPlaygroundAsset> {
  const resolved = new Map<string, ResolvedPlaygroundAsset>();
  for (const asset of PLAYGROUND_ASSETS) {
    const packageJsonPath = require.resolve(`${asset.packageName}/package.json`);
    const { version } = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')) as { version: string };
    const absolutePath = path.join(path.dirname(packageJsonPath), asset.file);
    if (!fs.existsSync(absolutePath)) {
      throw new Error(
        `GraphQL playground asset ${asset.file} is missing from ${asset.packageName}@${version} (${absolutePath})`,
      );
    }
    resolved.set(asset.name, { ...asset, absolutePath, version });
  }
  return resolved;
}

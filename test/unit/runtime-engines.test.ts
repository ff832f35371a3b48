import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * The service runs on Node 20, 22 and 24 (README, Requirements). A runtime dependency that
 * declares a newer engine (as @whatwg-node/promise-helpers 2 did, `>=22.15.0`, pulled in by
 * @apollo/server through @graphql-tools/utils 12.1) makes `npm ci` warn on Node 20 and may
 * use APIs Node 20 lacks. The lockfile records every installed package's `engines`, so the
 * check needs no network.
 */
const SUPPORTED_NODE = ['20.19.0', '22.12.0', '24.0.0'];

interface LockedPackage {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(readFileSync(join(__dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

const runtimePackages = Object.entries(lock.packages).filter(
  ([path, pkg]) => path !== '' && !pkg.dev && !pkg.devOptional,
);

describe('runtime dependency engines', () => {
  it('the lockfile has runtime packages to check', () => {
    const names = runtimePackages.map(([path]) => path);
    expect(names).toContain('node_modules/@apollo/server');
    expect(names).toContain('node_modules/typeorm');
    expect(names).not.toContain('node_modules/vitest');
  });

  it.each(SUPPORTED_NODE)('every runtime package admits Node %s', (nodeVersion) => {
    const refused = runtimePackages
      .filter(([, pkg]) => {
        const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
        return range !== undefined && !semver.satisfies(nodeVersion, range);
      })
      .map(([path, pkg]) => `${path}@${pkg.version} (node ${(pkg.engines as { node: string }).node})`);
    expect(refused).toEqual([]);
  });

  it('the engines field of package.json admits the same versions', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      engines: { node: string };
    };
    for (const nodeVersion of SUPPORTED_NODE)
      expect(semver.satisfies(nodeVersion, pkg.engines.node)).toBe(true);
  });
});

import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Tests the postgres project would only repeat: they run in the sqlite project only (docs/postgres.md).
 * None of them opens the database the project is about:
 * - never a database at all: the extraction rules; config parsing (DATABASE_URL and friends);
 *   the driver-error messages; the SDL checks of the schema built in memory; the playground
 *   router on a bare express app; the layer check of src/ (dependency-cruiser); the unit tests
 *   of test/unit (cursors, keys, limits, cost, lookups);
 * - always a SQLite file, whatever the project: SQLite's busy handling; `serve --workers`, whose
 *   workers share one SQLite file; the log format of `serve` (an in-memory database);
 * - the packed client (`npm run build` and `npm pack`, then a separate project imports
 *   `content-graph/client`): what it proves is the package, the same on either backend.
 */
const SQLITE_ONLY = [
  'test/extraction/**',
  'test/unit/**',
  'test/database-config.test.ts',
  'test/database/failure-reason.test.ts',
  'test/schema-sdl.test.ts',
  'test/playground.test.ts',
  'test/architecture.test.ts',
  'test/hardening/sqlite-busy.test.ts',
  'test/serve-workers.test.ts',
  'test/client-package.test.ts',
  'test/serve-logs.test.ts',
];

// SWC instead of esbuild so that decorator metadata (type-graphql, TypeORM) is emitted in tests.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // type-graphql and Apollo load graphql's CommonJS build; tests must use the same copy, or
    // graphql-js refuses schema objects "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // `npm test` runs the whole suite on both backends; `--project sqlite` or `--project postgres` picks one.
    projects: [
      {
        extends: true,
        // test/postgres holds what only PostgreSQL has (tsvector, advisory locks, replicas, its bad input).
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts'],
          exclude: ['test/postgres/**'],
          env: { TEST_BACKEND: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/**/*.test.ts'],
          exclude: SQLITE_ONLY,
          env: { TEST_BACKEND: 'postgres' },
          globalSetup: ['test/helpers/postgres-global-setup.ts'],
        },
      },
    ],
  },
});

import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The extraction tests never open a database: they run in the sqlite project only (docs/postgres.md);
 * nor does SQLite's busy handling concern PostgreSQL.
 */
const SQLITE_ONLY = ['test/extraction/**', 'test/hardening/sqlite-busy.test.ts'];

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

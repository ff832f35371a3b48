import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

/**
 * The tests Stryker runs against its mutants (stryker.config.mjs, docs/testing.md): SQLite only
 * (the mutants are in TypeScript; PostgreSQL would add time, not kills), and only the test files
 * of the mutated modules. Left out: tests that run the code in a child process or a worker thread
 * (Stryker cannot see their coverage) and the 5 MB robustness test (seconds per mutant, kills
 * nothing the others do not).
 */
export const MUTATION_TESTS = [
  // Filters, posting lists, maintained counts, cursors, alias and country resolution.
  'test/articles-filter.test.ts',
  'test/pagination.test.ts',
  'test/posting-list-plan.test.ts',
  'test/country-pair-sizes.test.ts',
  'test/graphql-api.test.ts',
  'test/sql-statements.test.ts',
  'test/search-highlights.test.ts',
  'test/filter-resolution.test.ts',
  'test/entity-articles-pages.test.ts',
  // The analytics services are the only callers of the mentionsAll conditions over mention rows.
  'test/analytics.test.ts',
  'test/unit/**/*.test.ts',
  // Auth, keys, limits and cost.
  'test/hardening/auth.test.ts',
  'test/hardening/malicious-queries.test.ts',
  'test/hardening/rate-limit.test.ts',
  'test/hardening/input-limits.test.ts',
  // Extraction rules.
  'test/extraction/context-rules.test.ts',
  'test/extraction/countries.test.ts',
  'test/extraction/generalization.test.ts',
  'test/extraction/organizations.test.ts',
  'test/extraction/organizations-blind.test.ts',
  'test/extraction/people.test.ts',
  'test/extraction/pending-words.test.ts',
  'test/extraction/places.test.ts',
  'test/extraction/evidence.test.ts',
  'test/extraction/tokenize.test.ts',
];

/**
 * The extraction modules are pure functions of text: their own tests reach every line, while each
 * database test that ingests covers the tokenizer too and would re-run per mutant for minutes.
 * `npm run test:mutation:extraction` sets CONTENT_GRAPH_MUTATION_TESTS=extraction to run only these.
 */
const EXTRACTION_TESTS = [
  ...MUTATION_TESTS.filter((file) => file.startsWith('test/extraction/')),
  'test/unit/normalize.test.ts',
];

export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      name: 'sqlite',
      include: process.env.CONTENT_GRAPH_MUTATION_TESTS === 'extraction' ? EXTRACTION_TESTS : MUTATION_TESTS,
      env: { TEST_BACKEND: 'sqlite' },
    },
  }),
);

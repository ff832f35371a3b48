// @ts-check
/**
 * Mutation testing of the core modules (docs/testing.md): `npm run test:mutation`, or one group
 * with `npm run test:mutation -- --mutate src/services/pagination.ts`. Not part of `npm test`/CI:
 * a full run takes most of an hour on two cores.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // Filters and the posting-list SQL, and the maintained counts it reads (posting_size,
    // country_pair_size); the triggers that maintain them are SQL, which Stryker cannot mutate.
    'src/services/article-query.service.ts',
    'src/services/full-text-query.ts',
    // Alias and country resolution.
    'src/services/entity-reference.service.ts',
    'src/services/country-directory.ts',
    // Cursors.
    'src/services/pagination.ts',
    // Auth and keys.
    'src/core/api-keys.ts',
    'src/schema/plugins/access-policy.ts',
    // Limits and cost.
    'src/schema/limits/*.ts',
    // Extraction rules: the normalizer and tokenizer, and the resolution rules of the extractor
    // (country context, Georgia, pending people and organizations) — the whole 2,000-line file
    // would take hours.
    'src/extraction/normalize.ts',
    'src/extraction/tokenize.ts',
    'src/extraction/extractor.ts:1645-1740',
    'src/extraction/extractor.ts:1885-1946',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

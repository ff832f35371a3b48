import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Real-browser checks (need a Chromium at /usr/bin/chromium): `npm run test:browser`.
// The default `npm test` (vitest.config.mts, test/**/*.test.ts) does not pick these files up.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['test/browser/**/*.browser.spec.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

/** The tests Stryker runs against each mutant: the unit tests only, with no site build. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    // The build in the global setup takes a while on small machines.
    hookTimeout: 300_000,
    testTimeout: 60_000,
  },
});

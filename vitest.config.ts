import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/site/**'],
        },
      },
      {
        // Tests against the built site: one build at / and one under /career/, made once.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/site/**/*.test.ts'],
          globalSetup: ['test/support/global-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

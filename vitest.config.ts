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
          // A page's script answers in ~1 s on two loaded cores; expect.poll's 1 s default made
          // passing behaviour fail under load.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});

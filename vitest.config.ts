import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Test files that replace modules; test/vitest-config.test.ts checks that no other file does. */
const MOCKING = ['test/model/lesson/option-values.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a two-core machine, where a browser
    // test spends most of its time waiting for Chromium and the other core sat idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/site/**', ...MOCKING],
          // These files replace no module and change no global, so a worker reuses the modules it
          // has loaded: loading them again for every file took half of this project's time.
          isolate: false,
        },
      },
      {
        // Files that replace modules (vi.doMock, vi.resetModules) get fresh modules of their own.
        test: { name: 'unit (own modules)', include: MOCKING, isolate: true },
      },
      {
        // Tests against the built site: one build at / and one under /career/, made once.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/site/**/*.test.ts'],
          globalSetup: ['test/support/global-site.ts'],
          isolate: false,
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

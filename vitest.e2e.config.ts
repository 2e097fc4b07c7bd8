import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A page's first answer on a loaded CI machine can take more than
    // Vitest's default second; how fast pages are is `npm run bench:ui`'s
    // question, not these tests'.
    expect: { poll: { timeout: 10_000 } },
  },
});

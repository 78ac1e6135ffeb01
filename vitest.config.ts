import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests serve their feeds on 127.0.0.1, which a desk's server refuses by default.
    env: { TZ: 'UTC', SINERGI_FEEDS_PRIVATE_NETWORKS: 'allow' },
    projects: [
      {
        test: { name: 'domain', sequence: { groupOrder: 0 }, include: ['src/domain/**/*.test.ts', 'src/i18n/**/*.test.ts', 'src/web/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'module',
          // Tiers run one after another: the browser tier must not compete with database tests for two cores.
          sequence: { groupOrder: 1 },
          include: ['src/**/*.test.ts'],
          exclude: ['src/domain/**', 'src/i18n/**', 'src/web/**'],
          globalSetup: ['test/db-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own database copy; two at a time suits a two-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: { name: 'e2e', sequence: { groupOrder: 2 }, include: ['e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});

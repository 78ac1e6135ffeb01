import { defineConfig } from 'vitest/config';

/**
 * Fault tests (`npm run test:faults`): real server processes killed with SIGKILL, PostgreSQL
 * restarted under load, a full disk, a read-only data folder. Kept out of `npm test` because they
 * restart the shared PostgreSQL server; one file at a time, since they disturb the whole machine.
 */
export default defineConfig({
  test: {
    name: 'faults',
    env: { TZ: 'UTC' },
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/faults/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

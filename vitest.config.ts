import { defineConfig } from 'vitest/config';

/** Builds the sample and the scenario sites once per run (shared by the projects that read them). */
const buildSites = ['tests/support/global-setup.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        // Pure functions of each room, no build: `npx vitest run --project unit` runs in seconds.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Built sites and volunteers' commands: `tests/scenarios/<name>/` with its fixture.
        test: {
          name: 'scenarios',
          include: ['tests/scenarios/**/*.test.ts'],
          globalSetup: buildSites,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Headless Chromium on the built sites.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: buildSites,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

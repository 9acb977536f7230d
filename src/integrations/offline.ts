/**
 * The offline integration: after the build, writes the service worker, the web app manifest and
 * its icons (`src/lib/web/offline-files.ts`). A hook of its own, so the site's other build steps
 * stay as they are.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharedCheck } from '../lib/check/check-site.ts';
import { writeOfflineFiles } from '../lib/web/offline-files.ts';

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'lang-so-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { site } = sharedCheck(process.cwd());
        if (!site) return;
        const bytes = await writeOfflineFiles(fileURLToPath(dir), base, site.name);
        logger.info(`service worker ${bytes} bytes, web app manifest and icons`);
      },
    },
  };
}
